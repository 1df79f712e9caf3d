import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './calendar.js';
import { customerLife } from './customer-spans.js';
import type { DemoSubscriptionEvent, DemoWorkspace } from './demo-types.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { generateUsage, RAW_EVENT_DAYS, USAGE_HISTORY_DAYS } from './generate-usage.js';
import { TRIAL_EVENT_COUNT } from './trial-sign-ups.js';
import { calendarFactor, epochDay, LOGIN_EVENT, shapeFactor, USAGE_EVENTS, weekdayOfEpochDay } from './usage-drivers.js';

// Targets from issue 4 ("Demo data"): a year of usage, at most ~400k rollup rows for 500 accounts,
// raw events for the last seven days, ~30 unmatched events, active users ÷ seats within 0.1–1.0.
const TODAY = '2026-04-01';
const FIRST_DAY = addDays(TODAY, -USAGE_HISTORY_DAYS);
let demo: DemoWorkspace;

beforeAll(() => {
  demo = generateDemoWorkspace({ seed: 42, today: TODAY });
});

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Written apart from customer-spans.ts: a customer on `day` when some line's latest state by then is not cancelled. */
function isCustomer(events: readonly DemoSubscriptionEvent[], day: string): boolean {
  const latest = new Map<string, DemoSubscriptionEvent>();
  for (const e of events) if (e.effectiveOn <= day) latest.set(e.subscriptionId, e);
  return [...latest.values()].some((e) => e.status !== 'cancelled');
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

function healthQuartiles(): { low: string[]; high: string[] } {
  const inProduct = new Set(demo.accounts.filter((a) => a.productId !== null).map((a) => a.id));
  const sorted = demo.truth.filter((t) => inProduct.has(t.accountId) && t.firstPaidOn !== null).sort((a, b) => a.trueHealth - b.trueHealth);
  const quarter = Math.floor(sorted.length / 4);
  return { low: sorted.slice(0, quarter).map((t) => t.accountId), high: sorted.slice(-quarter).map((t) => t.accountId) };
}

describe('generateUsage', () => {
  it('gives identical usage and sentiments for the same seed and today, and other usage for another seed', () => {
    const a = generateDemoWorkspace({ seed: 42, today: TODAY, accountCount: 60 });
    const b = generateDemoWorkspace({ seed: 42, today: TODAY, accountCount: 60 });
    expect(b.usage).toEqual(a.usage);
    expect(b.sentiments).toEqual(a.sentiments);
    expect(generateUsage(a)).toEqual(a.usage);
    const other = generateDemoWorkspace({ seed: 7, today: TODAY, accountCount: 60 });
    expect(other.usage.userDays.length).not.toBe(a.usage.userDays.length);
  });

  it('stays within the volume budget: at most 400,000 rollup rows for 500 accounts', () => {
    const rollups = demo.usage.userDays.length + demo.usage.eventDays.length;
    expect(rollups).toBeLessThanOrEqual(400_000);
    expect(demo.usage.userDays.length).toBeGreaterThan(100_000); // alive, not a trickle
  });

  it('writes rollups only for the 365 days before today and only on days the account was a customer', () => {
    const events = groupBy(demo.subscriptionEvents, (e) => e.accountId);
    const accountDays = new Set([...demo.usage.userDays, ...demo.usage.eventDays].map((r) => `${r.accountId}|${r.day}`));
    const outside = [...accountDays].filter((key) => {
      const [accountId = '', day = ''] = key.split('|');
      return !(day >= FIRST_DAY && day < TODAY) || !isCustomer(events.get(accountId) ?? [], day);
    });
    expect(outside).toEqual([]);
    // Prospects never used the product.
    const prospects = new Set(demo.accounts.filter((a) => a.productId === null).map((a) => a.id));
    expect(demo.usage.userDays.some((r) => prospects.has(r.accountId))).toBe(false);
  });

  it('stops at churn and starts again when a churned account comes back', () => {
    const lastDay = new Map<string, string>();
    for (const r of demo.usage.userDays) if ((lastDay.get(r.accountId) ?? '') < r.day) lastDay.set(r.accountId, r.day);
    const churned = demo.truth.filter((t) => t.churnedOn !== null && t.churnedOn > FIRST_DAY);
    expect(churned.length).toBeGreaterThan(10);
    for (const t of churned) expect((lastDay.get(t.accountId) ?? '') < (t.churnedOn ?? ''), t.accountId).toBe(true);
    const back = demo.truth.filter((t) => t.churnedOn === null && t.reactivatedOn.some((d) => d > FIRST_DAY && d < addDays(TODAY, -30)));
    expect(back.length).toBeGreaterThan(0);
    for (const t of back) expect((lastDay.get(t.accountId) ?? '') > (t.reactivatedOn[t.reactivatedOn.length - 1] ?? ''), t.accountId).toBe(true);
  });

  it('makes healthier accounts busier: the top quarter by true health has more daily active users and uses more features', () => {
    const { low, high } = healthQuartiles();
    const userDays = groupBy(demo.usage.userDays, (r) => r.accountId);
    const eventDays = groupBy(demo.usage.eventDays, (r) => r.accountId);
    const activeDays = (id: string) => new Set((eventDays.get(id) ?? []).map((r) => r.day)).size;
    const dau = (id: string) => (userDays.get(id)?.length ?? 0) / Math.max(1, activeDays(id));
    const since = addDays(TODAY, -90);
    const breadth = (id: string) => new Set((eventDays.get(id) ?? []).filter((r) => r.day >= since).map((r) => r.event)).size;
    expect(mean(high.map(dau))).toBeGreaterThan(1.5 * mean(low.map(dau)));
    expect(mean(high.map(breadth))).toBeGreaterThan(mean(low.map(breadth)) + 1.5);
  });

  it('lets usage fade before a churn: the 90 days before it are quieter than days 180–270 before it', () => {
    const events = groupBy(demo.subscriptionEvents, (e) => e.accountId);
    const days = groupBy(demo.usage.userDays, (r) => r.accountId);
    const ratios: number[] = [];
    for (const t of demo.truth) {
      const churnOn = t.churnedOn;
      if (!churnOn || addDays(churnOn, -270) < FIRST_DAY) continue;
      const own = events.get(t.accountId) ?? [];
      // Only accounts that were customers throughout the earlier window compare like with like.
      if (!isCustomer(own, addDays(churnOn, -270)) || !isCustomer(own, addDays(churnOn, -181))) continue;
      const rows = days.get(t.accountId) ?? [];
      const count = (from: number, to: number) => {
        const [start, end] = [addDays(churnOn, -from), addDays(churnOn, -to)];
        return rows.filter((r) => r.day >= start && r.day < end).length;
      };
      ratios.push(count(90, 0) / Math.max(1, count(270, 180)));
    }
    expect(ratios.length).toBeGreaterThanOrEqual(5);
    expect(mean(ratios)).toBeLessThan(0.7);
  });

  it('keeps monthly active users between a tenth and all of the seats at most paying accounts', () => {
    const since = addDays(TODAY, -30);
    const users = groupBy(demo.usage.userDays.filter((r) => r.day >= since), (r) => r.accountId);
    const ratios = demo.truth.filter((t) => t.seats > 0).map((t) => new Set((users.get(t.accountId) ?? []).map((r) => r.userId)).size / t.seats);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1);
    const inRange = ratios.filter((r) => r >= 0.1).length / ratios.length;
    expect(inRange).toBeGreaterThan(0.85);
  });

  it('makes weekends and the New Year quiet', () => {
    const byDay = groupBy(demo.usage.userDays, (r) => r.day);
    const weekday = (day: string) => weekdayOfEpochDay(epochDay(day));
    const perDay = (filter: (day: string) => boolean) => mean([...byDay].filter(([day]) => filter(day)).map(([, rows]) => rows.length));
    const weekend = perDay((d) => weekday(d) === 0 || weekday(d) === 6);
    const weekdays = perDay((d) => weekday(d) > 0 && weekday(d) < 6 && d.slice(5) > '01-05' && d.slice(5) < '12-28');
    expect(weekend).toBeLessThan(0.15 * weekdays);
    expect(byDay.get('2026-01-02')?.length ?? 0).toBeLessThan(0.3 * weekdays);
  });

  it('knows every contact of an account in the product as a user, and every user-day names a user of its account', () => {
    const users = new Map(demo.usage.users.map((u) => [u.userId, u]));
    expect(users.size).toBe(demo.usage.users.length);
    const inProduct = new Set(demo.accounts.filter((a) => a.productId !== null).map((a) => a.id));
    const asUsers = new Set(demo.usage.users.map((u) => u.contactId));
    expect(demo.contacts.filter((c) => inProduct.has(c.accountId) && !asUsers.has(c.id))).toEqual([]);
    const group = new Map(demo.accounts.map((a) => [a.id, a.productId]));
    expect(demo.usage.users.filter((u) => u.accountId !== null && u.groupId !== group.get(u.accountId))).toEqual([]);
    expect(demo.usage.userDays.filter((r) => users.get(r.userId)?.accountId !== r.accountId)).toEqual([]);
  });

  it('puts each user-day inside its UTC day, with first ≤ last and a sign-in for every active user', () => {
    const utcDay = (instant: string) => new Date(Date.parse(instant)).toISOString().slice(0, 10);
    const misplaced = demo.usage.userDays.filter((r) =>
      Date.parse(r.firstAt) > Date.parse(r.lastAt) || utcDay(r.firstAt) !== r.day || utcDay(r.lastAt) !== r.day || r.events < 1);
    expect(misplaced).toEqual([]);
    const logins = groupBy(demo.usage.eventDays.filter((r) => r.event === LOGIN_EVENT), (r) => `${r.accountId}|${r.day}`);
    const active = groupBy(demo.usage.userDays, (r) => `${r.accountId}|${r.day}`);
    expect([...active].filter(([key, rows]) => (logins.get(key)?.[0]?.count ?? 0) < rows.length)).toEqual([]);
    expect(new Set(demo.usage.eventDays.map((r) => r.event))).toEqual(new Set(USAGE_EVENTS));
  });

  it('adds up: on every account-day the event counts sum to the users\' events', () => {
    const users = groupBy(demo.usage.userDays, (r) => `${r.accountId}|${r.day}`);
    const events = groupBy(demo.usage.eventDays, (r) => `${r.accountId}|${r.day}`);
    expect(new Set(events.keys())).toEqual(new Set(users.keys()));
    const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
    const unequal = [...users].filter(([key, rows]) => sum((events.get(key) ?? []).map((r) => r.count)) !== sum(rows.map((r) => r.events)));
    expect(unequal).toEqual([]);
  });

  it('keeps raw events for the last seven days only, matching their rollups exactly, with unique stable message ids', () => {
    const firstRawDay = addDays(TODAY, -RAW_EVENT_DAYS);
    const matched = demo.usage.events.filter((e) => e.accountId !== null);
    const ids = demo.usage.events.map((e) => e.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^demo-42-\d+$/);
    // Refold the raw events as the ingestion rollup does (rollup-sql.ts) and compare.
    const refolded = new Map<string, { events: number; duration: number; first: string; last: string }>();
    for (const e of matched) {
      const day = new Date(Date.parse(e.occurredAt)).toISOString().slice(0, 10);
      expect(day >= firstRawDay && day < TODAY).toBe(true);
      const key = `${e.accountId}|${day}|${e.userId}`;
      const at = new Date(Date.parse(e.occurredAt)).toISOString();
      const seen = refolded.get(key) ?? { events: 0, duration: 0, first: at, last: at };
      refolded.set(key, {
        events: seen.events + 1, duration: seen.duration + (e.durationSeconds ?? 0),
        first: at < seen.first ? at : seen.first, last: at > seen.last ? at : seen.last,
      });
    }
    const recent = demo.usage.userDays.filter((r) => r.day >= firstRawDay);
    expect(refolded.size).toBe(recent.length);
    for (const r of recent) {
      expect(refolded.get(`${r.accountId}|${r.day}|${r.userId}`), `${r.accountId} ${r.day} ${r.userId}`).toEqual({
        events: r.events, duration: r.durationSeconds,
        first: new Date(Date.parse(r.firstAt)).toISOString(), last: new Date(Date.parse(r.lastAt)).toISOString(),
      });
    }
    const counts = new Map<string, number>();
    for (const e of matched) {
      const key = `${e.accountId}|${new Date(Date.parse(e.occurredAt)).toISOString().slice(0, 10)}|${e.event}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const recentEventDays = demo.usage.eventDays.filter((r) => r.day >= firstRawDay);
    expect(counts.size).toBe(recentEventDays.length);
    for (const r of recentEventDays) expect(counts.get(`${r.accountId}|${r.day}|${r.event}`)).toBe(r.count);
  });

  it('adds about thirty events from trial groups that match no account, with their users', () => {
    const unmatched = demo.usage.events.filter((e) => e.accountId === null);
    expect(unmatched).toHaveLength(TRIAL_EVENT_COUNT);
    const groups = new Set(demo.accounts.map((a) => a.productId));
    const trialUsers = new Map(demo.usage.users.filter((u) => u.accountId === null).map((u) => [u.userId, u]));
    for (const e of unmatched) {
      expect(e.groupId).toMatch(/^grp_trial_\d+$/);
      expect(groups.has(e.groupId)).toBe(false);
      expect(trialUsers.get(e.userId)?.groupId).toBe(e.groupId);
      expect(e.occurredAt.slice(0, 10) >= addDays(TODAY, -RAW_EVENT_DAYS)).toBe(true);
    }
  });
});

describe('usage drivers', () => {
  it('fades linearly-ish to the floor before a churn: 100-day decline, floor 0.2, halfway → 1 − 0.8 × 0.5^0.8 ≈ 0.5405', () => {
    // Worked by hand: 0.5^0.8 = 0.57435; 1 − 0.8 × 0.57435 = 0.54052.
    const shape = { declines: [{ churnOn: epochDay('2026-03-01'), days: 100, floor: 0.2 }], dip: null, starts: [] };
    expect(shapeFactor(shape, epochDay('2026-03-01') - 50)).toBeCloseTo(0.54052, 4);
    expect(shapeFactor(shape, epochDay('2026-03-01') - 100)).toBe(1);
    expect(shapeFactor(shape, epochDay('2026-03-01') - 1)).toBeCloseTo(1 - 0.8 * 0.99 ** 0.8, 6);
  });

  it('ramps a new customer up from 35% over 45 days', () => {
    const start = epochDay('2026-01-10');
    const shape = { declines: [], dip: null, starts: [start] };
    expect(shapeFactor(shape, start)).toBeCloseTo(0.35, 6);
    expect(shapeFactor(shape, start + 9)).toBeCloseTo(0.35 + 0.65 * 0.2, 6); // 9/45 = 0.2
    expect(shapeFactor(shape, start + 45)).toBe(1);
  });

  it('counts days and weekdays from 1970-01-01, a Thursday; 2026-04-01 is a Wednesday', () => {
    expect(epochDay('1970-01-02')).toBe(1);
    expect(weekdayOfEpochDay(0)).toBe(4);
    expect(weekdayOfEpochDay(epochDay('2026-04-01'))).toBe(3);
    expect(calendarFactor('2026-01-02', 5)).toBe(0.1);
    expect(calendarFactor('2026-05-04', 1)).toBe(0.25);
    expect(calendarFactor('2026-04-04', 6)).toBe(0.05);
    expect(calendarFactor('2026-04-01', 3)).toBe(1);
  });

  it('reads customer spans from line events: a churn closes a span, a comeback opens one, notice on every line is a pending churn', () => {
    const base = { product: 'p', plan: 'Standard', quantity: 10, unitPrice: 3000, currency: 'JPY' as const, billingInterval: 'month' as const,
      intervalCount: 1, discountPercent: 0, endsOn: null, mrr: 30000, accountId: 'a' };
    const event = (subscriptionId: string, effectiveOn: string, status: 'active' | 'cancelled'): DemoSubscriptionEvent => ({
      ...base, id: `${subscriptionId}-${effectiveOn}`, subscriptionId, effectiveOn, status, kind: status === 'active' ? 'created' : 'cancelled',
    });
    const line = { ...base, id: 's2', externalId: 'x', status: 'active' as const, startedOn: '2025-09-01', cancelledOn: '2026-03-10', updatedOn: '2025-09-01', endsOn: '2026-04-30' };
    const life = customerLife([event('s1', '2025-01-10', 'active'), event('s1', '2025-06-10', 'cancelled'), event('s2', '2025-09-01', 'active')], [line]);
    expect(life.spans).toEqual([{ from: '2025-01-10', until: '2025-06-10' }, { from: '2025-09-01', until: null }]);
    expect(life.churnDays).toEqual(['2025-06-10', '2026-04-30']);
  });
});
