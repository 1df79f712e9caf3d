import { describe, expect, it } from 'vitest';
import { monthlyRecurringRevenue, type PricedLine } from './mrr.js';

const line = (over: Partial<PricedLine>): PricedLine => ({
  quantity: 1, unitPrice: 0, billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', ...over,
});

describe('monthlyRecurringRevenue', () => {
  it('normalises a yearly price to a twelfth (WE-02, Stripe billing analytics: $1,200/year → $100 MRR)', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 120_000, billingInterval: 'year' }))).toBe(10_000);
  });
  it('applies a forever discount (WE-02: $100/month with 50% off → $50)', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 10_000, discountPercent: 50 }))).toBe(5_000);
  });
  it('counts a trial as zero (WE-02)', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 10_000, status: 'trial' }))).toBe(0);
  });
  it('sums seats and intervals to the WE-01 total (Stripe glossary: 100 × $100/month + 50 × $600/year = $12,500)', () => {
    const total = monthlyRecurringRevenue(line({ quantity: 100, unitPrice: 10_000 }))
      + monthlyRecurringRevenue(line({ quantity: 50, unitPrice: 60_000, billingInterval: 'year' }));
    expect(total).toBe(1_250_000);
  });
  it('normalises a week by 52/12 (WE-18: $10/week → $43.33)', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 1_000, billingInterval: 'week' }))).toBe(4_333);
  });
  it('spreads a multi-year contract over all its months (WE-15: $30k over 3 years → $10k a year, $833.33 a month)', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 3_000_000, billingInterval: 'multi_year', intervalCount: 3 }))).toBe(83_333);
  });
  it('normalises 4 × Gold yearly at $500 to 166.67 (WE-03 step 1, ChartMogul lifecycle walkthrough)', () => {
    expect(monthlyRecurringRevenue(line({ quantity: 4, unitPrice: 50_000, billingInterval: 'year' }))).toBe(16_667);
  });
  it('counts paused and cancelled lines as zero', () => {
    expect(monthlyRecurringRevenue(line({ unitPrice: 5_000, status: 'paused' }))).toBe(0);
    expect(monthlyRecurringRevenue(line({ unitPrice: 5_000, status: 'cancelled' }))).toBe(0);
  });
});
