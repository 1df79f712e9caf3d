/**
 * The cohort retention heatmap (SPEC §3.2, §3.14): accounts grouped by the month they first
 * paid; for each later month, the share of the cohort still paying (by logo) and the MRR
 * they hold as a share of the MRR they started with (MRR-weighted, so expansion can take a
 * cohort above 100%). Each cell reads the month's closing MRR; the last month is read at
 * the end of the range.
 */
import { fromDayNumber, lastIndexBefore, toDayNumber, type IsoDate } from './day-numbers.js';
import type { AccountLedger } from './account-ledger.js';
import { addMonths, monthStartOf } from './periods.js';

export interface CohortCell {
  /** months since the cohort's first month (0 = that month) */
  offset: number;
  month: string;
  payingAccounts: number;
  mrr: number;
  logoRetention: number | null;
  mrrRetention: number | null;
}

export interface CohortRow {
  /** 'YYYY-MM' */
  cohort: string;
  accounts: number;
  /** the cohort's MRR when each account first paid */
  startingMrr: number;
  cells: CohortCell[];
}

/** Cohorts first paying between the months of `from` and `to`, read up to `to`. */
export function cohortHeatmap(ledgers: readonly AccountLedger[], from: IsoDate, to: IsoDate): CohortRow[] {
  const months: IsoDate[] = [];
  for (let m = monthStartOf(from); m <= to; m = addMonths(m, 1)) months.push(m);
  const lastClose = toDayNumber(to) + 1;
  // closes[i]: the day after month i ends (or after `to` for the last month)
  const closes = months.map((m) => Math.min(toDayNumber(addMonths(m, 1)), lastClose));
  const monthIndex = new Map(months.map((m, i) => [m.slice(0, 7), i]));
  const rows = months.map((m) => ({ cohort: m.slice(0, 7), accounts: 0, startingMrr: 0, paying: new Array<number>(months.length).fill(0), mrr: new Array<number>(months.length).fill(0) }));
  for (const ledger of ledgers) {
    if (ledger.days.length === 0) continue;
    const c = monthIndex.get(fromDayNumber(ledger.days[0] as number).slice(0, 7));
    if (c === undefined) continue;
    const row = rows[c] as (typeof rows)[number];
    row.accounts += 1;
    row.startingMrr += ledger.mrr[0] as number;
    for (let k = c; k < months.length; k++) {
      const i = lastIndexBefore(ledger.days, closes[k] as number);
      if (i < 0) continue;
      row.mrr[k] = (row.mrr[k] as number) + (ledger.mrr[i] as number);
      if (ledger.paying[i]) row.paying[k] = (row.paying[k] as number) + 1;
    }
  }
  return rows.map((row, c) => ({
    cohort: row.cohort,
    accounts: row.accounts,
    startingMrr: row.startingMrr,
    cells: months.slice(c).map((m, offset) => {
      const payingAccounts = row.paying[c + offset] as number;
      const mrr = row.mrr[c + offset] as number;
      return {
        offset, month: m.slice(0, 7), payingAccounts, mrr,
        logoRetention: row.accounts > 0 ? payingAccounts / row.accounts : null,
        mrrRetention: row.startingMrr > 0 ? mrr / row.startingMrr : null,
      };
    }),
  }));
}
