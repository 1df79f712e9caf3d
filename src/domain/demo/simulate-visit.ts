/**
 * One person's day in the product: a sign-in (sometimes a second one after lunch), then a
 * handful of actions spaced minutes apart between 09:00 and 21:00 Japan time — inside one UTC
 * day, as the rollups count days in UTC. Actions carry the seconds spent (properties.duration);
 * sign-ins carry none.
 */
import type { Random } from './random.js';
import { CORE_EVENT, FEATURE_EVENTS, LOGIN_EVENT, USAGE_EVENTS } from './usage-drivers.js';

const LOGIN = USAGE_EVENTS.indexOf(LOGIN_EVENT);
const CORE = USAGE_EVENTS.indexOf(CORE_EVENT);
const CORE_WEIGHT = 8;
const DAY_START = 9 * 3600;
const DAY_END = 21 * 3600 - 1;

export interface VisitEvent {
  /** index into USAGE_EVENTS */
  event: number;
  /** seconds since midnight, Japan time */
  second: number;
  duration: number | null;
}

/** The features an account has taken up, as indexes into USAGE_EVENTS with their weights. */
export interface FeatureMix {
  features: readonly number[];
  /** running totals of the features' weights, for picking one */
  cumulative: readonly number[];
  /** chance that an action uses a feature rather than the core report view, at full breadth */
  featureShare: number;
}

/** Takes up `count` features, mostly in the usual order, sometimes one out of turn. */
export function adoptFeatures(random: Random, count: number): FeatureMix {
  const ordered = FEATURE_EVENTS.map(([name, weight], rank) => ({ name, weight, key: rank + 2.5 * random.next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count);
  let total = 0;
  const cumulative = ordered.map((f) => (total += f.weight));
  return { features: ordered.map((f) => USAGE_EVENTS.indexOf(f.name)), cumulative, featureShare: total / (total + CORE_WEIGHT) };
}

/**
 * @param actions mean actions after signing in
 * @param breadth 0–1: how much of the account's feature mix is still in use (falls before churn)
 */
export function simulateVisit(random: Random, mix: FeatureMix, actions: number, breadth: number): VisitEvent[] {
  const events: VisitEvent[] = [];
  let second = DAY_START + Math.floor(random.next() * 7.5 * 3600);
  events.push({ event: LOGIN, second, duration: null });
  const count = poisson(random, actions);
  const secondLogin = random.chance(0.2) ? random.int(0, count) : -1;
  for (let i = 0; i < count; i++) {
    second = Math.min(DAY_END, second + random.int(20, 600));
    if (i === secondLogin) {
      events.push({ event: LOGIN, second, duration: null });
      second = Math.min(DAY_END, second + random.int(20, 120));
    }
    events.push({ event: pickAction(random, mix, breadth), second, duration: random.int(15, 300) });
  }
  return events;
}

function pickAction(random: Random, mix: FeatureMix, breadth: number): number {
  if (mix.features.length === 0 || !random.chance(mix.featureShare * breadth)) return CORE;
  const roll = random.next() * (mix.cumulative[mix.cumulative.length - 1] ?? 0);
  const index = mix.cumulative.findIndex((upTo) => roll < upTo);
  return mix.features[index === -1 ? mix.features.length - 1 : index] ?? CORE;
}

/** Knuth's method; fine for the small means used here. */
function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

/** An instant on `day` at `second` past midnight Japan time, with its +09:00 offset. */
export function japanInstant(day: string, second: number): string {
  const hh = String(Math.floor(second / 3600)).padStart(2, '0');
  const mm = String(Math.floor((second % 3600) / 60)).padStart(2, '0');
  const ss = String(second % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:${ss}+09:00`;
}
