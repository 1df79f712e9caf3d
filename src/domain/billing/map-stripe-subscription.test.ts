/**
 * Mapping Stripe subscriptions to Kizuna lines, on fixtures shaped like Stripe's payloads:
 * the pre-2025-03-31 shape (billing period and one `discount` on the subscription) and the
 * basil shape (period on each item, discounts as ids). Field names follow Stripe's API
 * reference for the Subscription and SubscriptionItem objects.
 */
import { describe, expect, it } from 'vitest';
import { monthlyRecurringRevenue } from '../subscriptions/mrr.js';
import { mapStripeSubscription, type MappedSubscription } from './map-stripe-subscription.js';
import { StripeSubscription } from './stripe-objects.js';

const unix = (iso: string) => Date.parse(iso) / 1000;

/** customer.subscription.updated data.object, API version 2024-06-20 (before basil). */
const LEGACY_ANNUAL = {
  id: 'sub_1PqLegacyAnnual01',
  object: 'subscription',
  application: null,
  billing_cycle_anchor: unix('2026-04-01T00:00:00Z'),
  cancel_at: null,
  cancel_at_period_end: false,
  canceled_at: null,
  collection_method: 'charge_automatically',
  created: unix('2026-03-25T05:30:00Z'),
  currency: 'jpy',
  current_period_start: unix('2026-04-01T00:00:00Z'),
  current_period_end: unix('2027-04-01T00:00:00Z'),
  customer: 'cus_QsakuraTech01',
  discount: {
    id: 'di_1PqSakura10',
    object: 'discount',
    coupon: { id: 'LAUNCH10', object: 'coupon', amount_off: null, currency: null, duration: 'forever', percent_off: 10, valid: true },
    customer: 'cus_QsakuraTech01',
    end: null,
    start: unix('2026-04-01T00:00:00Z'),
    subscription: 'sub_1PqLegacyAnnual01',
  },
  discounts: ['di_1PqSakura10'],
  ended_at: null,
  items: {
    object: 'list',
    data: [{
      id: 'si_QproSeats01',
      object: 'subscription_item',
      created: unix('2026-03-25T05:30:01Z'),
      discounts: [],
      metadata: {},
      price: {
        id: 'price_1PqProAnnualJpy',
        object: 'price',
        active: true,
        billing_scheme: 'per_unit',
        currency: 'jpy',
        lookup_key: 'pro_annual',
        nickname: 'Pro 年額',
        product: 'prod_QkizunaPro',
        recurring: { aggregate_usage: null, interval: 'year', interval_count: 1, trial_period_days: null, usage_type: 'licensed' },
        tax_behavior: 'exclusive',
        tiers_mode: null,
        transform_quantity: null,
        type: 'recurring',
        unit_amount: 120000,
        unit_amount_decimal: '120000',
      },
      quantity: 25,
      subscription: 'sub_1PqLegacyAnnual01',
      tax_rates: [],
    }],
    has_more: false,
    total_count: 1,
    url: '/v1/subscription_items?subscription=sub_1PqLegacyAnnual01',
  },
  livemode: false,
  metadata: { crm_id: 'CRM-001' },
  pause_collection: null,
  start_date: unix('2026-03-25T05:30:00Z'),
  status: 'active',
  trial_end: null,
  trial_start: null,
};

/** customer.subscription.updated data.object, API version 2025-03-31.basil: periods on the items. */
const BASIL_MONTHLY = {
  id: 'sub_1RbBasilMonthly02',
  object: 'subscription',
  billing_cycle_anchor: unix('2026-04-15T03:12:45Z'),
  cancel_at: null,
  cancel_at_period_end: false,
  canceled_at: null,
  created: unix('2026-04-15T03:12:45Z'),
  currency: 'usd',
  customer: 'cus_RacmeGlobal02',
  discounts: ['di_1RbAcmeWelcome'],
  ended_at: null,
  items: {
    object: 'list',
    data: [
      {
        id: 'si_RseatsUsd01',
        object: 'subscription_item',
        created: unix('2026-04-15T03:12:46Z'),
        current_period_start: unix('2026-04-15T03:12:45Z'),
        current_period_end: unix('2026-05-15T03:12:45Z'),
        discounts: [],
        price: {
          id: 'price_1RbTeamMonthlyUsd', object: 'price', billing_scheme: 'per_unit', currency: 'usd', lookup_key: null,
          nickname: 'Team monthly', product: 'prod_RkizunaTeam',
          recurring: { interval: 'month', interval_count: 1, meter: null, usage_type: 'licensed' },
          transform_quantity: null, type: 'recurring', unit_amount: 4900, unit_amount_decimal: '4900',
        },
        quantity: 12,
        subscription: 'sub_1RbBasilMonthly02',
      },
      {
        id: 'si_RssoAddon02',
        object: 'subscription_item',
        created: unix('2026-04-20T00:00:00Z'),
        current_period_start: unix('2026-04-20T00:00:00Z'),
        current_period_end: unix('2026-05-15T03:12:45Z'),
        discounts: [{ id: 'di_1RbSsoHalf', object: 'discount', coupon: { id: 'SSO50', percent_off: 50, amount_off: null, currency: null, duration: 'repeating' } }],
        price: {
          id: 'price_1RbSsoAddon', object: 'price', billing_scheme: 'per_unit', currency: 'usd', lookup_key: 'sso_addon',
          nickname: null, product: 'prod_RkizunaSso',
          recurring: { interval: 'month', interval_count: 1, meter: null, usage_type: 'licensed' },
          transform_quantity: null, type: 'recurring', unit_amount: 20000, unit_amount_decimal: '20000',
        },
        quantity: 1,
        subscription: 'sub_1RbBasilMonthly02',
      },
      {
        id: 'si_RapiCalls03',
        object: 'subscription_item',
        created: unix('2026-04-15T03:12:46Z'),
        current_period_start: unix('2026-04-15T03:12:45Z'),
        current_period_end: unix('2026-05-15T03:12:45Z'),
        discounts: [],
        price: {
          id: 'price_1RbApiMetered', object: 'price', billing_scheme: 'per_unit', currency: 'usd', lookup_key: 'api_calls',
          nickname: 'API calls', product: 'prod_RkizunaApi',
          recurring: { interval: 'month', interval_count: 1, meter: 'mtr_api', usage_type: 'metered' },
          transform_quantity: null, type: 'recurring', unit_amount: 2, unit_amount_decimal: '2',
        },
        subscription: 'sub_1RbBasilMonthly02',
      },
    ],
    has_more: false,
    total_count: 3,
    url: '/v1/subscription_items?subscription=sub_1RbBasilMonthly02',
  },
  pause_collection: null,
  start_date: unix('2026-04-15T03:12:45Z'),
  status: 'active',
  trial_end: null,
};

function mapped(raw: unknown, created: number, previousStatus?: string): MappedSubscription {
  const result = mapStripeSubscription(StripeSubscription.parse(raw), { created, previousStatus });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function withChanges<T extends object>(base: T, patch: Record<string, unknown>): T {
  return { ...structuredClone(base), ...patch };
}

describe('mapStripeSubscription, pre-2025-03-31 shape (period on the subscription)', () => {
  it('maps an annual JPY seat line with its 10% forever coupon', () => {
    const sub = mapped(LEGACY_ANNUAL, unix('2026-04-01T00:00:05Z'));
    expect(sub).toMatchObject({
      subscriptionId: 'sub_1PqLegacyAnnual01', customerId: 'cus_QsakuraTech01', eventOn: '2026-04-01', status: 'active',
      allItemsListed: true, cancelledOn: null, endedOn: null, warnings: [],
    });
    expect(sub.lines).toEqual([{
      itemId: 'si_QproSeats01', externalId: 'sub_1PqLegacyAnnual01:si_QproSeats01', product: 'prod_QkizunaPro', startedOn: '2026-03-25',
      state: {
        plan: 'Pro 年額', quantity: 25, unitPrice: 120000, currency: 'JPY', billingInterval: 'year', intervalCount: 1,
        discountPercent: 10, status: 'active', endsOn: '2027-04-01',
      },
    }]);
    // ¥120,000 × 25 seats a year, 10% off: 2,700,000 / 12 = ¥225,000 MRR (year ÷12, reference/metrics.md)
    expect(monthlyRecurringRevenue(sub.lines[0]!.state)).toBe(225000);
  });

  it('turns an amount-off coupon into the share of the invoice it takes', () => {
    const raw = withChanges(LEGACY_ANNUAL, {
      discount: { id: 'di_flat', object: 'discount', coupon: { id: 'FLAT300K', amount_off: 300000, currency: 'jpy', duration: 'forever', percent_off: null } },
      discounts: ['di_flat'],
    });
    // ¥300,000 off a ¥3,000,000 invoice (¥120,000 × 25) = 10%
    expect(mapped(raw, unix('2026-04-01T00:00:05Z')).lines[0]!.state.discountPercent).toBe(10);
  });

  it('leaves out a once-only coupon, which is not a recurring discount', () => {
    const raw = withChanges(LEGACY_ANNUAL, {
      discount: { id: 'di_once', object: 'discount', coupon: { id: 'FIRST', percent_off: 50, duration: 'once' } }, discounts: ['di_once'],
    });
    expect(mapped(raw, unix('2026-04-01T00:00:05Z')).lines[0]!.state.discountPercent).toBe(0);
  });

  it('reads a scheduled cancellation as notice, the line still active to the period end', () => {
    const raw = withChanges(LEGACY_ANNUAL, { cancel_at_period_end: true, canceled_at: unix('2026-09-10T02:00:00Z') });
    const sub = mapped(raw, unix('2026-09-10T02:00:01Z'));
    expect(sub.status).toBe('active');
    expect(sub.cancelledOn).toBe('2026-09-10');
    expect(sub.lines[0]!.state).toMatchObject({ status: 'active', endsOn: '2027-04-01' });
  });

  it('keeps an immediately cancelled line paid until its period ends (WE-03 step 4)', () => {
    const raw = withChanges(LEGACY_ANNUAL, {
      status: 'canceled', canceled_at: unix('2026-10-01T08:00:00Z'), ended_at: unix('2026-10-01T08:00:00Z'),
    });
    const sub = mapped(raw, unix('2026-10-01T08:00:01Z'));
    expect(sub).toMatchObject({ status: 'cancelled', endedOn: '2026-10-01', paidUntil: '2027-04-01', cancelledOn: '2026-10-01', statusBefore: 'active' });
    expect(sub.lines[0]!.state).toMatchObject({ status: 'cancelled', endsOn: '2027-04-01' });
    expect(monthlyRecurringRevenue(sub.lines[0]!.state)).toBe(0);
  });
});

describe('mapStripeSubscription, 2025-03-31.basil shape (period on each item)', () => {
  it('maps each licensed item to a line with its own period end, and leaves the metered one out with a warning', () => {
    const sub = mapped(BASIL_MONTHLY, unix('2026-04-20T00:00:03Z'));
    expect(sub.lines.map((l) => l.externalId)).toEqual(['sub_1RbBasilMonthly02:si_RseatsUsd01', 'sub_1RbBasilMonthly02:si_RssoAddon02']);
    expect(sub.lines[0]!.state).toEqual({
      plan: 'Team monthly', quantity: 12, unitPrice: 4900, currency: 'USD', billingInterval: 'month', intervalCount: 1,
      discountPercent: 0, status: 'active', endsOn: '2026-05-15',
    });
    expect(sub.lines[1]!.state).toMatchObject({ plan: 'sso_addon', unitPrice: 20000, discountPercent: 50, endsOn: '2026-05-15' });
    expect(sub.lines[1]!.startedOn).toBe('2026-04-20');
    expect(sub.warnings).toEqual([
      expect.stringContaining('item si_RapiCalls03 is metered'),
      'discount di_1RbAcmeWelcome arrived as an id only; MRR is counted before it',
    ]);
    // $49 × 12 = $588.00 and $200 at 50% = $100.00 (cents)
    expect(sub.lines.map((l) => monthlyRecurringRevenue(l.state))).toEqual([58800, 10000]);
  });

  it('reads a coupon under discount.source, as API 2025-09-30.clover sends it', () => {
    const raw = structuredClone(BASIL_MONTHLY);
    raw.items.data[1]!.discounts = [{ id: 'di_src', object: 'discount', source: { type: 'coupon', coupon: { id: 'SSO25', percent_off: 25, duration: 'forever' } } } as never];
    expect(mapped(raw, unix('2026-04-20T00:00:03Z')).lines[1]!.state.discountPercent).toBe(25);
  });

  it('dates churn of a subscription that ran to its end on the day it ended', () => {
    const raw = withChanges(BASIL_MONTHLY, {
      status: 'canceled', cancel_at_period_end: true, canceled_at: unix('2026-05-02T10:00:00Z'), ended_at: unix('2026-05-15T03:12:45Z'),
    });
    const sub = mapped(raw, unix('2026-05-15T03:12:50Z'));
    expect(sub).toMatchObject({ endedOn: '2026-05-15', paidUntil: '2026-05-15', cancelledOn: '2026-05-02' });
  });

  it('does not take unlisted items as removed when Stripe cut the item list short', () => {
    const raw = structuredClone(BASIL_MONTHLY);
    raw.items.has_more = true;
    expect(mapped(raw, unix('2026-04-20T00:00:03Z')).allItemsListed).toBe(false);
  });
});

describe('mapStripeSubscription, statuses and intervals', () => {
  const at = unix('2026-04-01T00:00:05Z');
  const statusOf = (patch: Record<string, unknown>) => {
    const result = mapStripeSubscription(StripeSubscription.parse(withChanges(LEGACY_ANNUAL, patch)), { created: at });
    return result.ok ? result.value.status : 'skipped';
  };

  it('maps trialing, past_due, paused, unpaid and incomplete_expired, and skips incomplete', () => {
    expect(statusOf({ status: 'trialing' })).toBe('trial');
    expect(statusOf({ status: 'past_due' })).toBe('past_due');
    expect(statusOf({ status: 'paused' })).toBe('paused');
    expect(statusOf({ status: 'active', pause_collection: { behavior: 'void', resumes_at: null } })).toBe('paused');
    expect(statusOf({ status: 'unpaid' })).toBe('cancelled');
    expect(statusOf({ status: 'incomplete_expired' })).toBe('cancelled');
    expect(statusOf({ status: 'incomplete' })).toBe('skipped');
  });

  it('knows a cancelled trial only ever trialled, and an expired first attempt was never a customer', () => {
    const trial = mapped(withChanges(LEGACY_ANNUAL, {
      status: 'canceled', trial_end: unix('2026-04-15T00:00:00Z'), ended_at: unix('2026-04-10T00:00:00Z'),
    }), unix('2026-04-10T00:00:01Z'));
    expect(trial.statusBefore).toBe('trial');
    expect(mapped(withChanges(LEGACY_ANNUAL, { status: 'incomplete_expired' }), at).statusBefore).toBeNull();
  });

  it('starts a line activated after an incomplete first payment on the day it became active', () => {
    expect(mapped(LEGACY_ANNUAL, unix('2026-04-02T00:00:00Z'), 'incomplete').lines[0]!.startedOn).toBe('2026-04-02');
  });

  const intervalOf = (interval: string, count: number, unitAmount = 60000) => {
    const raw = structuredClone(LEGACY_ANNUAL);
    raw.items.data[0]!.price.recurring = { ...raw.items.data[0]!.price.recurring, interval, interval_count: count };
    raw.items.data[0]!.price.unit_amount = unitAmount;
    raw.discount = null as never;
    raw.discounts = [];
    const { billingInterval, intervalCount, unitPrice } = mapped(raw, at).lines[0]!.state;
    return { billingInterval, intervalCount, unitPrice };
  };

  it('maps Stripe intervals onto Kizuna intervals, normalising counts Kizuna has no interval for', () => {
    expect(intervalOf('month', 3)).toEqual({ billingInterval: 'quarter', intervalCount: 1, unitPrice: 60000 });
    expect(intervalOf('month', 12)).toEqual({ billingInterval: 'year', intervalCount: 1, unitPrice: 60000 });
    expect(intervalOf('year', 3)).toEqual({ billingInterval: 'multi_year', intervalCount: 3, unitPrice: 60000 });
    expect(intervalOf('month', 24)).toEqual({ billingInterval: 'multi_year', intervalCount: 2, unitPrice: 60000 });
    // every 6 months at ¥60,000 → ¥10,000 a month: same MRR
    expect(intervalOf('month', 6)).toEqual({ billingInterval: 'month', intervalCount: 1, unitPrice: 10000 });
    expect(intervalOf('week', 2, 3000)).toEqual({ billingInterval: 'week', intervalCount: 1, unitPrice: 1500 });
  });

  it('bills package pricing by whole packages', () => {
    const raw = structuredClone(LEGACY_ANNUAL);
    raw.items.data[0]!.price.transform_quantity = { divide_by: 10, round: 'up' } as never;
    const line = mapped(raw, at).lines[0]!.state;
    expect({ quantity: line.quantity, unitPrice: line.unitPrice }).toEqual({ quantity: 3, unitPrice: 120000 }); // 25 seats → 3 packs of 10
  });
});
