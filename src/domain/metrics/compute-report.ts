/**
 * The metrics engine: subscription history in, every metric per period (and per segment)
 * out. Ledgers are built once (account-ledger.ts); each account then contributes its facts
 * to each period once, added to the total and to its segment, so the segment sums equal
 * the total by construction.
 */
import { buildLedgers, type AccountLedger } from './account-ledger.js';
import { fromDayNumber, toDayNumber } from './day-numbers.js';
import { makeConverter } from './exchange-rates.js';
import type { CurrencyContext, LineEvent, MetricSettings } from './metric-inputs.js';
import { periodMetrics, type PeriodMetrics } from './period-metrics.js';
import { accountPeriodFacts, addTotals, emptyTotals, type PeriodTotals, type PeriodWindow } from './period-totals.js';
import { addMonths, type Period } from './periods.js';

export interface PreparedLedgers {
  ledgers: AccountLedger[];
  /** currencies of lines that could not be converted (no dated or fixed rate): counted as 0 */
  missingRates: string[];
}

/** Build every account's ledger once; the views (periods, cohorts, ACV, drill-down) read them. */
export function prepareLedgers(events: readonly LineEvent[], currency: CurrencyContext, settings: MetricSettings): PreparedLedgers {
  const converter = makeConverter(currency);
  const ledgers = buildLedgers(events, settings, converter);
  return { ledgers, missingRates: [...converter.missing].sort() };
}

export interface SegmentSeries {
  value: string | null;
  totals: PeriodTotals[];
  metrics: PeriodMetrics[];
}

export interface PeriodReport {
  periods: Period[];
  totals: PeriodTotals[];
  metrics: PeriodMetrics[];
  /** null unless a segment map was given; largest closing MRR first */
  segments: SegmentSeries[] | null;
}

/**
 * Every metric for each period, in total and, when `segmentOf` maps accounts to values, per value.
 * @example computePeriodReport(prepareLedgers(events, currency, settings).ledgers, buildPeriods(req), settings)
 */
export function computePeriodReport(
  ledgers: readonly AccountLedger[], periods: readonly Period[], settings: MetricSettings,
  segmentOf?: ReadonlyMap<string, string | null>,
): PeriodReport {
  const windows: PeriodWindow[] = periods.map((p) => ({
    startDay: p.startDay, endDay: p.endDay, cohortDay: toDayNumber(addMonths(fromDayNumber(p.endDay), -12)),
  }));
  const totals = periods.map(() => emptyTotals());
  const bySegment = new Map<string | null, PeriodTotals[]>();
  const scratch = emptyTotals();
  for (const ledger of ledgers) {
    if (ledger.days.length === 0) continue;
    const segmentTotals = segmentOf ? totalsOfSegment(bySegment, segmentOf.get(ledger.accountId) ?? null, periods.length) : null;
    for (let i = 0; i < windows.length; i++) {
      accountPeriodFacts(ledger, windows[i] as PeriodWindow, scratch);
      addTotals(totals[i] as PeriodTotals, scratch);
      if (segmentTotals) addTotals(segmentTotals[i] as PeriodTotals, scratch);
    }
  }
  const metricsOf = (list: PeriodTotals[]) => list.map((t, i) => periodMetrics(t, (periods[i] as Period).months, settings));
  const segments = segmentOf
    ? [...bySegment].map(([value, list]) => ({ value, totals: list, metrics: metricsOf(list) })).sort(bySize)
    : null;
  return { periods: [...periods], totals, metrics: metricsOf(totals), segments };
}

function totalsOfSegment(map: Map<string | null, PeriodTotals[]>, value: string | null, count: number): PeriodTotals[] {
  let list = map.get(value);
  if (!list) {
    list = Array.from({ length: count }, () => emptyTotals());
    map.set(value, list);
  }
  return list;
}

function bySize(a: SegmentSeries, b: SegmentSeries): number {
  const last = (s: SegmentSeries) => s.totals[s.totals.length - 1]?.mrrEnd ?? 0;
  if (last(b) !== last(a)) return last(b) - last(a);
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
