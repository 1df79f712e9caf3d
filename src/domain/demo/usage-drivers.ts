/**
 * How an account's hidden true health h (0–1) shapes its product usage, and how usage fades
 * before a churn. Healthy accounts put more of their seats to use, their people sign in more
 * often, do more per visit and use more features. Each account also gets a "temperament" that
 * has nothing to do with health (some teams simply use software more), and some accounts leave
 * without warning or dip and recover, so usage predicts churn well but not perfectly.
 */
import type { IsoDate } from './calendar.js';
import type { Random } from './random.js';

/** Event names, Segment-style; the first is the login event. */
export const LOGIN_EVENT = 'Signed In';
export const CORE_EVENT = 'Report Viewed';
/** Features beyond the core, roughly in the order customers adopt them, with how often a visit uses each. */
export const FEATURE_EVENTS: ReadonlyArray<readonly [name: string, weight: number]> = [
  ['Export Downloaded', 2],
  ['Comment Added', 2],
  ['Dashboard Created', 0.7],
  ['Workflow Run', 2.5],
  ['User Invited', 0.12],
  ['Integration Connected', 0.05],
];
export const USAGE_EVENTS: readonly string[] = [LOGIN_EVENT, CORE_EVENT, ...FEATURE_EVENTS.map(([name]) => name)];

/** Share of the seats that ever use the product. */
export function adoptionShare(h: number, random: Random): number {
  return clamp(0.2 + 0.6 * h + random.normal(0, 0.1), 0.1, 0.95);
}

/** Features beyond the core an account has taken up (0–6). */
export function adoptedFeatureCount(h: number, random: Random): number {
  return Math.round(clamp(0.3 + 6 * h + random.normal(0, 1.1), 0, FEATURE_EVENTS.length));
}

/** How much more (or less) than its health suggests an account uses software: log-normal around 1. */
export function temperament(random: Random): number {
  return Math.exp(random.normal(0, 0.3));
}

/** A person's chance of using the product on an ordinary weekday, before the account's level. */
export function userPropensity(h: number, random: Random, isContact: boolean): number {
  const kind = random.weighted([['power', 0.05 + 0.15 * h], ['regular', 0.35], ['light', isContact ? 0.45 : 0.75]] as const);
  if (kind === 'power') return 0.25 + 0.2 * random.next();
  if (kind === 'regular') return 0.06 + 0.1 * random.next();
  return 0.012 + 0.028 * random.next();
}

/** The account's activity level as a factor on every user's chance. */
export function activityLevel(h: number): number {
  return 0.18 + 0.55 * h;
}

/** Actions after signing in, on average, on an active day. */
export function actionsPerVisit(h: number): number {
  return 0.6 + 2.4 * h;
}

/** Days are counted as whole days since 1970-01-01 (`epochDay`): the daily loop runs 180,000 times. */
export interface UsageShape {
  /** churn days and how long before each the decline starts; none for a surprise churn */
  declines: Array<{ churnOn: number; days: number; floor: number }>;
  /** a slump that recovers, at a healthy account too */
  dip: { from: number; days: number; depth: number } | null;
  /** customer starts (the first day and comebacks): usage ramps up over the first weeks */
  starts: number[];
}

/** One in six churns comes without warning in usage (a merger, a budget cut); the rest fade 60–120 days before. */
export function planDeclines(churnDays: readonly IsoDate[], random: Random): UsageShape['declines'] {
  return churnDays.flatMap((churnOn) => {
    if (random.chance(0.12)) return [];
    return [{ churnOn: epochDay(churnOn), days: random.int(60, 120), floor: 0.12 + 0.33 * random.next() }];
  });
}

const RAMP_DAYS = 45;

/** Factor 0–1 on usage from declines, dips and onboarding ramps. */
export function shapeFactor(shape: UsageShape, day: number): number {
  let factor = 1;
  for (const d of shape.declines) {
    const left = d.churnOn - day;
    if (left > 0 && left <= d.days) factor *= 1 - (1 - d.floor) * ((d.days - left) / d.days) ** 0.8;
  }
  if (shape.dip) {
    const into = day - shape.dip.from;
    if (into >= 0 && into < shape.dip.days) factor *= 1 - shape.dip.depth * (1 - Math.abs((2 * into) / shape.dip.days - 1));
  }
  for (const start of shape.starts) {
    const into = day - start;
    if (into >= 0 && into < RAMP_DAYS) factor *= 0.35 + 0.65 * (into / RAMP_DAYS);
  }
  return factor;
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' date (UTC). */
export function epochDay(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The 'YYYY-MM-DD' date of an epochDay. */
export function dateOfEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Weekends are quiet and Japan's long holidays quieter (New Year, Golden Week, Obon), so the
 * activity charts have the rhythm a real product has.
 */
export function calendarFactor(day: IsoDate, weekday: number): number {
  const md = day.slice(5);
  if (md >= '12-29' || md <= '01-03') return 0.1;
  if (md === '04-29' || (md >= '05-03' && md <= '05-06')) return 0.25;
  if (md >= '08-13' && md <= '08-16') return 0.4;
  return weekday === 0 || weekday === 6 ? 0.05 : 1;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
