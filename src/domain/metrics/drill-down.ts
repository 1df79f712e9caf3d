/**
 * The accounts and movements behind a number (issue 3, "drill from any number"): the
 * movements of a period, the accounts paying at a date, and the paid terms that came up
 * for renewal. Each list adds up to the figure it explains.
 */
import { fromDayNumber, lastIndexBefore } from './day-numbers.js';
import type { AccountLedger } from './account-ledger.js';
import type { MovementType } from './metric-inputs.js';

export interface MovementRow {
  accountId: string;
  date: string;
  type: MovementType;
  mrrBefore: number;
  mrrAfter: number;
  /** the size of the movement, positive for every type */
  amount: number;
}

/** Movements dated in [startDay, endDay), by date then account. */
export function movementsBetween(
  ledgers: readonly AccountLedger[], startDay: number, endDay: number, types?: ReadonlySet<MovementType>,
): MovementRow[] {
  const rows: MovementRow[] = [];
  for (const l of ledgers) {
    for (let k = lastIndexBefore(l.days, startDay) + 1; k < l.days.length && (l.days[k] as number) < endDay; k++) {
      const type = l.types[k] as MovementType;
      if (types && !types.has(type)) continue;
      const before = k > 0 ? (l.mrr[k - 1] as number) : 0;
      const after = l.mrr[k] as number;
      rows.push({ accountId: l.accountId, date: fromDayNumber(l.days[k] as number), type, mrrBefore: before, mrrAfter: after, amount: Math.abs(after - before) });
    }
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.accountId < b.accountId ? -1 : 1));
}

export interface AccountAtDate {
  accountId: string;
  mrr: number;
  paying: boolean;
}

/** Every account that is paying at the end of the day before `closeDay` (e.g. a period's endDay), largest MRR first. */
export function payingAccountsAt(ledgers: readonly AccountLedger[], closeDay: number): AccountAtDate[] {
  const rows: AccountAtDate[] = [];
  for (const l of ledgers) {
    const i = lastIndexBefore(l.days, closeDay);
    if (i >= 0 && l.paying[i]) rows.push({ accountId: l.accountId, mrr: l.mrr[i] as number, paying: true });
  }
  return rows.sort((a, b) => b.mrr - a.mrr || (a.accountId < b.accountId ? -1 : 1));
}

export interface RenewalRow {
  accountId: string;
  date: string;
  valueBefore: number;
  valueAfter: number;
  renewed: boolean;
}

/** Paid terms that reached their end in [startDay, endDay). */
export function renewalsBetween(ledgers: readonly AccountLedger[], startDay: number, endDay: number): RenewalRow[] {
  const rows: RenewalRow[] = [];
  for (const l of ledgers) {
    for (const t of l.terms) {
      if (t.day < startDay || t.day >= endDay) continue;
      rows.push({ accountId: l.accountId, date: fromDayNumber(t.day), valueBefore: Math.round(t.before), valueAfter: Math.round(t.after), renewed: t.after > 0 });
    }
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.accountId < b.accountId ? -1 : 1));
}
