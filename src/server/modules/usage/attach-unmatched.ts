/**
 * Events that arrived before Kizuna knew their account wait with account_id null. Once an
 * account with their group id exists (or a group call tells which group their user is in),
 * this attaches them and folds them into the rollups in one statement, so they count exactly
 * as if the account had been there all along. Cheap when there is nothing to do: it reads
 * the partial index of unmatched events only.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { accountOfGroup, rollupCtes } from './rollup-sql.js';

export async function attachUnmatched(tx: Tx, workspaceId: string): Promise<number> {
  const [row] = await queryRows<{ attached: number }>(tx, sql`
    with waiting as (
      select e.message_id, coalesce(e.group_id, known.group_id) as g
      from usage_events e
      left join usage_users known on known.workspace_id = e.workspace_id and known.user_id = e.user_id
      where e.workspace_id = ${workspaceId}::uuid and e.account_id is null
    )
    , matches as (
      select message_id, g, ${accountOfGroup(workspaceId, sql`waiting.g`)} as account_id
      from waiting where g is not null
    )
    , attached as (
      update usage_events e set account_id = m.account_id, group_id = m.g
      from matches m
      where e.workspace_id = ${workspaceId}::uuid and e.message_id = m.message_id and m.account_id is not null
        -- Checked again on the row as it is now: should another transaction have attached it while
        -- this one waited for its lock, it is not attached (and rolled up) a second time.
        and e.account_id is null
      returning e.account_id, coalesce(e.user_id, 'anon:' || e.anonymous_id) as user_key, e.event, e.occurred_at,
                e.duration_seconds
    )
    ${rollupCtes(workspaceId, 'attached')}
    select count(*)::int as attached from attached`);
  return row?.attached ?? 0;
}

