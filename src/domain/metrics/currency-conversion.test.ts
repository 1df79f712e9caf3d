/**
 * Currency (reference/metrics.md, "currency"): converted into the base currency at the rate
 * in force at the start of the service period; rate changes are not movements.
 */
import { describe, expect, it } from 'vitest';
import { lineEvent, reportOf } from './history-factory.js';
import { prepareLedgers } from './compute-report.js';
import { DEFAULT_METRIC_SETTINGS, type CurrencyContext } from './metric-inputs.js';

const rates: CurrencyContext = {
  baseCurrency: 'JPY', fixedRates: { USD: 150 },
  datedRates: [{ currency: 'USD', validFrom: '2025-01-01', rate: 140 }, { currency: 'USD', validFrom: '2025-03-01', rate: 160 }],
};
const usd = { currency: 'USD' };

describe('currency conversion', () => {
  it('uses the dated rate in force when the price took effect ($100 from 10 January at ¥140 → ¥14,000)', () => {
    const r = reportOf([lineEvent('s', 'a', '2025-01-10', 10_000, usd)], '2025-01-01', '2025-01-31', { currency: rates });
    expect(r.metrics[0]?.mrr).toBe(14_000);
  });

  it('falls back to the fixed workspace rate before the first dated rate', () => {
    const r = reportOf([lineEvent('s', 'a', '2024-12-10', 10_000, usd)], '2024-12-01', '2024-12-31', { currency: rates });
    expect(r.metrics[0]?.mrr).toBe(15_000);
  });

  it('does not move MRR when only the rate changes: no expansion in March although the rate rose to ¥160', () => {
    const r = reportOf([lineEvent('s', 'a', '2025-01-10', 10_000, usd)], '2025-03-01', '2025-03-31', { currency: rates });
    expect(r.metrics[0]).toMatchObject({ mrr: 14_000, movements: { expansion: 0, contraction: 0 } });
  });

  it('keeps the rate while the price stays the same (a renewal event with a new term end)', () => {
    const events = [lineEvent('s', 'a', '2025-01-10', 10_000, { ...usd, endsOn: '2025-04-10' }), lineEvent('s', 'a', '2025-04-10', 10_000, { ...usd, endsOn: '2025-07-10' })];
    const r = reportOf(events, '2025-04-01', '2025-04-30', { currency: rates });
    expect(r.metrics[0]).toMatchObject({ mrr: 14_000, movements: { expansion: 0 } });
  });

  it('converts a new price at the rate of its own start: seats added in March at ¥160 count as one expansion', () => {
    const events = [lineEvent('s', 'a', '2025-01-10', 10_000, usd), lineEvent('s', 'a', '2025-03-05', 20_000, usd)];
    const r = reportOf(events, '2025-03-01', '2025-03-31', { currency: rates });
    expect(r.metrics[0]).toMatchObject({ mrrStart: 14_000, mrr: 32_000, movements: { expansion: 18_000 } });
  });

  it('converts cents into yen by the currencies\' minor units and rounds per account', () => {
    const r = reportOf([lineEvent('s', 'a', '2025-01-10', 333, usd), lineEvent('t', 'a', '2025-01-10', 333, usd)], '2025-01-01', '2025-01-31', { currency: rates });
    expect(r.metrics[0]?.mrr).toBe(932); // 2 × $3.33 × 140 = ¥932.4
  });

  it('counts a line with no rate at all as 0 and reports its currency', () => {
    const prepared = prepareLedgers([lineEvent('s', 'a', '2025-01-10', 10_000, { currency: 'EUR' })], rates, DEFAULT_METRIC_SETTINGS);
    expect(prepared.missingRates).toEqual(['EUR']);
    expect(prepared.ledgers[0]?.days).toEqual([]);
  });
});
