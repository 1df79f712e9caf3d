import { beforeAll, describe, expect, it } from 'vitest';
import { monthlyRecurringRevenue } from '../subscriptions/mrr.js';
import { CONTACT_LEVELS, CONTACT_ROLES, SIZE_BANDS } from '../accounts/fields.js';
import { MAX_ACCOUNT_MRR_JPY, MIN_ACCOUNT_MRR_JPY } from './catalog.js';
import type { DemoSubscriptionEvent, DemoWorkspace } from './demo-types.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { accountMrrJpy } from './line-pricing.js';
import { stateOf } from './subscription-line.js';

const TODAY = '2026-04-01';
let demo: DemoWorkspace;

beforeAll(() => {
  demo = generateDemoWorkspace({ seed: 42, today: TODAY });
});

function eventsByAccount(events: readonly DemoSubscriptionEvent[]): Map<string, DemoSubscriptionEvent[]> {
  const map = new Map<string, DemoSubscriptionEvent[]>();
  for (const e of events) map.set(e.accountId, [...(map.get(e.accountId) ?? []), e]);
  return map;
}

/** Account MRR in yen on `day`, rebuilt from events alone: the latest state of each line on or before it. */
function mrrOn(events: readonly DemoSubscriptionEvent[], day: string): number {
  const latest = new Map<string, DemoSubscriptionEvent>();
  for (const e of events) if (e.effectiveOn <= day) latest.set(e.subscriptionId, e);
  return accountMrrJpy([...latest.values()]);
}

describe('generateDemoWorkspace', () => {
  it('gives identical data, ids included, for the same seed and today', () => {
    const again = generateDemoWorkspace({ seed: 42, today: TODAY });
    expect(again).toEqual(demo);
  });

  it('gives different data for another seed', () => {
    const other = generateDemoWorkspace({ seed: 7, today: TODAY, accountCount: 50 });
    const small = generateDemoWorkspace({ seed: 42, today: TODAY, accountCount: 50 });
    expect(other.accounts.map((a) => a.name)).not.toEqual(small.accounts.map((a) => a.name));
    expect(other.accounts[0]?.id).not.toBe(small.accounts[0]?.id);
    expect(other.admin.email).toBe('admin@demo7.kizuna.example');
  });

  it('builds about 500 accounts and about 2,000 contacts (the issue\'s sizes)', () => {
    expect(demo.accounts).toHaveLength(500);
    expect(demo.contacts.length).toBeGreaterThan(1_800);
    expect(demo.contacts.length).toBeLessThan(2_300);
  });

  it('staffs an admin, a manager, four to six CSMs, a sales rep and a viewer with one password', () => {
    const roles = demo.members.map((m) => m.role);
    expect(roles.filter((r) => r === 'csm').length).toBeGreaterThanOrEqual(4);
    expect(roles.filter((r) => r === 'csm').length).toBeLessThanOrEqual(6);
    for (const role of ['admin', 'manager', 'sales', 'viewer'] as const) expect(roles.filter((r) => r === role)).toHaveLength(1);
    expect(demo.password.length).toBeGreaterThanOrEqual(10); // SetupInput's Password minimum
    expect(new Set(demo.members.map((m) => m.email)).size).toBe(demo.members.length);
  });

  it('uses each id once across every table, and unique CRM, billing and subscription ids', () => {
    const ids = [
      ...demo.members, ...demo.accounts, ...demo.contacts, ...demo.subscriptions, ...demo.subscriptionEvents, ...demo.activities,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unique = (values: Array<string | null>) => {
      const present = values.filter((v): v is string => v !== null);
      return new Set(present).size === present.length;
    };
    expect(unique(demo.accounts.map((a) => a.externalId))).toBe(true);
    expect(unique(demo.accounts.map((a) => a.billingId))).toBe(true);
    expect(unique(demo.accounts.map((a) => a.productId))).toBe(true);
    expect(unique(demo.subscriptions.map((s) => s.externalId))).toBe(true);
    expect(unique(demo.accounts.map((a) => a.name))).toBe(true);
  });

  it('fills account fields with valid values: size bands from SIZE_BANDS, katakana readings, CRM-nnnnn ids, owners who are CSMs or the manager', () => {
    const owners = new Set(demo.members.filter((m) => m.role === 'csm' || m.role === 'manager').map((m) => m.id));
    for (const a of demo.accounts) {
      expect(SIZE_BANDS).toContain(a.sizeBand);
      expect(a.nameReading).toMatch(/^[\u30a0-\u30ff]+$/);
      expect(a.externalId).toMatch(/^CRM-\d{5}$/);
      if (a.ownerId) expect(owners.has(a.ownerId)).toBe(true);
    }
    expect(demo.accounts.some((a) => /K\.?K\.?$|G\.K\.$|Japan$/.test(a.name))).toBe(true);
    expect(new Set(demo.accounts.map((a) => a.ownerId)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives contacts every level and role, and a cadence and channel only to executives and managers', () => {
    expect(new Set(demo.contacts.map((c) => c.level))).toEqual(new Set(CONTACT_LEVELS));
    expect(new Set(demo.contacts.map((c) => c.role))).toEqual(new Set(CONTACT_ROLES));
    for (const c of demo.contacts) {
      expect(c.cadenceDays !== null).toBe(c.level !== 'end_user');
      expect(c.channel !== null).toBe(c.level !== 'end_user');
      expect(c.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    }
  });

  it('stores every subscription as the state of its last event, with mrr from monthlyRecurringRevenue', () => {
    const byLine = new Map<string, DemoSubscriptionEvent[]>();
    for (const e of demo.subscriptionEvents) byLine.set(e.subscriptionId, [...(byLine.get(e.subscriptionId) ?? []), e]);
    for (const s of demo.subscriptions) {
      const events = byLine.get(s.id) ?? [];
      const last = events[events.length - 1];
      expect(last, s.id).toBeDefined();
      expect(stateOf(last!)).toEqual({
        product: s.product, plan: s.plan, quantity: s.quantity, unitPrice: s.unitPrice, currency: s.currency,
        billingInterval: s.billingInterval, intervalCount: s.intervalCount, discountPercent: s.discountPercent,
        status: s.status, endsOn: s.endsOn, mrr: s.mrr,
      });
      expect(s.mrr).toBe(monthlyRecurringRevenue(s));
      expect(events[0]?.kind).toBe('created');
      expect(events[0]?.effectiveOn).toBe(s.startedOn);
      const dates = events.map((e) => e.effectiveOn);
      expect(new Set(dates).size).toBe(dates.length); // one state per day
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d <= TODAY)).toBe(true);
    }
  });

  it('keeps every paying account between ¥10,000 and ¥2,000,000 MRR on every day its MRR changes', () => {
    for (const [accountId, events] of eventsByAccount(demo.subscriptionEvents)) {
      for (const day of new Set(events.map((e) => e.effectiveOn))) {
        const mrr = mrrOn(events, day);
        if (mrr === 0) continue;
        expect(mrr, `${accountId} on ${day}`).toBeGreaterThanOrEqual(MIN_ACCOUNT_MRR_JPY);
        expect(mrr, `${accountId} on ${day}`).toBeLessThanOrEqual(MAX_ACCOUNT_MRR_JPY);
      }
    }
  });

  it('has churned accounts, whose lines are all cancelled and whose MRR is 0 today', () => {
    const churned = demo.truth.filter((t) => t.churnedOn !== null);
    expect(churned.length).toBeGreaterThan(15);
    const byAccount = eventsByAccount(demo.subscriptionEvents);
    for (const t of churned) {
      expect(mrrOn(byAccount.get(t.accountId) ?? [], TODAY)).toBe(0);
      const lines = demo.subscriptions.filter((s) => s.accountId === t.accountId);
      expect(lines.every((s) => s.status === 'cancelled' && s.mrr === 0)).toBe(true);
    }
  });

  it('has reactivations: accounts whose MRR rises from 0 after having paid, on a new line', () => {
    const byAccount = eventsByAccount(demo.subscriptionEvents);
    let reactivated = 0;
    for (const events of byAccount.values()) {
      let paid = false;
      let back = false;
      for (const day of [...new Set(events.map((e) => e.effectiveOn))].sort()) {
        const mrr = mrrOn(events, day);
        if (mrr > 0 && paid && mrrOn(events, previousDay(events, day)) === 0) back = true;
        if (mrr > 0) paid = true;
      }
      if (back) reactivated++;
    }
    expect(reactivated).toBeGreaterThan(3);
    expect(reactivated).toBe(demo.truth.filter((t) => t.reactivatedOn.length > 0).length);
  });

  it('covers the billing variety the metrics need: annual lines, USD lines, add-on lines, trials, prospects', () => {
    expect(demo.subscriptions.some((s) => s.billingInterval === 'year')).toBe(true);
    expect(demo.subscriptions.some((s) => s.currency === 'USD')).toBe(true);
    expect(demo.exchangeRates).toEqual({ USD: 150 });
    expect(demo.subscriptions.some((s) => s.product !== '絆クラウド')).toBe(true);
    expect(demo.subscriptions.some((s) => s.status === 'trial')).toBe(true);
    const withLines = new Set(demo.subscriptions.map((s) => s.accountId));
    expect(demo.accounts.some((a) => !withLines.has(a.id))).toBe(true);
    const kinds = new Set(demo.subscriptionEvents.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['created', 'changed', 'cancelled']));
  });

  it('lets true health drive the history: the least healthy third churns far more than the healthiest third', () => {
    const paid = demo.truth.filter((t) => t.firstPaidOn !== null).sort((a, b) => a.trueHealth - b.trueHealth);
    const third = Math.floor(paid.length / 3);
    const churnRate = (list: typeof paid) => list.filter((t) => t.churnedOn !== null).length / list.length;
    expect(churnRate(paid.slice(0, third))).toBeGreaterThan(3 * churnRate(paid.slice(-third)));
    for (const t of demo.truth) {
      expect(t.trueHealth).toBeGreaterThanOrEqual(0);
      expect(t.trueHealth).toBeLessThanOrEqual(1);
      expect(Math.round(t.trueHealth * 1000) / 1000).toBe(t.trueHealth);
    }
  });

  it('writes a timeline in the past: a creation entry per account, entries by the owner, notes in Japanese', () => {
    const created = demo.activities.filter((a) => a.kind === 'system' && a.event === 'account.created');
    expect(created).toHaveLength(demo.accounts.length);
    const owner = new Map(demo.accounts.map((a) => [a.id, a.ownerId]));
    for (const a of demo.activities) {
      expect(a.occurredAt.slice(0, 10) < TODAY).toBe(true);
      if (a.kind !== 'system') {
        expect(a.authorId).toBe(owner.get(a.accountId));
        expect(a.body).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
    const kinds = new Set(demo.activities.map((a) => a.kind));
    expect(kinds).toEqual(new Set(['system', 'note', 'meeting', 'call', 'email']));
    expect(demo.activities.length).toBeGreaterThan(demo.accounts.length * 5);
  });
});

function previousDay(events: readonly DemoSubscriptionEvent[], day: string): string {
  const earlier = events.map((e) => e.effectiveOn).filter((d) => d < day).sort();
  return earlier[earlier.length - 1] ?? '0000-01-01';
}
