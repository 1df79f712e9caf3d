/**
 * Stores normalised usage events in one transaction (given the database itself when there is no
 * identify or group call: it is then one statement): what identify and group calls say about
 * users first (so a track call later in the same batch finds its account), then every event once
 * (a messageId already stored is skipped), folded into the daily rollups, with its accounts queued
 * for a health recompute. One request's batch, or several merged (storeEventBatches).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { NormalizedEvent } from '../../../domain/usage/normalize-event.js';
import { pgArray } from '../imports/pg-array.js';
import { accountOfGroup, rollupCtes } from './rollup-sql.js';

export interface StoredBatch {
  /** events new to Kizuna (redelivered messageIds excluded) */
  stored: number;
  duplicates: number;
  /** stored events no account matches yet */
  unmatched: number;
}

export async function storeEvents(tx: Tx, workspaceId: string, events: NormalizedEvent[]): Promise<StoredBatch> {
  const [stored] = await storeEventBatches(tx, workspaceId, [events]);
  return stored ?? { stored: 0, duplicates: 0, unmatched: 0 };
}

/**
 * Several requests' events in one statement (ingest-writer.ts coalesces track-only requests of
 * one workspace this way), each request's counts apart. A messageId that two of them carry is
 * stored for the first and is a duplicate for the second, as if they had come one after the other.
 */
export async function storeEventBatches(tx: Tx, workspaceId: string, batches: NormalizedEvent[][]): Promise<StoredBatch[]> {
  const events: NormalizedEvent[] = [];
  const batchOf: number[] = [];
  const seen = batches.length > 1 ? new Set<string>() : null;
  batches.forEach((batch, b) => {
    for (const e of batch) {
      if (seen) {
        if (seen.has(e.messageId)) continue;
        seen.add(e.messageId);
      }
      events.push(e);
      batchOf.push(b);
    }
  });
  const results = batches.map((batch) => ({ stored: 0, duplicates: batch.length, unmatched: 0 }));
  if (events.length === 0) return results;
  await rememberUsers(tx, workspaceId, events);
  // Each column as one array parameter, the properties as one JSON array, zipped in SQL (as
  // health/write-scores.ts): cheaper for the database than taking a JSON array of objects apart.
  const single = batches.length === 1;
  const column = (pick: (e: NormalizedEvent) => string | number | null) => pgArray(events.map(pick));
  const rows = await queryRows<{ b: number; stored: number; unmatched: number }>(tx, sql`
    with incoming as (
      select r.m, r.t, r.e, r.u, r.a, r.o, r.d, nullif(r.p, 'null'::jsonb) as p, coalesce(r.g, known.group_id) as g, r.b
      from rows from (
        unnest(${column((e) => e.messageId)}::text[], ${column((e) => e.type)}::text[], ${column((e) => e.event)}::text[],
               ${column((e) => e.userId)}::text[], ${column((e) => e.anonymousId)}::text[], ${column((e) => e.groupId)}::text[],
               ${column((e) => e.occurredAt)}::timestamptz[], ${column((e) => e.durationSeconds)}::int[],
               ${single ? null : pgArray(batchOf)}::int[]),
        jsonb_array_elements(${JSON.stringify(events.map((e) => e.properties))}::jsonb)
      ) as r(m, t, e, u, a, g, o, d, b, p)
      left join usage_users known on known.workspace_id = ${workspaceId}::uuid and known.user_id = r.u
    )
    -- Each group id is looked up once per batch, not once per event.
    , groups as (
      select g, ${accountOfGroup(workspaceId, sql`distinct_groups.g`)} as account_id
      from (select distinct g from incoming where g is not null) distinct_groups
    )
    , inserted as (
      insert into usage_events (workspace_id, message_id, type, event, user_id, anonymous_id, group_id, account_id,
                                occurred_at, duration_seconds, properties)
      select ${workspaceId}::uuid, m, t, e, u, a, incoming.g, groups.account_id, o, d, p
      from incoming left join groups on groups.g = incoming.g
      on conflict (workspace_id, message_id) do nothing
      returning message_id, account_id, coalesce(user_id, 'anon:' || anonymous_id) as user_key, event, occurred_at, duration_seconds
    )
    ${rollupCtes(workspaceId, 'inserted')}
    ${single
      ? sql`select 0 as b, count(*)::int as stored, (count(*) filter (where account_id is null))::int as unmatched from inserted`
      // Which request each stored event came from: its messageId is unique in this statement.
      : sql`select incoming.b, count(*)::int as stored, (count(*) filter (where inserted.account_id is null))::int as unmatched
        from inserted join incoming on incoming.m = inserted.message_id group by incoming.b`}`);
  for (const row of rows) {
    const result = results[row.b];
    if (!result) continue;
    result.stored = row.stored;
    result.unmatched = row.unmatched;
    result.duplicates -= row.stored;
  }
  return results;
}

/**
 * group: the user belongs to that group from now on. identify: keep the traits, link the
 * user to a contact (by the contact's external id = userId, or by email) and fill the
 * contact's empty name-independent fields from the traits (email, title, phone).
 */
async function rememberUsers(tx: Tx, workspaceId: string, events: NormalizedEvent[]): Promise<void> {
  const latest = new Map<string, { u: string; g: string | null; email: string | null; name: string | null; traits: unknown }>();
  for (const e of events) {
    if ((e.type !== 'group' && e.type !== 'identify') || !e.userId) continue;
    const previous = latest.get(e.userId);
    const traits = e.traits ?? {};
    latest.set(e.userId, {
      u: e.userId,
      g: e.type === 'group' ? e.groupId : previous?.g ?? null,
      email: e.type === 'identify' ? stringTrait(traits.email)?.toLowerCase() ?? previous?.email ?? null : previous?.email ?? null,
      name: e.type === 'identify' ? stringTrait(traits.name) ?? previous?.name ?? null : previous?.name ?? null,
      traits: e.type === 'identify' ? traits : previous?.traits ?? null,
    });
  }
  if (latest.size === 0) return;
  const rows = [...latest.values()].sort((a, b) => (a.u < b.u ? -1 : 1));
  await tx.execute(sql`
    insert into usage_users (workspace_id, user_id, group_id, email, name, traits, updated_at)
    select ${workspaceId}::uuid, r.u, r.g, r.email, r.name, r.traits, now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(u text, g text, email text, name text, traits jsonb)
    on conflict (workspace_id, user_id) do update set
      group_id = coalesce(excluded.group_id, usage_users.group_id),
      email = coalesce(excluded.email, usage_users.email),
      name = coalesce(excluded.name, usage_users.name),
      traits = coalesce(excluded.traits, usage_users.traits),
      updated_at = now()`);
  const identified = rows.filter((r) => r.traits !== null);
  if (identified.length === 0) return;
  await tx.execute(sql`
    with linked as (
      update usage_users uu set contact_id = c.id
      from contacts c
      where uu.workspace_id = ${workspaceId}::uuid and c.workspace_id = ${workspaceId}::uuid
        and uu.user_id = any(${pgArray(identified.map((r) => r.u))}::text[])
        and (c.external_id = uu.user_id or (uu.email is not null and lower(c.email) = uu.email))
      returning c.id, uu.traits
    )
    update contacts c set
      email = coalesce(c.email, linked.traits->>'email'),
      title = coalesce(c.title, linked.traits->>'title'),
      phone = coalesce(c.phone, linked.traits->>'phone'),
      updated_at = now()
    from linked
    where c.workspace_id = ${workspaceId}::uuid and c.id = linked.id
      and (c.email is null and linked.traits ? 'email' or c.title is null and linked.traits ? 'title'
           or c.phone is null and linked.traits ? 'phone')`);
}

function stringTrait(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
