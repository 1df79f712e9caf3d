/**
 * WE-03 (ChartMogul help, "the subscription lifecycle" walkthrough), replayed through the
 * engine. Plans: Silver $30/month, Gold $50/month or $500/year; amounts in cents, base USD.
 */
import { describe, expect, it } from 'vitest';
import { cancelEvent, lineEvent, reportOf } from './history-factory.js';
import type { CurrencyContext } from './metric-inputs.js';

const USD: CurrencyContext = { baseCurrency: 'USD', fixedRates: {}, datedRates: [] };
const usd = { currency: 'USD' };
const GOLD_YEARLY = 16_667; // 4 × $500 / 12 = $166.67
const events = [
  // 1) buys 4 × Gold yearly, billed $2,000
  lineEvent('gold', 'acme', '2024-01-15', GOLD_YEARLY, { ...usd, endsOn: '2025-01-15' }),
  // 2) adds 2 × Silver monthly ($60)
  lineEvent('silver', 'acme', '2024-03-01', 6_000, { ...usd, endsOn: '2024-07-01' }),
  // 3) cancels Silver mid-cycle; its month is paid until 1 July
  cancelEvent('silver', 'acme', '2024-06-10', '2024-07-01', 'USD'),
  // 4) cancels Gold near the end of the year; the year is paid until 15 January
  cancelEvent('gold', 'acme', '2024-12-20', '2025-01-15', 'USD'),
  // 5) later subscribes to 3 × Gold monthly
  lineEvent('gold-monthly', 'acme', '2025-03-01', 15_000, usd),
];

function monthOf(report: ReturnType<typeof reportOf>, key: string) {
  const i = report.periods.findIndex((p) => p.key === key);
  return report.metrics[i];
}

describe('WE-03 lifecycle (ChartMogul subscription lifecycle walkthrough)', () => {
  const report = reportOf(events, '2024-01-01', '2025-03-31', { currency: USD });

  it('counts the first yearly purchase as new business of 166.67', () => {
    expect(monthOf(report, '2024-01')?.movements.new).toBe(16_667);
    expect(monthOf(report, '2024-01')?.mrr).toBe(16_667);
  });

  it('counts an extra subscription as expansion (+60), not new business', () => {
    const march = monthOf(report, '2024-03');
    expect(march?.movements).toMatchObject({ new: 0, expansion: 6_000 });
    expect(march?.mrr).toBe(22_667);
  });

  it('counts the cancelled Silver as contraction (−60) at the end of its paid month, Gold staying', () => {
    expect(monthOf(report, '2024-06')?.movements.contraction).toBe(0);
    expect(monthOf(report, '2024-07')?.movements.contraction).toBe(6_000);
    expect(monthOf(report, '2024-07')?.mrr).toBe(16_667);
  });

  it('dates the Gold churn (−166.67) at the end of the paid year, not at the cancellation', () => {
    expect(monthOf(report, '2024-12')?.movements.churn).toBe(0);
    expect(monthOf(report, '2024-12')?.mrr).toBe(16_667);
    expect(monthOf(report, '2025-01')?.movements.churn).toBe(16_667);
    expect(monthOf(report, '2025-01')?.mrr).toBe(0);
  });

  it('counts the later monthly Gold purchase as reactivation (+150)', () => {
    expect(monthOf(report, '2025-03')?.movements).toMatchObject({ new: 0, reactivation: 15_000 });
    expect(monthOf(report, '2025-03')?.mrr).toBe(15_000);
  });

  it('removes the MRR on the cancellation date when churn is recognised at cancellation (Stripe, Paddle)', () => {
    const atCancel = reportOf(events, '2024-01-01', '2025-03-31', { currency: USD, settings: { churnRecognition: 'cancellation' } });
    expect(monthOf(atCancel, '2024-06')?.movements.contraction).toBe(6_000);
    expect(monthOf(atCancel, '2024-12')?.movements.churn).toBe(16_667);
    expect(monthOf(atCancel, '2025-01')?.movements.churn).toBe(0);
  });
});
