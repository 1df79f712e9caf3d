/**
 * The SQL that folds newly stored usage events into the daily rollups and queues their
 * accounts for a health recompute. It is spliced into the same statement that stores (or
 * attaches) the events, so an event and its rollup are written together or not at all.
 *
 * `source` names a CTE with columns account_id, user_key, event, occurred_at, duration_seconds.
 * Rows are ordered by key before each upsert so two concurrent batches lock rollup rows in the
 * same order and cannot deadlock. The accounts go to the health worker through health_dirty_log.
 */
import { sql, type SQL } from 'drizzle-orm';

export function rollupCtes(workspaceId: string, source: string): SQL {
  const from = sql.raw(source);
  return sql`
  , user_days as (
    insert into usage_user_days (workspace_id, account_id, day, user_id, events, duration_seconds, first_at, last_at)
    select ${workspaceId}::uuid, account_id, (occurred_at at time zone 'UTC')::date, user_key,
           count(*)::int, coalesce(sum(duration_seconds), 0)::int, min(occurred_at), max(occurred_at)
    from ${from}
    where account_id is not null and event is not null
    group by account_id, (occurred_at at time zone 'UTC')::date, user_key
    order by account_id, 3, user_key
    on conflict (workspace_id, account_id, day, user_id) do update set
      events = usage_user_days.events + excluded.events,
      duration_seconds = usage_user_days.duration_seconds + excluded.duration_seconds,
      first_at = least(usage_user_days.first_at, excluded.first_at),
      last_at = greatest(usage_user_days.last_at, excluded.last_at)
    returning 1
  )
  , event_days as (
    insert into usage_event_days (workspace_id, account_id, day, event, count)
    select ${workspaceId}::uuid, account_id, (occurred_at at time zone 'UTC')::date, event, count(*)::int
    from ${from}
    where account_id is not null and event is not null
    group by account_id, (occurred_at at time zone 'UTC')::date, event
    order by account_id, 3, event
    on conflict (workspace_id, account_id, day, event) do update set count = usage_event_days.count + excluded.count
    returning 1
  )
  , queued as (
    -- Only ever inserted (schema health.ts healthDirtyLog): no lock another batch could wait for.
    -- The worker moves the rows into health_dirty once they are committed, and with them the
    -- events that queued them are in what it reads.
    insert into health_dirty_log (workspace_id, account_id, usage_from)
    select ${workspaceId}::uuid, account_id, min((occurred_at at time zone 'UTC')::date) filter (where event is not null)
    from ${from} where account_id is not null
    group by account_id
    returning 1
  )`;
}

/**
 * The account a product group id names: its product id (Segment groupId) first, else its
 * CRM external id. `groupExpression` is SQL yielding the group id.
 */
export function accountOfGroup(workspaceId: string, groupExpression: SQL): SQL {
  // Two unique-index probes rather than one OR, which unanalysed tables plan as a scan.
  return sql`coalesce(
    (select a.id from accounts a where a.workspace_id = ${workspaceId}::uuid and a.product_id = ${groupExpression}),
    (select a.id from accounts a where a.workspace_id = ${workspaceId}::uuid and a.external_id = ${groupExpression}))`;
}
