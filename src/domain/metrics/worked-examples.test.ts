/**
 * The worked examples of reference/metrics.md (WE-nn, with their sources), each pinned
 * through the formula and, where the example is a history, through the whole engine.
 * WE-02 and WE-18 are line-level and live in src/domain/subscriptions/mrr.test.ts; WE-03
 * is lifecycle-we03.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  annualContractValue, annualFromMonthly, cacPaybackMonths, grossMrrChurnRate, grossRevenueRetention, lifetimeValue,
  netMrrChurnRate, netRevenueRetention, quickRatio, ratio,
} from './formulas.js';
import { cancelEvent, lineEvent, reportOf } from './history-factory.js';
import type { LineEvent } from './metric-inputs.js';
import { emptyTotals } from './period-totals.js';
import { periodMetrics } from './period-metrics.js';
import { DEFAULT_METRIC_SETTINGS } from './metric-inputs.js';

/** `count` accounts paying `mrr` each from 1 December 2024, ids prefixed. */
function payingFromDecember(prefix: string, count: number, mrr: number): LineEvent[] {
  return Array.from({ length: count }, (_, i) => lineEvent(`${prefix}${i}`, `${prefix}${i}`, '2024-12-01', mrr));
}

const january = (events: LineEvent[], settings = {}) => reportOf(events, '2025-01-01', '2025-01-31', { settings }).metrics[0]!;

describe('WE-01 (Stripe billing analytics glossary): monthly and yearly subscribers together', () => {
  it('sums 100 × $100/month and 50 × $600/year to MRR $12,500', () => {
    const events = [
      ...Array.from({ length: 100 }, (_, i) => lineEvent(`m${i}`, `m${i}`, '2025-01-01', 10_000, { currency: 'USD' })),
      ...Array.from({ length: 50 }, (_, i) => lineEvent(`y${i}`, `y${i}`, '2025-01-01', 5_000, { currency: 'USD' })),
    ];
    const m = reportOf(events, '2025-01-01', '2025-01-31', { currency: { baseCurrency: 'USD', fixedRates: {}, datedRates: [] } }).metrics[0]!;
    expect(m.mrr).toBe(1_250_000);
  });
});

describe('WE-04 (ChartMogul, MRR churn rate)', () => {
  it('gives gross MRR churn 20%, net 10%, GRR 80%, NRR 90% from the formulas', () => {
    const m = { start: 100, new: 0, churn: 10, contraction: 10, expansion: 10, reactivation: 0 };
    expect(grossMrrChurnRate(m)).toBeCloseTo(0.2, 12);
    expect(netMrrChurnRate(m)).toBeCloseTo(0.1, 12);
    expect(grossRevenueRetention(m)).toBeCloseTo(0.8, 12);
    expect(netRevenueRetention(m)).toBeCloseTo(0.9, 12);
  });

  it('gives the same four rates from a history: start 100, one churn of 10, a contraction of 10, an expansion of 10', () => {
    const events = [
      lineEvent('a', 'a', '2024-12-01', 10), cancelEvent('a', 'a', '2025-01-10', null),
      lineEvent('b', 'b', '2024-12-01', 20), lineEvent('b', 'b', '2025-01-12', 10),
      lineEvent('c', 'c', '2024-12-01', 30), lineEvent('c', 'c', '2025-01-15', 40),
      lineEvent('d', 'd', '2024-12-01', 40),
    ];
    const m = january(events);
    expect(m.mrrStart).toBe(100);
    expect(m.grossMrrChurnRate).toBeCloseTo(0.2, 12);
    expect(m.netMrrChurnRate).toBeCloseTo(0.1, 12);
    expect(m.grr).toBeCloseTo(0.8, 12);
    expect(m.nrr).toBeCloseTo(0.9, 12);
  });
});

describe('WE-06 (ChartMogul, ARPA)', () => {
  it('averages account MRRs 1, 1, 3, 5, 5 to an ARPA of 3', () => {
    const events = [1, 1, 3, 5, 5].map((mrr, i) => lineEvent(`s${i}`, `a${i}`, '2025-01-01', mrr));
    expect(january(events).arpa).toBe(3);
  });
});

describe('WE-07 (ChartMogul, LTV)', () => {
  it('gives LTV 2,000 from ARPA 100 and 5% monthly logo churn', () => {
    expect(lifetimeValue(100, 0.05)).toBeCloseTo(2_000, 9);
  });

  it('gives LTV 2,000 when one of 20 accounts at 100 churns in the month', () => {
    const events = [...payingFromDecember('a', 20, 100), cancelEvent('a0', 'a0', '2025-01-20', null)];
    const m = january(events);
    expect(m.logoChurnRate).toBeCloseTo(0.05, 12);
    expect(m.arpa).toBe(100);
    expect(m.ltv).toBeCloseTo(2_000, 9);
  });

  it('leaves LTV undefined (null), not 0 or infinite, when nobody churns', () => {
    expect(january(payingFromDecember('a', 5, 100)).ltv).toBeNull();
    expect(lifetimeValue(100, 0)).toBeNull();
  });
});

describe('WE-09 NRR and GRR', () => {
  it('gives NRR 100% and GRR 85% for start 100k, expansion 15k, contraction 5k, churn 10k (metrickittools glossary)', () => {
    const m = { start: 100_000, expansion: 15_000, contraction: 5_000, churn: 10_000 };
    expect(netRevenueRetention(m)).toBeCloseTo(1, 12);
    expect(grossRevenueRetention(m)).toBeCloseTo(0.85, 12);
  });

  it('gives NRR 111.1% and GRR 81.5% for start 27,000, expansion 8,000, churn 5,000 (ChurnZero churnopedia)', () => {
    const m = { start: 27_000, expansion: 8_000, contraction: 0, churn: 5_000 };
    expect(netRevenueRetention(m)).toBeCloseTo(1.111, 3);
    expect(grossRevenueRetention(m)).toBeCloseTo(0.815, 3);
  });
});

describe('WE-10 (mainmetrics; Stripe): logo churn denominator', () => {
  it('divides by the accounts paying at the start: 10 of 100 churn while 30 join → 10%, not Stripe\'s 7.69%', () => {
    const events = [
      ...payingFromDecember('old', 100, 1_000),
      ...Array.from({ length: 10 }, (_, i) => cancelEvent(`old${i}`, `old${i}`, '2025-01-15', null)),
      ...Array.from({ length: 30 }, (_, i) => lineEvent(`new${i}`, `new${i}`, '2025-01-10', 1_000)),
    ];
    const m = january(events);
    expect(m.logoChurnRate).toBeCloseTo(0.1, 12);
    expect(ratio(m.churn.count, m.payingAccountsStart + m.movementAccounts.new)).toBeCloseTo(0.0769, 4);
  });
});

describe('WE-11 renewal rate', () => {
  it('gives logo renewal 90% and gross dollar renewal 80%: 50 accounts worth $4M up, 45 renew (3 downgrading by $300k), 2 churn worth $500k', () => {
    // The example's 50 − 45 − 2 = 3 other accounts carry no value: they lapse without dollars.
    const t = { ...emptyTotals(), renewalAccountsUp: 50, renewalAccountsRenewed: 45, renewalValueUp: 4_000_000, renewalValueRenewed: 4_000_000 - 300_000 - 500_000 };
    const m = periodMetrics(t, 1, DEFAULT_METRIC_SETTINGS);
    expect(m.renewal.logoRate).toBeCloseTo(0.9, 12);
    expect(m.renewal.grossDollarRate).toBeCloseTo(0.8, 12);
  });
});

describe('WE-12 CAC payback', () => {
  it('takes 8.89 months for CAC $1,200, ARPA $180/month, gross margin 75%', () => {
    expect(cacPaybackMonths(1_200, 180, 75)).toBeCloseTo(8.89, 2);
  });

  it('takes 8.55 months for CAC $8,000, ARPA $1,200, gross margin 78%', () => {
    expect(cacPaybackMonths(8_000, 1_200, 78)).toBeCloseTo(8.55, 2);
  });

  it('computes it in a report once CAC and gross margin are entered, and not before', () => {
    const events = payingFromDecember('a', 3, 18_000);
    expect(january(events, { cac: 120_000, grossMarginPercent: 75 }).cacPaybackMonths).toBeCloseTo(8.89, 2);
    expect(january(events).cacPaybackMonths).toBeNull();
  });
});

describe('WE-13 quick ratio', () => {
  it('is 3.5 for new 20k, expansion 8k, churn 5k, contraction 3k', () => {
    expect(quickRatio({ new: 20_000, expansion: 8_000, reactivation: 0, churn: 5_000, contraction: 3_000 })).toBeCloseTo(3.5, 12);
  });

  it('is 3.5 in a report with the same movements', () => {
    const events = [
      lineEvent('n', 'n', '2025-01-05', 20_000),
      lineEvent('e', 'e', '2024-12-01', 10_000), lineEvent('e', 'e', '2025-01-06', 18_000),
      lineEvent('c', 'c', '2024-12-01', 5_000), cancelEvent('c', 'c', '2025-01-07', null),
      lineEvent('d', 'd', '2024-12-01', 10_000), lineEvent('d', 'd', '2025-01-08', 7_000),
    ];
    expect(january(events).quickRatio).toBeCloseTo(3.5, 12);
  });
});

describe('WE-15 ACV', () => {
  it('excludes one-time fees: $380k over 3 years with $20k one-time → $120,000 a year', () => {
    expect(annualContractValue({ totalValue: 380_000, years: 3, oneTimeFees: 20_000 })).toBe(120_000);
  });

  it('spreads $30k over 3 years to $10,000 a year', () => {
    expect(annualContractValue({ totalValue: 30_000, years: 3 })).toBe(10_000);
  });
});

describe('WE-16 upsell rate', () => {
  it('is 15% when upsell revenue is 150k of 1M recurring at the start (revenue basis)', () => {
    const events = [...payingFromDecember('a', 10, 100_000), lineEvent('x', 'a0', '2025-01-10', 150_000)];
    const m = january(events);
    expect(m.upsell).toEqual({ rate: 0.15, count: 1, amount: 150_000 });
  });

  it('is 20% when the same accounts go from 5,000 to 6,000 MRR', () => {
    const events = [...payingFromDecember('a', 5, 1_000), lineEvent('a0', 'a0', '2025-01-10', 2_000)];
    expect(january(events).upsell.rate).toBeCloseTo(0.2, 12);
  });
});

describe('WE-19 monthly ↔ annual churn', () => {
  it('compounds 0.83% monthly revenue churn to 9.5% a year', () => {
    expect(annualFromMonthly(0.0083)).toBeCloseTo(0.095, 2);
  });

  it('annualises a month\'s revenue churn in the report the same way', () => {
    const events = [...payingFromDecember('a', 1, 10_000), lineEvent('a0', 'a0', '2025-01-10', 9_917)];
    const m = january(events);
    expect(m.grossMrrChurnRate).toBeCloseTo(0.0083, 12);
    expect(m.annualised.grossMrrChurnRate).toBeCloseTo(0.095, 2);
    // SPEC §3.2's revenue-churn form of LTV: ARPA ÷ monthly revenue churn
    expect(m.ltvRevenueChurn).toBeCloseTo(9_917 / 0.0083, 6);
  });
});
