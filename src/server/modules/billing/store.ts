/** SQL for billing connections and received billing events. Workspace id first everywhere; no rules here. */
import { openSecret, sealSecret, secretKeyFrom } from '../../secrets/secret-box.js';
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { billingConnections, billingEvents } from '../../db/schema/index.js';

export type BillingEventRow = typeof billingEvents.$inferSelect;
export type NewBillingEventRow = typeof billingEvents.$inferInsert;
export const BILLING_EVENT_STATUSES = ['applied', 'ignored', 'unmatched', 'rejected'] as const;
/**
 * applied: its changes are written; ignored: nothing in it concerns Kizuna (another event type,
 * an incomplete subscription); unmatched: no account has its customer id yet — kept with its
 * payload until applied; rejected: its subscription could not be read — kept for a look.
 */
export type BillingEventStatus = (typeof BILLING_EVENT_STATUSES)[number];

/** Written when an event is claimed and replaced by its outcome before the transaction ends; never seen outside it. */
export const CLAIMED_STATUS = 'received';

export interface Outcome {
  status: BillingEventStatus;
  reason?: string | null;
  accountId?: string | null;
  customerId?: string | null;
  subscriptionRef?: string | null;
  warnings?: string[];
}

/**
 * The signing secret in the clear, or `unreadable` when it is sealed with a KIZUNA_SECRET_KEY this
 * server does not have (secrets/secret-box.ts); null when the workspace has no connection.
 */
export async function findSigningSecret(tx: Tx, workspaceId: string, provider: string): Promise<{ value: string | null; unreadable: boolean } | null> {
  const [row] = await tx.select({ secret: billingConnections.signingSecret }).from(billingConnections)
    .where(and(eq(billingConnections.workspaceId, workspaceId), eq(billingConnections.provider, provider)));
  return row ? openSecret(row.secret, secretKeyFrom()) : null;
}

/** What may be shown about a connection: never the secret itself. */
export async function findConnection(tx: Tx, workspaceId: string, provider: string) {
  const [row] = await tx.select({
    secret: billingConnections.signingSecret, updatedAt: billingConnections.updatedAt,
  }).from(billingConnections)
    .where(and(eq(billingConnections.workspaceId, workspaceId), eq(billingConnections.provider, provider)));
  if (!row) return null;
  const opened = openSecret(row.secret, secretKeyFrom());
  return { secretEnd: opened.value?.slice(-4) ?? null, secretUnreadable: opened.unreadable, updatedAt: row.updatedAt };
}

/** Stored sealed when the server has KIZUNA_SECRET_KEY. */
export async function saveSigningSecret(tx: Tx, workspaceId: string, provider: string, secret: string, userId: string | null, now: Date) {
  const stored = sealSecret(secret, secretKeyFrom());
  await tx.insert(billingConnections)
    .values({ workspaceId, provider, signingSecret: stored, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [billingConnections.workspaceId, billingConnections.provider],
      set: { signingSecret: stored, updatedBy: userId, updatedAt: now },
    });
}

export async function deleteConnection(tx: Tx, workspaceId: string, provider: string): Promise<boolean> {
  const deleted = await tx.delete(billingConnections)
    .where(and(eq(billingConnections.workspaceId, workspaceId), eq(billingConnections.provider, provider)))
    .returning({ provider: billingConnections.provider });
  return deleted.length > 0;
}

/** Insert the event unless its id was seen before; false means a repeated delivery. */
export async function claimBillingEvent(tx: Tx, row: NewBillingEventRow): Promise<boolean> {
  const inserted = await tx.insert(billingEvents).values(row).onConflictDoNothing()
    .returning({ eventId: billingEvents.eventId });
  return inserted.length > 0;
}

export async function settleBillingEvent(tx: Tx, workspaceId: string, eventId: string, outcome: Outcome, now: Date): Promise<void> {
  await tx.update(billingEvents).set({
    status: outcome.status,
    reason: outcome.reason ?? null,
    accountId: outcome.accountId ?? null,
    customerId: outcome.customerId ?? null,
    subscriptionRef: outcome.subscriptionRef ?? null,
    warnings: outcome.warnings ?? [],
    appliedAt: outcome.status === 'applied' ? now : null,
    // the payload is kept while the event may still be applied, and as evidence of what was applied or refused
    ...(outcome.status === 'ignored' ? { payload: null } : {}),
  }).where(and(eq(billingEvents.workspaceId, workspaceId), eq(billingEvents.eventId, eventId)));
}

/** Unmatched events of one customer, oldest first, locked so two retries cannot apply one twice. */
export async function unmatchedEventsOf(tx: Tx, workspaceId: string, customerId: string): Promise<BillingEventRow[]> {
  return tx.select().from(billingEvents)
    .where(and(eq(billingEvents.workspaceId, workspaceId), eq(billingEvents.customerId, customerId), eq(billingEvents.status, 'unmatched')))
    .orderBy(asc(billingEvents.occurredAt), asc(billingEvents.eventId))
    .for('update');
}

export async function unmatchedCustomers(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(tx, sql`
    select distinct customer_id from billing_events
    where workspace_id = ${workspaceId} and status = 'unmatched' and customer_id is not null
    order by customer_id`);
  return rows.map((r) => r.customer_id);
}

export interface EventListQuery {
  status?: BillingEventStatus | undefined;
  limit: number;
  before?: { occurredAt: Date; eventId: string } | undefined;
}

/** Newest first, keyset-paged on (occurred_at, event_id). */
export async function listBillingEvents(tx: Tx, workspaceId: string, query: EventListQuery): Promise<BillingEventRow[]> {
  const where = [eq(billingEvents.workspaceId, workspaceId)];
  if (query.status) where.push(eq(billingEvents.status, query.status));
  if (query.before) {
    const { occurredAt, eventId } = query.before;
    where.push(or(lt(billingEvents.occurredAt, occurredAt), and(eq(billingEvents.occurredAt, occurredAt), lt(billingEvents.eventId, eventId)))!);
  }
  return tx.select().from(billingEvents).where(and(...where))
    .orderBy(desc(billingEvents.occurredAt), desc(billingEvents.eventId)).limit(query.limit);
}

/**
 * The account a billing customer id belongs to, locked for the rest of the transaction so
 * events of one account apply one after the other. The billing id matches first; the
 * external (CRM) id is the fallback, for workspaces that key accounts by their Stripe id.
 */
export async function findAccountForCustomer(tx: Tx, workspaceId: string, customerId: string): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(tx, sql`
    select id from accounts
    where workspace_id = ${workspaceId} and (billing_id = ${customerId} or external_id = ${customerId})
    order by (billing_id = ${customerId}) desc nulls last
    limit 1
    for update`);
  return rows[0]?.id ?? null;
}
