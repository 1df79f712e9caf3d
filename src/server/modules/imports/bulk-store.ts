/**
 * The set-based writes of an import batch (DESIGN §3): one multi-row INSERT … SELECT FROM
 * unnest(…) per table. Upserts compare the stored values with the new ones and write only
 * rows that differ, so an unchanged row costs no write, no audit and no timeline entry;
 * `xmax = 0` on the returned row tells an insert from an update.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray, type ArrayValue } from './pg-array.js';

export type PgType = 'text' | 'uuid' | 'int' | 'bigint' | 'numeric' | 'date' | 'jsonb';

export interface UpsertColumn<R> {
  /** column name (static, from code) */
  name: string;
  type: PgType;
  value(row: R): ArrayValue;
}

export interface UpsertSpec<R> {
  table: 'accounts' | 'contacts' | 'subscriptions';
  /** the unique key after workspace_id that decides insert or update */
  conflict: 'external_id' | 'id';
  /** every written column but workspace_id and the timestamps; `id` first */
  columns: readonly UpsertColumn<R>[];
}

export interface Upserted extends Record<string, unknown> {
  id: string;
  external_id: string | null;
  inserted: boolean;
}

const raw = (names: string[], prefix = '') => sql.raw(names.map((n) => `${prefix}${n}`).join(', '));

/**
 * Insert new rows and update changed ones; returns only the rows written.
 * @example await upsertRows(tx, ws, ACCOUNT_UPSERT, plans, now) // [{ id, external_id, inserted: true }, …]
 */
export async function upsertRows<R>(tx: Tx, workspaceId: string, spec: UpsertSpec<R>, rows: readonly R[], now: Date): Promise<Upserted[]> {
  if (rows.length === 0) return [];
  const names = spec.columns.map((c) => c.name);
  const arrays: SQL[] = spec.columns.map((c) => sql`${pgArray(rows.map((r) => c.value(r)))}::${sql.raw(c.type)}[]`);
  const updated = names.filter((n) => n !== 'id' && n !== spec.conflict);
  const at = now.toISOString();
  return queryRows<Upserted>(tx, sql`
    insert into ${sql.raw(spec.table)} as cur (workspace_id, ${raw(names)}, created_at, updated_at)
    select ${workspaceId}::uuid, ${raw(names, 't.')}, ${at}::timestamptz, ${at}::timestamptz
    from unnest(${sql.join(arrays, sql`, `)}) as t(${raw(names)})
    on conflict (workspace_id, ${sql.raw(spec.conflict)}) do update
      set ${sql.raw(updated.map((n) => `${n} = excluded.${n}`).join(', '))}, updated_at = excluded.updated_at
      where (${raw(updated, 'cur.')}) is distinct from (${raw(updated, 'excluded.')})
    returning cur.id, cur.external_id, (cur.xmax = 0) as inserted`);
}

export interface ImportEvent {
  accountId: string;
  contactId?: string | null;
  event: 'import.created' | 'import.updated';
  /** merged into the entry's data after {jobId}: e.g. the changes of an update */
  extra: Record<string, unknown> | null;
}

/** System entries on account timelines for the records a batch created or changed (timeline/system-events.ts, in bulk). */
export async function insertImportEvents(
  tx: Tx, workspaceId: string, jobId: string, authorId: string | null, events: readonly ImportEvent[], now: Date,
) {
  if (events.length === 0) return;
  const at = now.toISOString();
  await tx.execute(sql`
    insert into activities (workspace_id, id, account_id, contact_id, kind, occurred_at, author_id, event, data, created_at)
    select ${workspaceId}::uuid, gen_random_uuid(), t.account_id, t.contact_id, 'system', ${at}::timestamptz, ${authorId}::uuid,
      t.event, jsonb_build_object('jobId', ${jobId}::text) || coalesce(t.extra, '{}'::jsonb), ${at}::timestamptz
    from unnest(${pgArray(events.map((e) => e.accountId))}::uuid[], ${pgArray(events.map((e) => e.contactId ?? null))}::uuid[],
      ${pgArray(events.map((e) => e.event))}::text[], ${pgArray(events.map((e) => e.extra))}::jsonb[])
      as t(account_id, contact_id, event, extra)`);
}

export interface SubscriptionEventInput {
  subscriptionId: string;
  accountId: string;
  effectiveOn: string;
  kind: string;
  plan: string;
  quantity: number;
  unitPrice: number;
  currency: string;
  billingInterval: string;
  intervalCount: number;
  discountPercent: number;
  status: string;
  endsOn: string | null;
  mrr: number;
}

/** Dated history rows of subscription lines (subscriptions/subscription-events.ts), source 'import'. */
export async function insertSubscriptionEventRows(tx: Tx, workspaceId: string, events: readonly SubscriptionEventInput[], now: Date) {
  if (events.length === 0) return;
  const col = (pick: (e: SubscriptionEventInput) => ArrayValue, type: PgType) => sql`${pgArray(events.map(pick))}::${sql.raw(type)}[]`;
  await tx.execute(sql`
    insert into subscription_events (workspace_id, id, subscription_id, account_id, effective_on, kind, source, plan, quantity,
      unit_price, currency, billing_interval, interval_count, discount_percent, status, ends_on, mrr, recorded_at)
    select ${workspaceId}::uuid, gen_random_uuid(), t.subscription_id, t.account_id, t.effective_on, t.kind, 'import', t.plan,
      t.quantity, t.unit_price, t.currency, t.billing_interval, t.interval_count, t.discount_percent, t.status, t.ends_on, t.mrr,
      ${now.toISOString()}::timestamptz
    from unnest(${col((e) => e.subscriptionId, 'uuid')}, ${col((e) => e.accountId, 'uuid')}, ${col((e) => e.effectiveOn, 'date')},
      ${col((e) => e.kind, 'text')}, ${col((e) => e.plan, 'text')}, ${col((e) => e.quantity, 'int')}, ${col((e) => e.unitPrice, 'bigint')},
      ${col((e) => e.currency, 'text')}, ${col((e) => e.billingInterval, 'text')}, ${col((e) => e.intervalCount, 'int')},
      ${col((e) => e.discountPercent, 'numeric')}, ${col((e) => e.status, 'text')}, ${col((e) => e.endsOn, 'date')},
      ${col((e) => e.mrr, 'bigint')})
      as t(subscription_id, account_id, effective_on, kind, plan, quantity, unit_price, currency, billing_interval, interval_count,
        discount_percent, status, ends_on, mrr)`);
}
