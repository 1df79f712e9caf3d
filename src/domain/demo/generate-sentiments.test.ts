import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './calendar.js';
import type { DemoSubscriptionEvent, DemoWorkspace } from './demo-types.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { SENTIMENT_REASONS } from './sentiment-texts.js';

// Targets from issue 4 ("Demo data"): sentiment for ~40% of accounts, one to three entries over the
// last year, 1–5 following true health with noise, a Japanese reason, some older than 30 days.
const TODAY = '2026-04-01';
let demo: DemoWorkspace;

beforeAll(() => {
  demo = generateDemoWorkspace({ seed: 42, today: TODAY });
});

function isCustomer(events: readonly DemoSubscriptionEvent[], day: string): boolean {
  const latest = new Map<string, DemoSubscriptionEvent>();
  for (const e of events) if (e.effectiveOn <= day) latest.set(e.subscriptionId, e);
  return [...latest.values()].some((e) => e.status !== 'cancelled');
}

describe('generateSentiments', () => {
  it('rates about two in five accounts, each one to three times', () => {
    const perAccount = new Map<string, number>();
    for (const s of demo.sentiments) perAccount.set(s.accountId, (perAccount.get(s.accountId) ?? 0) + 1);
    const share = perAccount.size / demo.accounts.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
    for (const count of perAccount.values()) {
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
    expect(new Set(demo.sentiments.map((s) => s.id)).size).toBe(demo.sentiments.length);
  });

  it('writes a value 1–5 with a Japanese reason of that value, by the account owner, on a weekday the account was a customer', () => {
    const owners = new Map(demo.accounts.map((a) => [a.id, a.ownerId]));
    const events = new Map<string, DemoSubscriptionEvent[]>();
    for (const e of demo.subscriptionEvents) events.set(e.accountId, [...(events.get(e.accountId) ?? []), e]);
    for (const s of demo.sentiments) {
      expect(SENTIMENT_REASONS[s.value as 1 | 2 | 3 | 4 | 5]).toContain(s.reason);
      expect(s.authorId).toBe(owners.get(s.accountId));
      const day = s.createdAt.slice(0, 10);
      expect(day >= addDays(TODAY, -365) && day < TODAY, s.createdAt).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
      expect(isCustomer(events.get(s.accountId) ?? [], day), `${s.accountId} ${day}`).toBe(true);
    }
    expect(new Set(demo.sentiments.map((s) => s.value))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('gives twelve distinct reasons for each value', () => {
    for (const value of [1, 2, 3, 4, 5] as const) {
      expect(new Set(SENTIMENT_REASONS[value]).size).toBe(12);
      for (const reason of SENTIMENT_REASONS[value]) expect(reason).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('leaves many judgements stale (older than 30 days) and some fresh', () => {
    const cutoff = addDays(TODAY, -30);
    const latest = new Map<string, string>();
    for (const s of demo.sentiments) if ((latest.get(s.accountId) ?? '') < s.createdAt) latest.set(s.accountId, s.createdAt);
    const stale = [...latest.values()].filter((at) => at.slice(0, 10) < cutoff).length;
    expect(stale / latest.size).toBeGreaterThan(0.25);
    expect(stale / latest.size).toBeLessThan(0.85);
  });

  it('follows true health: the healthiest quarter of rated accounts averages at least one point above the least healthy', () => {
    const truth = new Map(demo.truth.map((t) => [t.accountId, t.trueHealth]));
    const rated = [...new Set(demo.sentiments.map((s) => s.accountId))].sort((a, b) => (truth.get(a) ?? 0) - (truth.get(b) ?? 0));
    const quarter = Math.floor(rated.length / 4);
    const meanOf = (ids: string[]) => {
      const values = demo.sentiments.filter((s) => ids.includes(s.accountId)).map((s) => s.value);
      return values.reduce((sum, v) => sum + v, 0) / values.length;
    };
    expect(meanOf(rated.slice(-quarter))).toBeGreaterThan(meanOf(rated.slice(0, quarter)) + 1);
  });
});
