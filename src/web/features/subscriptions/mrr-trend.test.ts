import { describe, expect, it } from 'vitest';
import type { SubscriptionEvent } from '../../api/types';
import { accountMrrTrend } from './mrr-trend';

function event(effectiveOn: string, mrr: number, currency = 'JPY'): SubscriptionEvent {
  return {
    id: `${effectiveOn}-${mrr}`, effectiveOn, kind: 'changed', source: 'api', plan: 'p', quantity: 1, unitPrice: mrr, currency,
    billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', endsOn: null, mrr, recordedAt: `${effectiveOn}T00:00:00Z`,
  };
}

describe('account MRR trend from subscription events', () => {
  it('adds each line’s latest MRR on every date something changed, and extends to today', () => {
    // Line A: ¥150,000 from 1 Jan, ¥180,000 from 1 Oct; line B: ¥24,000 from 1 Mar.
    const trend = accountMrrTrend([[event('2026-01-01', 150000), event('2026-10-01', 180000)], [event('2026-03-01', 24000)]], 'JPY', {}, '2026-11-23');
    expect(trend).toEqual([
      { day: '2026-01-01', mrr: 150000 },
      { day: '2026-03-01', mrr: 174000 },
      { day: '2026-10-01', mrr: 204000 },
      { day: '2026-11-23', mrr: 204000 },
    ]);
  });

  it('converts other currencies with the workspace rate ($100.00 at 150 = ¥15,000) and leaves out lines without one', () => {
    const trend = accountMrrTrend([[event('2026-01-01', 10000, 'USD')], [event('2026-01-01', 5000, 'EUR')]], 'JPY', { USD: 150 }, '2026-01-01');
    expect(trend).toEqual([{ day: '2026-01-01', mrr: 15000 }]);
  });
});
