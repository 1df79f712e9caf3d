/**
 * Refreshes goals bound to a measure after their accounts were scored, with the session flag
 * that keeps the goal trigger (migration 0010) from queueing those accounts again: a goal bound
 * to the health score, read back by a goal-progress measure, would otherwise keep its account in
 * the queue for ever. The goal-progress measure therefore sees bound values one pass late.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { refreshBoundGoals } from '../outcomes/refresh-bound-goals.js';

export async function refreshGoalsQuietly(tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string): Promise<number> {
  await tx.execute(sql`select set_config('kizuna.refreshing_goals', 'on', true)`);
  try {
    return await refreshBoundGoals(tx, workspaceId, accountIds, today);
  } finally {
    await tx.execute(sql`select set_config('kizuna.refreshing_goals', 'off', true)`);
  }
}
