/**
 * Set-based SQL over subscription lines and their dated events, for writers that touch many
 * lines at once (a history import, a multi-item Stripe subscription). The subscriptions
 * module's store holds the one-line operations; this file adds bulk reads and writes in
 * single statements (jsonb_to_recordset), so a 100,000-row history is a handful of queries.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { StoredSnapshot } from '../../../domain/billing/line-snapshots.js';
import type { StoredLine } from '../../../domain/billing/plan-line-write.js';
import type { BillingInterval, SubscriptionStatus } from '../../../domain/subscriptions/mrr.js';
import type { NewSubscriptionEventRow } from '../subscriptions/subscription-events.js';
import { toUuidArray } from '../subscriptions/account-revenue.js';

export interface KnownLine extends StoredLine {
  id: string;
  accountId: string;
  externalId: string;
}

interface LineRowSql extends Record<string, unknown> {
  id: string; account_id: string; external_id: string; product: string | null; plan: string; quantity: number;
  unit_price: number; currency: string; billing_interval: string; interval_count: number; discount_percent: number;
  status: string; started_on: string; ends_on: string | null; cancelled_on: string | null;
}

interface EventRowSql extends Record<string, unknown> {
  id: string; subscription_id: string; effective_on: string; order_ms: number; kind: string; plan: string; quantity: number;
  unit_price: number; currency: string; billing_interval: string; interval_count: number; discount_percent: number;
  status: string; ends_on: string | null;
}

const stateOf = (r: LineRowSql | EventRowSql) => ({
  plan: r.plan, quantity: r.quantity, unitPrice: r.unit_price, currency: r.currency,
  billingInterval: r.billing_interval as BillingInterval, intervalCount: r.interval_count,
  discountPercent: r.discount_percent, status: r.status as SubscriptionStatus, endsOn: r.ends_on,
});

/** Lines with these external ids, or (with `account`) also every line of that account whose id starts with `prefix`. */
export async function findKnownLines(
  tx: Tx, workspaceId: string, externalIds: readonly string[], sameSubscription?: { accountId: string; prefix: string },
): Promise<KnownLine[]> {
  const also = sameSubscription
    ? sql`or (account_id = ${sameSubscription.accountId} and left(external_id, ${sameSubscription.prefix.length}) = ${sameSubscription.prefix})`
    : sql``;
  const lines = await queryRows<LineRowSql>(tx, sql`
    select id, account_id, external_id, product, plan, quantity, unit_price, currency, billing_interval, interval_count,
      discount_percent, status, started_on, ends_on, cancelled_on
    from subscriptions
    where workspace_id = ${workspaceId} and (external_id = any(${`{${externalIds.map(quoteArrayItem).join(',')}}`}::text[]) ${also})
    for update`);
  const history = await historiesOf(tx, workspaceId, lines.map((l) => l.id));
  return lines.map((l) => ({
    id: l.id, accountId: l.account_id, externalId: l.external_id, product: l.product, startedOn: l.started_on,
    cancelledOn: l.cancelled_on, state: stateOf(l), history: history.get(l.id) ?? [],
  }));
}

async function historiesOf(tx: Tx, workspaceId: string, lineIds: string[]): Promise<Map<string, StoredSnapshot[]>> {
  const out = new Map<string, StoredSnapshot[]>();
  if (lineIds.length === 0) return out;
  const rows = await queryRows<EventRowSql>(tx, sql`
    select id, subscription_id, effective_on, (extract(epoch from recorded_at) * 1000)::bigint as order_ms, kind, plan, quantity,
      unit_price, currency, billing_interval, interval_count, discount_percent, status, ends_on
    from subscription_events
    where workspace_id = ${workspaceId} and subscription_id = any(${toUuidArray(lineIds)}::uuid[])
    order by subscription_id, effective_on, recorded_at, id`);
  for (const r of rows) {
    const list = out.get(r.subscription_id) ?? [];
    list.push({ id: r.id, effectiveOn: r.effective_on, order: r.order_ms, kind: r.kind, state: stateOf(r) });
    out.set(r.subscription_id, list);
  }
  return out;
}

/** A text[] element, quoted so commas, quotes and braces in ids survive. */
function quoteArrayItem(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export interface LineRowWrite {
  id: string; accountId: string; externalId: string; product: string | null; plan: string; quantity: number;
  unitPrice: number; currency: string; billingInterval: string; intervalCount: number; discountPercent: number;
  status: string; startedOn: string; endsOn: string | null; cancelledOn: string | null; mrr: number;
}

/** Insert new lines and update known ones, in one statement. */
export async function saveLines(tx: Tx, workspaceId: string, rows: readonly LineRowWrite[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into subscriptions (workspace_id, id, account_id, external_id, product, plan, quantity, unit_price, currency,
      billing_interval, interval_count, discount_percent, status, started_on, ends_on, cancelled_on, mrr, created_at, updated_at)
    select ${workspaceId}, v."id", v."accountId", v."externalId", v."product", v."plan", v."quantity", v."unitPrice", v."currency",
      v."billingInterval", v."intervalCount", v."discountPercent", v."status", v."startedOn", v."endsOn", v."cancelledOn", v."mrr",
      ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v("id" uuid, "accountId" uuid, "externalId" text, "product" text,
      "plan" text, "quantity" integer, "unitPrice" bigint, "currency" text, "billingInterval" text, "intervalCount" integer,
      "discountPercent" numeric, "status" text, "startedOn" date, "endsOn" date, "cancelledOn" date, "mrr" bigint)
    on conflict (workspace_id, id) do update set
      product = excluded.product, plan = excluded.plan, quantity = excluded.quantity, unit_price = excluded.unit_price,
      currency = excluded.currency, billing_interval = excluded.billing_interval, interval_count = excluded.interval_count,
      discount_percent = excluded.discount_percent, status = excluded.status, started_on = excluded.started_on,
      ends_on = excluded.ends_on, cancelled_on = excluded.cancelled_on, mrr = excluded.mrr, updated_at = excluded.updated_at`);
}

/** Insert dated events (built by buildSubscriptionEvent) in one statement. */
export async function insertEvents(tx: Tx, workspaceId: string, rows: readonly NewSubscriptionEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => ({ ...r, recordedAt: (r.recordedAt ?? new Date()).toISOString() }));
  await tx.execute(sql`
    insert into subscription_events (workspace_id, id, subscription_id, account_id, effective_on, kind, source, plan, quantity,
      unit_price, currency, billing_interval, interval_count, discount_percent, status, ends_on, mrr, recorded_at)
    select ${workspaceId}, v."id", v."subscriptionId", v."accountId", v."effectiveOn", v."kind", v."source", v."plan", v."quantity",
      v."unitPrice", v."currency", v."billingInterval", v."intervalCount", v."discountPercent", v."status", v."endsOn", v."mrr",
      v."recordedAt"
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v("id" uuid, "subscriptionId" uuid, "accountId" uuid,
      "effectiveOn" date, "kind" text, "source" text, "plan" text, "quantity" integer, "unitPrice" bigint, "currency" text,
      "billingInterval" text, "intervalCount" integer, "discountPercent" numeric, "status" text, "endsOn" date, "mrr" bigint,
      "recordedAt" timestamptz)`);
}

/** Change the kind of stored events (a line's first event stops being 'created' when earlier history arrives). */
export async function relabelEvents(tx: Tx, workspaceId: string, relabels: ReadonlyArray<{ id: string; kind: string }>): Promise<void> {
  if (relabels.length === 0) return;
  await tx.execute(sql`
    update subscription_events e set kind = v.kind
    from jsonb_to_recordset(${JSON.stringify(relabels)}::jsonb) as v(id uuid, kind text)
    where e.workspace_id = ${workspaceId} and e.id = v.id`);
}

/** Account ids by external (CRM) id, or by billing id for values no external id matches. */
export async function accountIdsByExternalId(tx: Tx, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (ids.length === 0) return found;
  const list = `{${ids.map(quoteArrayItem).join(',')}}`;
  const rows = await queryRows<{ id: string; external_id: string | null; billing_id: string | null }>(tx, sql`
    select id, external_id, billing_id from accounts
    where workspace_id = ${workspaceId} and (external_id = any(${list}::text[]) or billing_id = any(${list}::text[]))`);
  for (const r of rows) if (r.billing_id && !found.has(r.billing_id)) found.set(r.billing_id, r.id);
  for (const r of rows) if (r.external_id) found.set(r.external_id, r.id);
  return found;
}
