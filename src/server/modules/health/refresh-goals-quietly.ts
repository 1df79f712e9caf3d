/**
 * Refreshes goals bound to a measure after their accounts were scored, with the session flag
 * that keeps the goal trigger (migration 0010) from queueing those accounts again: a goal bound
 * to the health score, read back by a goal-progress measure, would otherwise keep its account in
 * the queue for ever. The goal-progress measure therefore sees bound values one pass late.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { refreshBoundGoals } from '../outcomes/refresh-bound-goals.js';

export async function refreshGoalsQuietly(tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string): Promise<number> {
  // Most passes have no bound goal among their accounts: one query then, not four (the health
  // worker's passes measured 10–116 ms for the four at 12,000 events/s, with no goal at all).
  const [bound] = await queryRows<{ any: boolean }>(tx, sql`
    select exists (select 1 from success_goals where workspace_id = ${workspaceId}::uuid and binding is not null
      ${accountIds ? sql`and account_id = any(${pgArray(accountIds)}::uuid[])` : sql``}) as any`);
  if (!bound?.any) return 0;
  await tx.execute(sql`select set_config('kizuna.refreshing_goals', 'on', true)`);
  try {
    return await refreshBoundGoals(tx, workspaceId, accountIds, today);
  } finally {
    await tx.execute(sql`select set_config('kizuna.refreshing_goals', 'off', true)`);
  }
}
