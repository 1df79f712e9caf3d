/**
 * Moves what ingestion queued in health_dirty_log (one row per account and batch, only ever
 * inserted: usage/rollup-sql.ts) into health_dirty, where the worker claims accounts. Only rows
 * committed by now are seen, and so are their events: a batch still in flight leaves its rows
 * for the next move. An account's rows become one queue row:
 *  - a new account is queued from its earliest logged batch;
 *  - one still waiting keeps its place, and learns of earlier usage days (usage_from, which makes
 *    the worker rebuild its usage base);
 *  - one a worker has claimed is bumped (so the worker does not delete it when done), released,
 *    and sent behind the accounts waiting.
 * Rows of accounts deleted since are dropped.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { COMMIT_WITHOUT_WAITING } from './gather-signals.js';

/** Returns how many accounts it queued or marked. `workspaceIds` limits it to those workspaces. One statement. */
export async function moveLoggedUsage(db: Db | Tx, workspaceIds?: readonly string[]): Promise<number> {
  const only: SQL = workspaceIds ? sql`where workspace_id = any(${pgArray(workspaceIds)}::uuid[])` : sql``;
  const [row] = await queryRows<{ n: number }>(db, sql`
    with taken as (delete from health_dirty_log ${only} returning workspace_id, account_id, queued_at, usage_from)
    , per_account as (
      select workspace_id, account_id, min(queued_at) as queued_at, min(usage_from) as usage_from
      from taken group by workspace_id, account_id
    )
    , moved as (
      insert into health_dirty (workspace_id, account_id, queued_at, usage_from)
      select p.workspace_id, p.account_id, p.queued_at, p.usage_from
      from per_account p join accounts a on a.workspace_id = p.workspace_id and a.id = p.account_id
      order by 1, 2
      on conflict (workspace_id, account_id) do update set
        bumps = health_dirty.bumps + (health_dirty.claimed_at is not null)::int,
        queued_at = case when health_dirty.claimed_at is not null then now() else health_dirty.queued_at end,
        claimed_at = null,
        usage_from = least(health_dirty.usage_from, excluded.usage_from)
        where health_dirty.claimed_at is not null or excluded.usage_from < coalesce(health_dirty.usage_from, 'infinity')
      returning 1
    )
    -- (derived data: the log rows stay until this commits)
    select (select count(*)::int from moved) as n, ${COMMIT_WITHOUT_WAITING}`);
  return row?.n ?? 0;
}
