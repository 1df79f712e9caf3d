/**
 * Before/after comparison of a KPI around the start date of a CS initiative (SPEC §3.12):
 * two windows of equal length on each side of the start date, the KPI over each, the
 * difference and whether it moved the good way. When the "after" window has not fully
 * happened yet, both windows shrink to the days that have, so they stay equal.
 */
import { fromDayNumber, toDayNumber, type IsoDate } from './day-numbers.js';
import { KPIS, type KpiKey } from './kpis.js';
import { addMonths } from './periods.js';

export interface DateWindow {
  start: IsoDate;
  /** inclusive */
  end: IsoDate;
}

export interface BeforeAfterWindows {
  before: DateWindow;
  after: DateWindow;
  days: number;
  /** false when the after window was cut short at `today` */
  complete: boolean;
}

/** The windows of `months` months around `pivot`, or null when nothing after the pivot has happened by `today`. */
export function beforeAfterWindows(pivot: IsoDate, months: number, today: IsoDate): BeforeAfterWindows | null {
  const pivotDay = toDayNumber(pivot);
  const fullEnd = toDayNumber(addMonths(pivot, months)); // exclusive
  const endDay = Math.min(fullEnd, toDayNumber(today) + 1);
  const days = endDay - pivotDay;
  if (days <= 0) return null;
  return {
    before: { start: fromDayNumber(pivotDay - days), end: fromDayNumber(pivotDay - 1) },
    after: { start: pivot, end: fromDayNumber(endDay - 1) },
    days,
    complete: endDay === fullEnd,
  };
}

export interface BeforeAfterComparison {
  before: number | null;
  after: number | null;
  difference: number | null;
  /** after ÷ before − 1 */
  relativeChange: number | null;
  direction: 'up' | 'down' | 'flat' | null;
  verdict: 'better' | 'worse' | 'unchanged' | null;
}

export function compareBeforeAfter(kpi: KpiKey, before: number | null, after: number | null): BeforeAfterComparison {
  if (before === null || after === null) {
    return { before, after, difference: null, relativeChange: null, direction: null, verdict: null };
  }
  const difference = after - before;
  const flat = Math.abs(difference) < 1e-12;
  const direction = flat ? 'flat' : difference > 0 ? 'up' : 'down';
  const good = KPIS[kpi].better === 'higher' ? difference > 0 : difference < 0;
  return {
    before, after, difference,
    relativeChange: before !== 0 ? after / before - 1 : null,
    direction,
    verdict: flat ? 'unchanged' : good ? 'better' : 'worse',
  };
}
