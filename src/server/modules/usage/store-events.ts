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
import { pgArray, pgArrayItems } from '../imports/pg-array.js';
import { accountOfGroup, rollupCtes } from './rollup-sql.js';

export interface StoredBatch {
  /** events new to Kizuna (redelivered messageIds excluded) */
  stored: number;
  duplicates: number;
  /** stored events no account matches yet */
  unmatched: number;
}

export async function storeEvents(tx: Tx, workspaceId: string, events: NormalizedEvent[]): Promise<StoredBatch> {
  if (events.length === 0) return { stored: 0, duplicates: 0, unmatched: 0 };
  await rememberUsers(tx, workspaceId, events);
  const [stored] = await storeEventBatches(tx, workspaceId, [encodeEvents(events)]);
  return stored as StoredBatch;
}

/**
 * One request's events as the insert takes them: each column as the items of a PostgreSQL array
 * literal, the properties as the items of a JSON array. A request waiting for a lane of the
 * ingest writer then holds a few strings rather than thousands of objects, which the garbage
 * collector would otherwise trace again and again while it waits (profiled: a fifth of the
 * server's time under a burst went to garbage collection).
 */
export interface EncodedEvents {
  count: number;
  /** message id, type, event, user id, anonymous id, group id, occurred at, duration: pgArrayItems each */
  columns: string[];
  /** the properties, JSON array items */
  properties: string;
}

const COLUMNS: ((e: NormalizedEvent) => string | number | null)[] = [
  (e) => e.messageId, (e) => e.type, (e) => e.event, (e) => e.userId, (e) => e.anonymousId, (e) => e.groupId,
  (e) => e.occurredAt, (e) => e.durationSeconds,
];

export function encodeEvents(events: NormalizedEvent[]): EncodedEvents {
  return {
    count: events.length,
    columns: COLUMNS.map((pick) => pgArrayItems(events.map(pick))),
    properties: JSON.stringify(events.map((e) => e.properties)).slice(1, -1),
  };
}

/**
 * Several requests' events in one statement (ingest-writer.ts merges track-only requests of one
 * workspace this way), each request's counts apart. A messageId that two of them carry is stored
 * for the first and is a duplicate for the second, as if they had come one after the other.
 * Track calls only: identify and group calls go through storeEvents.
 */
export async function storeEventBatches(tx: Tx, workspaceId: string, batches: EncodedEvents[]): Promise<StoredBatch[]> {
  const results = batches.map((batch) => ({ stored: 0, duplicates: batch.count, unmatched: 0 }));
  const filled = batches.filter((batch) => batch.count > 0);
  if (filled.length === 0) return results;
  const single = batches.length === 1;
  // Each column as one array parameter, the properties as one JSON array, zipped in SQL (as
  // health/write-scores.ts): cheaper for the database than taking a JSON array of objects apart.
  const column = (i: number) => `{${filled.map((batch) => batch.columns[i]).join(',')}}`;
  // Which request each event came from (merged statements only).
  const owners = single ? null : `{${batches.map((batch, b) => batch.count > 0 ? `${b},`.repeat(batch.count).slice(0, -1) : null)
    .filter((items) => items !== null).join(',')}}`;
  const rows = await queryRows<{ b: number; stored: number; unmatched: number }>(tx, sql`
    with incoming as (
      select r.m, r.t, r.e, r.u, r.a, r.o, r.d, nullif(r.p, 'null'::jsonb) as p, coalesce(r.g, known.group_id) as g, r.b
      from rows from (
        unnest(${column(0)}::text[], ${column(1)}::text[], ${column(2)}::text[], ${column(3)}::text[], ${column(4)}::text[],
               ${column(5)}::text[], ${column(6)}::timestamptz[], ${column(7)}::int[], ${owners}::int[]),
        jsonb_array_elements(${`[${filled.map((batch) => batch.properties).join(',')}]`}::jsonb)
      ) as r(m, t, e, u, a, g, o, d, b, p)
      left join usage_users known on known.workspace_id = ${workspaceId}::uuid and known.user_id = r.u
    )
    -- Each group id is looked up once per statement, not once per event.
    , groups as (
      select g, ${accountOfGroup(workspaceId, sql`distinct_groups.g`)} as account_id
      from (select distinct g from incoming where g is not null) distinct_groups
    )
    , inserted as (
      -- A messageId twice in one statement (two merged requests) is inserted once.
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
      // The request a stored event came from: the first that carried its messageId.
      : sql`, owner as (select m, min(b) as b from incoming group by m)
        select owner.b, count(*)::int as stored, (count(*) filter (where inserted.account_id is null))::int as unmatched
        from inserted join owner on owner.m = inserted.message_id group by owner.b`}`);
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
