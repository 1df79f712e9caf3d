/**
 * The additive facts of one period: every figure here is a sum over accounts, so the totals
 * of a segment are the sums of its accounts and the sum over segments is the total by
 * construction. Rates are derived from these afterwards (period-metrics.ts).
 */
import { lastIndexBefore } from './day-numbers.js';
import type { AccountLedger } from './account-ledger.js';
import type { MovementType } from './metric-inputs.js';

export interface PeriodTotals {
  mrrStart: number;
  mrrEnd: number;
  payingStart: number;
  payingEnd: number;
  newAmount: number;
  expansionAmount: number;
  contractionAmount: number;
  churnAmount: number;
  reactivationAmount: number;
  /** accounts with at least one movement of the kind in the period */
  newAccounts: number;
  expansionAccounts: number;
  contractionAccounts: number;
  churnAccounts: number;
  reactivationAccounts: number;
  /** paying at the start and at the end */
  retainedAccounts: number;
  /** movements of the accounts with MRR at the start, until they churn (period NRR and GRR) */
  startExpansion: number;
  startContraction: number;
  startChurn: number;
  /** the accounts that had MRR 12 months before the period's end: their MRR then, now, and now capped at then */
  cohortMrrThen: number;
  cohortMrrNow: number;
  cohortMrrCapped: number;
  cohortAccounts: number;
  cohortRetainedAccounts: number;
  /** completed customer lives by the period's end: paid days summed, and how many */
  lifetimeDays: number;
  lifetimeAccounts: number;
  /** paid terms that ended in the period (renewal rates) */
  renewalAccountsUp: number;
  renewalAccountsRenewed: number;
  renewalValueUp: number;
  renewalValueRenewed: number;
}

export function emptyTotals(): PeriodTotals {
  return {
    mrrStart: 0, mrrEnd: 0, payingStart: 0, payingEnd: 0,
    newAmount: 0, expansionAmount: 0, contractionAmount: 0, churnAmount: 0, reactivationAmount: 0,
    newAccounts: 0, expansionAccounts: 0, contractionAccounts: 0, churnAccounts: 0, reactivationAccounts: 0,
    retainedAccounts: 0, startExpansion: 0, startContraction: 0, startChurn: 0,
    cohortMrrThen: 0, cohortMrrNow: 0, cohortMrrCapped: 0, cohortAccounts: 0, cohortRetainedAccounts: 0,
    lifetimeDays: 0, lifetimeAccounts: 0,
    renewalAccountsUp: 0, renewalAccountsRenewed: 0, renewalValueUp: 0, renewalValueRenewed: 0,
  };
}

/**
 * into += from, field by field. Written out rather than looped over keys: this runs for every
 * account × period × (total and segment), and plain property adds keep 10,000 accounts fast.
 * period-totals.test.ts checks that every field is covered.
 */
export function addTotals(into: PeriodTotals, from: PeriodTotals): void {
  into.mrrStart += from.mrrStart; into.mrrEnd += from.mrrEnd; into.payingStart += from.payingStart; into.payingEnd += from.payingEnd;
  into.newAmount += from.newAmount; into.expansionAmount += from.expansionAmount; into.contractionAmount += from.contractionAmount;
  into.churnAmount += from.churnAmount; into.reactivationAmount += from.reactivationAmount;
  into.newAccounts += from.newAccounts; into.expansionAccounts += from.expansionAccounts; into.contractionAccounts += from.contractionAccounts;
  into.churnAccounts += from.churnAccounts; into.reactivationAccounts += from.reactivationAccounts;
  into.retainedAccounts += from.retainedAccounts;
  into.startExpansion += from.startExpansion; into.startContraction += from.startContraction; into.startChurn += from.startChurn;
  into.cohortMrrThen += from.cohortMrrThen; into.cohortMrrNow += from.cohortMrrNow; into.cohortMrrCapped += from.cohortMrrCapped;
  into.cohortAccounts += from.cohortAccounts; into.cohortRetainedAccounts += from.cohortRetainedAccounts;
  into.lifetimeDays += from.lifetimeDays; into.lifetimeAccounts += from.lifetimeAccounts;
  into.renewalAccountsUp += from.renewalAccountsUp; into.renewalAccountsRenewed += from.renewalAccountsRenewed;
  into.renewalValueUp += from.renewalValueUp; into.renewalValueRenewed += from.renewalValueRenewed;
}

/** Every field back to 0 (the scratch record is reused for each account and period). */
export function resetTotals(t: PeriodTotals): void {
  t.mrrStart = 0; t.mrrEnd = 0; t.payingStart = 0; t.payingEnd = 0;
  t.newAmount = 0; t.expansionAmount = 0; t.contractionAmount = 0; t.churnAmount = 0; t.reactivationAmount = 0;
  t.newAccounts = 0; t.expansionAccounts = 0; t.contractionAccounts = 0; t.churnAccounts = 0; t.reactivationAccounts = 0;
  t.retainedAccounts = 0; t.startExpansion = 0; t.startContraction = 0; t.startChurn = 0;
  t.cohortMrrThen = 0; t.cohortMrrNow = 0; t.cohortMrrCapped = 0; t.cohortAccounts = 0; t.cohortRetainedAccounts = 0;
  t.lifetimeDays = 0; t.lifetimeAccounts = 0;
  t.renewalAccountsUp = 0; t.renewalAccountsRenewed = 0; t.renewalValueUp = 0; t.renewalValueRenewed = 0;
}

export interface PeriodWindow {
  startDay: number;
  endDay: number;
  /** the same day 12 months before endDay: the 12-month cohort is read just before it */
  cohortDay: number;
}

const AMOUNT_KEY = {
  new: 'newAmount', expansion: 'expansionAmount', contraction: 'contractionAmount', churn: 'churnAmount', reactivation: 'reactivationAmount',
} as const satisfies Record<MovementType, keyof PeriodTotals>;
const ACCOUNTS_KEY = {
  new: 'newAccounts', expansion: 'expansionAccounts', contraction: 'contractionAccounts', churn: 'churnAccounts', reactivation: 'reactivationAccounts',
} as const satisfies Record<MovementType, keyof PeriodTotals>;

/** Write one account's contribution to the period into `out` (which is reset first). */
export function accountPeriodFacts(ledger: AccountLedger, w: PeriodWindow, out: PeriodTotals): void {
  resetTotals(out);
  const { days, mrr, paying } = ledger;
  const iStart = lastIndexBefore(days, w.startDay);
  const iEnd = lastIndexBefore(days, w.endDay);
  const mrrStart = iStart >= 0 ? (mrr[iStart] as number) : 0;
  const mrrEnd = iEnd >= 0 ? (mrr[iEnd] as number) : 0;
  const payStart = iStart >= 0 && (paying[iStart] as boolean);
  const payEnd = iEnd >= 0 && (paying[iEnd] as boolean);
  out.mrrStart = mrrStart;
  out.mrrEnd = mrrEnd;
  out.payingStart = payStart ? 1 : 0;
  out.payingEnd = payEnd ? 1 : 0;
  out.retainedAccounts = payStart && payEnd ? 1 : 0;
  addMovements(ledger, iStart, iEnd, mrrStart > 0, out);
  addCohort(ledger, w.cohortDay, mrrEnd, payEnd, out);
  if (iEnd >= 0 && !payEnd) {
    out.lifetimeDays = ledger.paidDays[iEnd] as number;
    out.lifetimeAccounts = 1;
  }
  addRenewals(ledger, w, out);
}

function addMovements(ledger: AccountLedger, iStart: number, iEnd: number, inStartBase: boolean, out: PeriodTotals): void {
  let counting = inStartBase;
  for (let k = iStart + 1; k <= iEnd; k++) {
    const type = ledger.types[k] as MovementType;
    const delta = Math.abs((ledger.mrr[k] as number) - (k > 0 ? (ledger.mrr[k - 1] as number) : 0));
    out[AMOUNT_KEY[type]] += delta;
    out[ACCOUNTS_KEY[type]] = 1;
    if (!counting) continue;
    if (type === 'expansion') out.startExpansion += delta;
    else if (type === 'contraction') out.startContraction += delta;
    else if (type === 'churn') {
      out.startChurn += delta;
      counting = false; // what follows a departure is a reactivation's life, which NRR leaves out
    }
  }
}

function addCohort(ledger: AccountLedger, cohortDay: number, mrrEnd: number, payEnd: boolean, out: PeriodTotals): void {
  const iThen = lastIndexBefore(ledger.days, cohortDay);
  const then = iThen >= 0 ? (ledger.mrr[iThen] as number) : 0;
  if (then <= 0) return;
  out.cohortMrrThen = then;
  out.cohortMrrNow = mrrEnd;
  out.cohortMrrCapped = Math.min(mrrEnd, then);
  out.cohortAccounts = 1;
  out.cohortRetainedAccounts = payEnd ? 1 : 0;
}

function addRenewals(ledger: AccountLedger, w: PeriodWindow, out: PeriodTotals): void {
  const terms = ledger.terms;
  if (terms.length === 0) return;
  let renewed = false;
  let up = false;
  for (let i = firstTermFrom(terms, w.startDay); i < terms.length; i++) {
    const term = terms[i] as AccountLedger['terms'][number];
    if (term.day >= w.endDay) break;
    up = true;
    out.renewalValueUp += term.before;
    out.renewalValueRenewed += Math.min(term.after, term.before);
    if (term.after > 0) renewed = true;
  }
  out.renewalAccountsUp = up ? 1 : 0;
  out.renewalAccountsRenewed = renewed ? 1 : 0;
}

/** Index of the first term on or after `day` (terms are sorted by day). */
function firstTermFrom(terms: AccountLedger['terms'], day: number): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as AccountLedger['terms'][number]).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
