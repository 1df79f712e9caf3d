/**
 * What the churn-risk analysis needs from the revenue history: each account's MRR on a day and
 * the days it churned, both from the metrics engine's ledgers (src/domain/metrics/account-ledger.ts:
 * a churn is the day an account's MRR falls to 0, dated by the workspace's churn recognition
 * setting), so "churned" means here exactly what it means on the revenue dashboard.
 */
import type { Tx } from '../../db/connect.js';
import type { AccountLedger } from '../../../domain/metrics/account-ledger.js';
import { lastIndexBefore, toDayNumber } from '../../../domain/metrics/day-numbers.js';
import { loadMetricContext } from '../metrics/metric-context.js';

export interface RevenueHistory {
  currency: string;
  /** MRR in base-currency minor units on a day (0 without history) */
  mrrOn(accountId: string, day: string): number;
  /** did the account churn after `day` and on or before `day` + `days`? */
  churnedWithin(accountId: string, day: string, days: number): boolean;
}

function mrrAt(ledger: AccountLedger | undefined, day: number): number {
  if (!ledger) return 0;
  const index = lastIndexBefore(ledger.days, day + 1);
  return index < 0 ? 0 : (ledger.mrr[index] as number);
}

export async function loadRevenueHistory(tx: Tx, workspaceId: string): Promise<RevenueHistory> {
  const ctx = await loadMetricContext(tx, workspaceId);
  const byAccount = new Map(ctx.ledgers.map((l) => [l.accountId, l]));
  return {
    currency: ctx.calendar.baseCurrency,
    mrrOn: (accountId, day) => mrrAt(byAccount.get(accountId), toDayNumber(day)),
    churnedWithin(accountId, day, days) {
      const ledger = byAccount.get(accountId);
      if (!ledger) return false;
      const start = toDayNumber(day);
      return ledger.days.some((d, i) => d > start && d <= start + days && ledger.types[i] === 'churn');
    },
  };
}
