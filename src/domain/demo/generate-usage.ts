/**
 * `generateUsage(input)`: a year of product usage for the demo accounts, as the rows the
 * ingestion pipeline would have built — daily rollups per user and per event name for the 365
 * days before `today`, the raw events of the last seven of them, the product users, and about
 * thirty events from trial sign-ups no account matches. Pure and deterministic: each account
 * draws from its own stream (`usage/<account id>`), so the other demo rows are untouched.
 *
 * Usage follows the hidden true health (usage-drivers.ts) and fades before a churn, so a health
 * score built on usage has something real, but not everything, to find.
 *
 * @example
 *   const usage = generateUsage({ seed: 42, today: '2026-04-01', ...demo });
 */
import type { IsoDate } from './calendar.js';
import { MAIN_PRODUCT } from './catalog.js';
import { customerLife, type CustomerLife } from './customer-spans.js';
import type {
  AccountTruth, DemoAccount, DemoContact, DemoSubscription, DemoSubscriptionEvent, DemoUsage, DemoUsageEvent,
  DemoUserDay,
} from './demo-types.js';
import { productUsersOf, type ProductUser } from './product-users.js';
import { createRandom, type Random } from './random.js';
import { adoptFeatures, japanInstant, simulateVisit, type FeatureMix, type VisitEvent } from './simulate-visit.js';
import { trialSignUps } from './trial-sign-ups.js';
import {
  actionsPerVisit, activityLevel, adoptedFeatureCount, calendarFactor, dateOfEpochDay, epochDay, planDeclines, shapeFactor, temperament,
  USAGE_EVENTS, weekdayOfEpochDay, type UsageShape,
} from './usage-drivers.js';

export const USAGE_HISTORY_DAYS = 365;
/** Raw events are kept for the newest days only; older days exist as rollups. */
export const RAW_EVENT_DAYS = 7;

export interface UsageInput {
  seed: number;
  today: IsoDate;
  accounts: readonly DemoAccount[];
  contacts: readonly DemoContact[];
  subscriptions: readonly DemoSubscription[];
  subscriptionEvents: readonly DemoSubscriptionEvent[];
  truth: readonly AccountTruth[];
}

interface CalendarDay {
  day: IsoDate;
  /** epochDay(day) */
  n: number;
  factor: number;
  raw: boolean;
}

export function generateUsage(input: UsageInput): DemoUsage {
  const usage: DemoUsage = { users: [], userDays: [], eventDays: [], events: [] };
  const calendar = usageCalendar(input.today);
  const byAccount = groupInputs(input);
  const messageIds = { next: 1, seed: input.seed };
  for (const account of input.accounts) {
    const productId = account.productId;
    const own = byAccount.get(account.id);
    if (productId === null || !own) continue; // prospects are not in the product yet
    const random = accountUsageRandom(input.seed, account.id);
    const h = own.truth.trueHealth;
    const users = productUsersOf(random.fork('users'), { ...account, productId }, own.contacts, seatsOf(own.lines), h);
    usage.users.push(...users.map(({ propensity: _p, ...user }) => user));
    const plan = planAccount(random, h, own.life, input.today);
    simulateAccount(random.fork('days'), { accountId: account.id, groupId: productId, users, plan, calendar, messageIds }, usage);
  }
  const trials = trialSignUps(createRandom(input.seed, 'trial-sign-ups'), calendar.filter((d) => d.raw).map((d) => d.day));
  usage.users.push(...trials.users);
  usage.events.push(...trials.events.map((e) => ({ ...e, messageId: nextMessageId(messageIds) })));
  return usage;
}

/** The stream every usage draw of one account comes from; generate-sentiments reads the same shape. */
export function accountUsageRandom(seed: number, accountId: string): Random {
  return createRandom(seed, 'usage').fork(accountId);
}

export interface AccountUsagePlan {
  /** the customer spans in epoch days, until exclusive */
  days: Array<{ from: number; until: number }>;
  shape: UsageShape;
  level: number;
  actions: number;
  mix: FeatureMix;
}

/** The account-level draws (temperament, slumps, declines, features), from the account's `plan` stream. */
export function planAccount(random: Random, h: number, life: CustomerLife, today: IsoDate): AccountUsagePlan {
  const r = random.fork('plan');
  const mood = temperament(r);
  // A slump that recovers (a reorganisation, a busy season), somewhere in the year, at any account.
  const dip = r.chance(0.15)
    ? { from: epochDay(today) - r.int(30, USAGE_HISTORY_DAYS), days: r.int(45, 100), depth: 0.3 + 0.4 * r.next() }
    : null;
  return {
    days: life.spans.map((s) => ({ from: epochDay(s.from), until: s.until === null ? Infinity : epochDay(s.until) })),
    shape: { declines: planDeclines(life.churnDays, r.fork('declines')), dip, starts: life.spans.map((s) => epochDay(s.from)) },
    level: activityLevel(h) * mood,
    actions: actionsPerVisit(h) * Math.sqrt(mood),
    mix: adoptFeatures(r, adoptedFeatureCount(h, r)),
  };
}

interface AccountRun {
  accountId: string;
  groupId: string;
  users: readonly ProductUser[];
  plan: AccountUsagePlan;
  calendar: readonly CalendarDay[];
  messageIds: { next: number; seed: number };
}

function simulateAccount(random: Random, run: AccountRun, usage: DemoUsage): void {
  const { plan, users, accountId } = run;
  for (const { day, n, factor, raw } of run.calendar) {
    if (!plan.days.some((s) => s.from <= n && n < s.until)) continue;
    const shape = shapeFactor(plan.shape, n);
    const level = plan.level * factor * shape * Math.exp(random.normal(0, 0.25));
    const counts = new Array<number>(USAGE_EVENTS.length).fill(0);
    for (const user of users) {
      if (!random.chance(Math.min(0.92, user.propensity * level))) continue;
      const visit = simulateVisit(random, plan.mix, plan.actions * (0.5 + 0.5 * shape), 0.3 + 0.7 * shape);
      usage.userDays.push(userDayOf(accountId, day, user.userId, visit));
      for (const e of visit) counts[e.event] = (counts[e.event] ?? 0) + 1;
      if (raw) usage.events.push(...visit.map((e) => rawEvent(run, day, user.userId, e)));
    }
    counts.forEach((count, event) => {
      if (count > 0) usage.eventDays.push({ accountId, day, event: USAGE_EVENTS[event] ?? '', count });
    });
  }
}

function userDayOf(accountId: string, day: IsoDate, userId: string, visit: readonly VisitEvent[]): DemoUserDay {
  const first = visit[0];
  const last = visit[visit.length - 1];
  if (!first || !last) throw new Error('a visit has at least its sign-in');
  return {
    accountId, day, userId, events: visit.length,
    durationSeconds: visit.reduce((sum, e) => sum + (e.duration ?? 0), 0),
    firstAt: japanInstant(day, first.second), lastAt: japanInstant(day, last.second),
  };
}

function rawEvent(run: AccountRun, day: IsoDate, userId: string, e: VisitEvent): DemoUsageEvent {
  return {
    messageId: nextMessageId(run.messageIds), event: USAGE_EVENTS[e.event] ?? '', userId, groupId: run.groupId,
    accountId: run.accountId, occurredAt: japanInstant(day, e.second), durationSeconds: e.duration,
  };
}

function nextMessageId(ids: { next: number; seed: number }): string {
  return `demo-${ids.seed}-${ids.next++}`;
}

/** The 365 days before `today` (today itself is not over yet), oldest first. */
function usageCalendar(today: IsoDate): CalendarDay[] {
  const first = epochDay(today) - USAGE_HISTORY_DAYS;
  return Array.from({ length: USAGE_HISTORY_DAYS }, (_, i) => {
    const day = dateOfEpochDay(first + i);
    return { day, n: first + i, factor: calendarFactor(day, weekdayOfEpochDay(first + i)), raw: i >= USAGE_HISTORY_DAYS - RAW_EVENT_DAYS };
  });
}

/** Seats on the main line as last known (kept on a cancelled line), the ceiling for product users. */
function seatsOf(lines: readonly DemoSubscription[]): number {
  const main = lines.filter((l) => l.product === MAIN_PRODUCT).sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1));
  return main[main.length - 1]?.quantity ?? 0;
}

interface AccountInputs {
  truth: AccountTruth;
  contacts: DemoContact[];
  lines: DemoSubscription[];
  life: CustomerLife;
}

export function groupInputs(input: Omit<UsageInput, 'seed' | 'today' | 'accounts'>): Map<string, AccountInputs> {
  const contacts = groupBy(input.contacts);
  const lines = groupBy(input.subscriptions);
  const events = groupBy(input.subscriptionEvents);
  const out = new Map<string, AccountInputs>();
  for (const truth of input.truth) {
    const own = lines.get(truth.accountId) ?? [];
    out.set(truth.accountId, {
      truth, contacts: contacts.get(truth.accountId) ?? [], lines: own,
      life: customerLife(events.get(truth.accountId) ?? [], own),
    });
  }
  return out;
}

function groupBy<T extends { accountId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
}
