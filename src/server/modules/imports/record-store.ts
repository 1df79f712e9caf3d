/**
 * Set-based reads of the records a batch of rows may match: one query per key kind for the
 * whole batch (never one per row). Before writing, the rows about to change are read again
 * with FOR UPDATE (batch-plan.ts replanLocked).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { StoredAccount } from '../../../domain/imports/plan-accounts.js';
import type { StoredContact } from '../../../domain/imports/plan-contacts.js';
import type { StoredSubscription } from '../../../domain/imports/plan-subscriptions.js';
import { pgArray } from './pg-array.js';

const lockClause = (lock: boolean): SQL => (lock ? sql`for update` : sql``);
const textArray = (values: readonly string[]) => sql`${pgArray(values)}::text[]`;

/** Records by their external ids, or by their own ids (to lock rows already found). */
export type RecordKeys = { externalIds: readonly string[] } | { ids: readonly string[] };

function keyClause(keys: RecordKeys): SQL | null {
  if ('ids' in keys) return keys.ids.length === 0 ? null : sql`id = any(${pgArray(keys.ids)}::uuid[])`;
  return keys.externalIds.length === 0 ? null : sql`external_id = any(${textArray(keys.externalIds)})`;
}

export async function findAccounts(tx: Tx, workspaceId: string, keys: RecordKeys, lock: boolean): Promise<StoredAccount[]> {
  const where = keyClause(keys);
  if (!where) return [];
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select id, external_id, name, name_reading, billing_id, product_id, industry, size_band, use_case, plan, region, owner_id, custom_fields
    from accounts where workspace_id = ${workspaceId} and ${where} ${lockClause(lock)}`);
  return rows.map((r) => ({
    id: r.id as string, externalId: r.external_id as string, name: r.name as string, nameReading: r.name_reading as string | null,
    billingId: r.billing_id as string | null, productId: r.product_id as string | null, industry: r.industry as string | null,
    sizeBand: r.size_band as StoredAccount['sizeBand'], useCase: r.use_case as string | null, plan: r.plan as string | null,
    region: r.region as string | null, ownerId: r.owner_id as string | null, customFields: (r.custom_fields ?? {}) as Record<string, unknown>,
  }));
}

/** Which account (by external id) holds each of these billing and product ids. */
export async function idHolders(tx: Tx, workspaceId: string, billingIds: readonly string[], productIds: readonly string[]) {
  const billing = new Map<string, string | null>();
  const product = new Map<string, string | null>();
  if (billingIds.length + productIds.length === 0) return { billing, product };
  const rows = await queryRows<{ external_id: string | null; billing_id: string | null; product_id: string | null }>(tx, sql`
    select external_id, billing_id, product_id from accounts
    where workspace_id = ${workspaceId} and (billing_id = any(${textArray(billingIds)}) or product_id = any(${textArray(productIds)}))`);
  for (const r of rows) {
    if (r.billing_id) billing.set(r.billing_id, r.external_id);
    if (r.product_id) product.set(r.product_id, r.external_id);
  }
  return { billing, product };
}

export async function accountIdsByExternalId(tx: Tx, workspaceId: string, externalIds: readonly string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; external_id: string }>(tx, sql`
    select id, external_id from accounts where workspace_id = ${workspaceId} and external_id = any(${textArray(externalIds)})`);
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

const CONTACT_COLUMNS = sql`id, external_id, account_id, name, name_reading, email, phone, title, level, role, notes, cadence_days, channel, custom_fields`;

function toContact(r: Record<string, unknown>): StoredContact {
  return {
    id: r.id as string, externalId: r.external_id as string | null, accountId: r.account_id as string, name: r.name as string,
    nameReading: r.name_reading as string | null, email: r.email as string | null, phone: r.phone as string | null,
    title: r.title as string | null, level: r.level as StoredContact['level'], role: r.role as StoredContact['role'],
    notes: r.notes as string | null, cadenceDays: r.cadence_days === null ? null : Number(r.cadence_days),
    channel: r.channel as StoredContact['channel'], customFields: (r.custom_fields ?? {}) as Record<string, unknown>,
  };
}

export async function findContacts(tx: Tx, workspaceId: string, keys: RecordKeys, lock: boolean): Promise<StoredContact[]> {
  const where = keyClause(keys);
  if (!where) return [];
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select ${CONTACT_COLUMNS} from contacts where workspace_id = ${workspaceId} and ${where} ${lockClause(lock)}`);
  return rows.map(toContact);
}

/** Contacts of these accounts with any of these (lower-cased) emails; the caller pairs them up. */
export async function contactsByAccountEmail(
  tx: Tx, workspaceId: string, accountIds: readonly string[], emails: readonly string[],
): Promise<StoredContact[]> {
  if (accountIds.length === 0 || emails.length === 0) return [];
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select ${CONTACT_COLUMNS} from contacts
    where workspace_id = ${workspaceId} and account_id = any(${pgArray(accountIds)}::uuid[])
      and lower(email) = any(${textArray(emails)})`);
  return rows.map(toContact);
}

export async function findSubscriptions(tx: Tx, workspaceId: string, keys: RecordKeys, lock: boolean): Promise<StoredSubscription[]> {
  const where = keyClause(keys);
  if (!where) return [];
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select id, external_id, account_id, product, plan, quantity, unit_price, currency, billing_interval, interval_count,
      discount_percent, status, started_on, ends_on, cancelled_on, mrr
    from subscriptions where workspace_id = ${workspaceId} and ${where} ${lockClause(lock)}`);
  return rows.map((r) => ({
    id: r.id as string, externalId: r.external_id as string, accountId: r.account_id as string, product: r.product as string | null,
    plan: r.plan as string, quantity: Number(r.quantity), unitPrice: Number(r.unit_price), currency: r.currency as string,
    billingInterval: r.billing_interval as StoredSubscription['billingInterval'], intervalCount: Number(r.interval_count),
    discountPercent: Number(r.discount_percent), status: r.status as StoredSubscription['status'], startedOn: r.started_on as string,
    endsOn: r.ends_on as string | null, cancelledOn: r.cancelled_on as string | null, mrr: Number(r.mrr),
  }));
}
