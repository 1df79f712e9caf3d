/**
 * A report's date range from its query: defaults ending today, checks that name the field
 * at fault, and the periods it is cut into (at most MAX_PERIODS).
 */
import { AppError } from '../../errors.js';
import { addDays, addMonths, buildPeriods, monthStartOf, type Interval, type Period } from '../../../domain/metrics/periods.js';

export const MAX_PERIODS = 240;

const DEFAULT_MONTHS: Record<Interval, number> = { month: 12, quarter: 24, fiscal_year: 36, range: 12 };

export interface ResolvedRange {
  from: string;
  to: string;
  interval: Interval;
  fiscalYearStartMonth: number;
  periods: Period[];
}

export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined; interval?: Interval | undefined },
  today: string, fiscalYearStartMonth: number,
): ResolvedRange {
  const interval = query.interval ?? 'month';
  const to = query.to ?? today;
  const from = query.from ?? monthStartOf(addMonths(to, 1 - DEFAULT_MONTHS[interval]));
  if (from > to) throw new AppError('request.invalid', { detail: 'The range is empty.', fields: [{ path: 'from', message: `must be on or before ${to}` }] });
  const periods = buildPeriods({ from, to, interval, fiscalYearStartMonth }, MAX_PERIODS);
  if (periods.length > MAX_PERIODS) {
    throw new AppError('request.invalid', { detail: 'The range is too long.', fields: [{ path: 'from', message: `at most ${MAX_PERIODS} periods per report` }] });
  }
  return { from, to, interval, fiscalYearStartMonth, periods };
}

/** A range for lists (movements, renewals, cohorts): default the current month to date. */
export function resolveWindow(query: { from?: string | undefined; to?: string | undefined }, today: string, defaultMonths = 1): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? monthStartOf(addMonths(to, 1 - defaultMonths));
  if (from > to) throw new AppError('request.invalid', { detail: 'The range is empty.', fields: [{ path: 'from', message: `must be on or before ${to}` }] });
  if (addMonths(from, 12 * 20) < to) throw new AppError('request.invalid', { detail: 'The range is too long.', fields: [{ path: 'from', message: 'at most 20 years' }] });
  return { from, to };
}

/** The day after `date`: a close is read just before it. */
export function dayAfter(date: string): string {
  return addDays(date, 1);
}
