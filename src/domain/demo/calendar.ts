/**
 * Date arithmetic on 'YYYY-MM-DD' strings for the demo generator, in UTC so the machine's
 * time zone never changes the data. Month steps clamp to the month's end (Jan 31 + 1 month
 * = Feb 28/29), as billing systems do.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

export type IsoDate = string;

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** The same date, or the Monday after when it falls on a weekend: CSMs log work on weekdays. */
export function onWeekday(date: IsoDate): IsoDate {
  const day = dayjs.utc(date).day();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** An instant on `date` at the given Japan time, as an ISO string with its +09:00 offset. */
export function atJapanTime(date: IsoDate, hour: number, minute: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+09:00`;
}

/** '2025-04' → '2025年4月' for texts. */
export function japaneseMonth(date: IsoDate): string {
  const d = dayjs.utc(date);
  return `${d.year()}年${d.month() + 1}月`;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
