/** The views read from the same ledgers: cohort heatmap, ACV distribution, drill-down lists. */
import { describe, expect, it } from 'vitest';
import { accountAcvs, acvBandSets, acvStats } from './acv-distribution.js';
import { cohortHeatmap } from './cohort-heatmap.js';
import { prepareLedgers } from './compute-report.js';
import { toDayNumber } from './day-numbers.js';
import { movementsBetween, payingAccountsAt, renewalsBetween } from './drill-down.js';
import { cancelEvent, JPY_ONLY, lineEvent } from './history-factory.js';
import { DEFAULT_METRIC_SETTINGS, type LineEvent } from './metric-inputs.js';
import { makeConverter, toMajorUnitsOf } from './exchange-rates.js';

const ledgersOf = (events: LineEvent[]) => prepareLedgers(events, JPY_ONLY, DEFAULT_METRIC_SETTINGS).ledgers;

describe('cohortHeatmap', () => {
  const ledgers = ledgersOf([
    lineEvent('a', 'a', '2025-01-05', 1_000), lineEvent('a', 'a', '2025-03-01', 2_000),
    lineEvent('b', 'b', '2025-01-20', 1_000), cancelEvent('b', 'b', '2025-02-10', null),
    lineEvent('c', 'c', '2025-02-03', 500),
  ]);

  it('retains by logo and by MRR against the cohort\'s starting MRR, expansion taking MRR above 100%', () => {
    const rows = cohortHeatmap(ledgers, '2025-01-01', '2025-03-31');
    const january = rows[0]!;
    expect(january).toMatchObject({ cohort: '2025-01', accounts: 2, startingMrr: 2_000 });
    expect(january.cells.map((c) => [c.month, c.logoRetention, c.mrrRetention])).toEqual([
      ['2025-01', 1, 1], ['2025-02', 0.5, 0.5], ['2025-03', 0.5, 1],
    ]);
    expect(rows[1]?.cells.map((c) => c.logoRetention)).toEqual([1, 1]);
    expect(rows[2]).toMatchObject({ cohort: '2025-03', accounts: 0, cells: [{ logoRetention: null, mrrRetention: null }] });
  });
});

describe('ACV distribution', () => {
  it('counts paying accounts in HiCustomer\'s yen bands, ACV being 12 × MRR', () => {
    const ledgers = ledgersOf([lineEvent('a', 'a', '2025-01-01', 20_000), lineEvent('b', 'b', '2025-01-01', 5_000), lineEvent('c', 'c', '2025-01-01', 60_000)]);
    const acvs = accountAcvs(ledgers, toDayNumber('2025-02-01')).map((a) => a.acv);
    expect(acvs.sort((x, y) => x - y)).toEqual([60_000, 240_000, 720_000]);
    const converter = makeConverter({ baseCurrency: 'JPY', fixedRates: { USD: 150 }, datedRates: [] });
    const sets = acvBandSets(acvs, (currency) => toMajorUnitsOf(converter, currency, toDayNumber('2025-02-01')));
    const jp = sets.find((s) => s.currency === 'JPY')!;
    expect(jp.bands.map((b) => [b.key, b.accounts])).toEqual([['lt130k', 1], ['130kto600k', 1], ['600kto1.2m', 1], ['1.2mto6m', 0], ['ge6m', 0]]);
    expect(jp.bands[1]?.publishedShare).toBe(0.271);
    const usd = sets.find((s) => s.currency === 'USD')!;
    expect(usd.bands[0]?.accounts).toBe(3); // ¥720,000 = $4,800: all under $12k
    expect(acvStats(acvs)).toMatchObject({ accounts: 3, total: 1_020_000, median: 240_000 });
  });

  it('omits a band set whose currency cannot be converted', () => {
    expect(acvBandSets([1_000], (c) => (c === 'JPY' ? (v) => v : null)).map((s) => s.currency)).toEqual(['JPY']);
  });
});

describe('drill-down', () => {
  const ledgers = ledgersOf([
    lineEvent('a', 'a', '2024-12-01', 1_000), lineEvent('a', 'a', '2025-01-10', 1_500, { endsOn: '2025-01-20' }),
    lineEvent('b', 'b', '2025-01-05', 700), cancelEvent('b', 'b', '2025-01-25', null),
  ]);
  const jan = [toDayNumber('2025-01-01'), toDayNumber('2025-02-01')] as const;

  it('lists the movements behind each number, in date order', () => {
    expect(movementsBetween(ledgers, ...jan).map((m) => [m.date, m.accountId, m.type, m.amount])).toEqual([
      ['2025-01-05', 'b', 'new', 700], ['2025-01-10', 'a', 'expansion', 500], ['2025-01-25', 'b', 'churn', 700],
    ]);
    expect(movementsBetween(ledgers, ...jan, new Set(['churn'] as const)).map((m) => m.accountId)).toEqual(['b']);
  });

  it('lists the accounts paying at a close, and the terms that came up for renewal', () => {
    expect(payingAccountsAt(ledgers, jan[1])).toEqual([{ accountId: 'a', mrr: 1_500, paying: true }]);
    expect(renewalsBetween(ledgers, ...jan)).toEqual([{ accountId: 'a', date: '2025-01-20', valueBefore: 1_500, valueAfter: 1_500, renewed: true }]);
  });
});
