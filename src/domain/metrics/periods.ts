/**
 * The periods a report is cut into: calendar months, fiscal quarters, fiscal years (any
 * start month; April is common in Japan) or one free range. Periods are clipped to the
 * requested range, so "any date range" works with any interval. A fiscal year is named
 * after the calendar year it starts in (2025年度 = FY2025 = April 2025 – March 2026 when
 * the year starts in April); quarters follow the fiscal year.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { toDayNumber, type IsoDate } from './day-numbers.js';

dayjs.extend(utc);

export const INTERVALS = ['month', 'quarter', 'fiscal_year', 'range'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface Period {
  key: string;
  /** first day, inclusive */
  start: IsoDate;
  /** last day, inclusive */
  end: IsoDate;
  startDay: number;
  /** the day after `end` */
  endDay: number;
  /** length in months: whole months when the period runs from a 1st to a 1st, else days × 12 / 365 */
  months: number;
}

export interface PeriodRequest {
  from: IsoDate;
  to: IsoDate;
  interval: Interval;
  /** 1–12 */
  fiscalYearStartMonth: number;
}

/** The periods covering [from, to]; stops after `limit` + 1 so a caller can refuse a huge request. */
export function buildPeriods(request: PeriodRequest, limit = 1000): Period[] {
  if (request.interval === 'range') return [periodOf(request.from, request.to, `${request.from}..${request.to}`)];
  const step = request.interval === 'month' ? 1 : request.interval === 'quarter' ? 3 : 12;
  let boundary = alignedStart(request.from, step, request.fiscalYearStartMonth);
  const periods: Period[] = [];
  while (boundary.format('YYYY-MM-DD') <= request.to && periods.length <= limit) {
    const next = boundary.add(step, 'month');
    const start = maxDate(boundary.format('YYYY-MM-DD'), request.from);
    const end = minDate(next.subtract(1, 'day').format('YYYY-MM-DD'), request.to);
    periods.push(periodOf(start, end, keyOf(boundary, request.interval, request.fiscalYearStartMonth)));
    boundary = next;
  }
  return periods;
}

/** The same day `months` later (earlier when negative), clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** The first day of the month `date` is in. */
export function monthStartOf(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

function periodOf(start: IsoDate, end: IsoDate, key: string): Period {
  const startDay = toDayNumber(start);
  const endDay = toDayNumber(end) + 1;
  const next = addDays(end, 1);
  const months = start.endsWith('-01') && next.endsWith('-01')
    ? dayjs.utc(next).diff(dayjs.utc(start), 'month')
    : ((endDay - startDay) * 12) / 365;
  return { key, start, end, startDay, endDay, months };
}

function alignedStart(from: IsoDate, step: number, fiscalStart: number): dayjs.Dayjs {
  const d = dayjs.utc(monthStartOf(from));
  if (step === 1) return d;
  const offset = (((d.month() + 1 - fiscalStart) % step) + step) % step;
  return d.subtract(offset, 'month');
}

function keyOf(boundary: dayjs.Dayjs, interval: Interval, fiscalStart: number): string {
  if (interval === 'month') return boundary.format('YYYY-MM');
  const fiscalYear = boundary.month() + 1 >= fiscalStart ? boundary.year() : boundary.year() - 1;
  if (interval === 'fiscal_year') return `FY${fiscalYear}`;
  const monthsIn = (((boundary.month() + 1 - fiscalStart) % 12) + 12) % 12;
  return `FY${fiscalYear}-Q${Math.floor(monthsIn / 3) + 1}`;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The whole period of `interval` that starts on `start`, or null when no such period starts that day. */
export function wholePeriodStarting(start: IsoDate, interval: Exclude<Interval, 'range'>, fiscalYearStartMonth: number): Period | null {
  const step = interval === 'month' ? 1 : interval === 'quarter' ? 3 : 12;
  const end = addDays(addMonths(start, step), -1);
  const periods = buildPeriods({ from: start, to: end, interval, fiscalYearStartMonth }, 2);
  const [only] = periods;
  return periods.length === 1 && only && only.start === start ? only : null;
}
