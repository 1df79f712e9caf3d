/**
 * Dates as whole days since 1970-01-01 (UTC) for the engine's hot path: 100,000 events are
 * compared and subtracted as integers, not as date objects. Calendar steps (months, fiscal
 * years) are few and use dayjs in periods.ts; this file only converts.
 */
export type IsoDate = string;

/**
 * '2025-04-01' → 20179. The string must be a valid 'YYYY-MM-DD'. Integer arithmetic on the
 * characters (the days-from-civil algorithm), no allocation: it runs for every event.
 */
export function toDayNumber(date: IsoDate): number {
  // 48 = '0'; no helper closure here: this runs for every event
  let y = date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 48 * 1111;
  const m = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 48 * 11;
  const d = date.charCodeAt(8) * 10 + date.charCodeAt(9) - 48 * 11;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** 20179 → '2025-04-01'. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Index of the last element of the ascending `days` that is < `day`, or -1. */
export function lastIndexBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length; // first index with days[i] >= day
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
