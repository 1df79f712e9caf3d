/** SQL for subscription lines and their events. Every function takes the workspace id first; nothing here decides rules. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { accounts, subscriptionEvents, subscriptions, workspaces } from '../../db/schema/index.js';
import type { Subscription, SubscriptionEvent } from './schema.js';
import type { NewSubscriptionEventRow, SubscriptionEventRow, SubscriptionState } from './subscription-events.js';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type NewSubscriptionRow = typeof subscriptions.$inferInsert;

export interface WorkspaceMoney {
  baseCurrency: string;
  /** base-currency major units per major unit of each other currency */
  exchangeRates: Record<string, number>;
}

/** An account's lines: live ones first, cancelled last, each group by start date. */
export async function listAccountSubscriptions(tx: Tx, workspaceId: string, accountId: string): Promise<SubscriptionRow[]> {
  return tx.select().from(subscriptions)
    .where(and(eq(subscriptions.workspaceId, workspaceId), eq(subscriptions.accountId, accountId)))
    .orderBy(sql`(${subscriptions.status} = 'cancelled')`, asc(subscriptions.startedOn), asc(subscriptions.createdAt), asc(subscriptions.id));
}

export async function findSubscription(tx: Tx, workspaceId: string, id: string): Promise<SubscriptionRow | null> {
  const [row] = await tx.select().from(subscriptions)
    .where(and(eq(subscriptions.workspaceId, workspaceId), eq(subscriptions.id, id)));
  return row ?? null;
}

/**
 * Lock the account row before its lines change, so concurrent writes to one account's lines
 * run one after the other and each refreshAccountRevenue reads the lines the other committed
 * (under READ COMMITTED its snapshot would otherwise miss them and store a stale MRR).
 * NO KEY UPDATE leaves foreign-key checks from other tables unblocked. False: no such account.
 */
export async function lockAccount(tx: Tx, workspaceId: string, accountId: string): Promise<boolean> {
  const [row] = await tx.select({ id: accounts.id }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId))).for('no key update');
  return Boolean(row);
}

/**
 * A line about to change, locked after its account (account first, then line: the order an
 * account's cascading delete takes, so the two cannot deadlock). Null: no such line.
 */
export async function lockSubscription(tx: Tx, workspaceId: string, id: string): Promise<SubscriptionRow | null> {
  const unlocked = await findSubscription(tx, workspaceId, id);
  if (!unlocked) return null;
  await lockAccount(tx, workspaceId, unlocked.accountId);
  const [row] = await tx.select().from(subscriptions)
    .where(and(eq(subscriptions.workspaceId, workspaceId), eq(subscriptions.id, id))).for('update');
  return row ?? null;
}

export async function insertSubscription(tx: Tx, row: NewSubscriptionRow): Promise<void> {
  await tx.insert(subscriptions).values(row);
}

export async function updateSubscriptionRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewSubscriptionRow>): Promise<void> {
  await tx.update(subscriptions).set(patch).where(and(eq(subscriptions.workspaceId, workspaceId), eq(subscriptions.id, id)));
}

/** Delete a line; its events go with it (foreign key on delete cascade). */
export async function deleteSubscriptionRow(tx: Tx, workspaceId: string, id: string) {
  const [deleted] = await tx.delete(subscriptions)
    .where(and(eq(subscriptions.workspaceId, workspaceId), eq(subscriptions.id, id)))
    .returning({ accountId: subscriptions.accountId, plan: subscriptions.plan, mrr: subscriptions.mrr, currency: subscriptions.currency });
  return deleted ?? null;
}

/** A line's events in history order: effective date, then when they were recorded. */
export async function listSubscriptionEvents(tx: Tx, workspaceId: string, subscriptionId: string): Promise<SubscriptionEventRow[]> {
  return tx.select().from(subscriptionEvents)
    .where(and(eq(subscriptionEvents.workspaceId, workspaceId), eq(subscriptionEvents.subscriptionId, subscriptionId)))
    .orderBy(asc(subscriptionEvents.effectiveOn), asc(subscriptionEvents.recordedAt), asc(subscriptionEvents.id));
}

export async function insertSubscriptionEvents(tx: Tx, rows: NewSubscriptionEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(subscriptionEvents).values(rows);
}

export interface EventCorrection {
  id: string;
  state: SubscriptionState;
  mrr: number;
}

/** Rewrite the state of several events in one statement (a back-dated change carried forward). */
export async function correctSubscriptionEvents(tx: Tx, workspaceId: string, corrections: EventCorrection[]): Promise<void> {
  if (corrections.length === 0) return;
  const rows = corrections.map((c) => ({
    id: c.id, plan: c.state.plan, quantity: c.state.quantity, unit_price: c.state.unitPrice, currency: c.state.currency,
    billing_interval: c.state.billingInterval, interval_count: c.state.intervalCount,
    discount_percent: c.state.discountPercent, status: c.state.status, ends_on: c.state.endsOn, mrr: c.mrr,
  }));
  await tx.execute(sql`
    update subscription_events e set
      plan = v.plan, quantity = v.quantity, unit_price = v.unit_price, currency = v.currency,
      billing_interval = v.billing_interval, interval_count = v.interval_count, discount_percent = v.discount_percent,
      status = v.status, ends_on = v.ends_on, mrr = v.mrr
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(
      id uuid, plan text, quantity integer, unit_price bigint, currency text, billing_interval text,
      interval_count integer, discount_percent numeric, status text, ends_on date, mrr bigint)
    where e.workspace_id = ${workspaceId} and e.id = v.id`);
}

/** Move one event to another date (the line's first event follows a corrected start date). */
export async function moveSubscriptionEvent(tx: Tx, workspaceId: string, id: string, effectiveOn: string): Promise<void> {
  await tx.update(subscriptionEvents).set({ effectiveOn })
    .where(and(eq(subscriptionEvents.workspaceId, workspaceId), eq(subscriptionEvents.id, id)));
}

export async function workspaceMoney(tx: Tx, workspaceId: string): Promise<WorkspaceMoney> {
  const [row] = await tx.select({ baseCurrency: workspaces.baseCurrency, exchangeRates: workspaces.exchangeRates })
    .from(workspaces).where(eq(workspaces.id, workspaceId));
  return row ?? { baseCurrency: 'JPY', exchangeRates: {} };
}

export function presentSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id, accountId: r.accountId, externalId: r.externalId, product: r.product, plan: r.plan, quantity: r.quantity,
    unitPrice: r.unitPrice, currency: r.currency, billingInterval: r.billingInterval as Subscription['billingInterval'],
    intervalCount: r.intervalCount, discountPercent: r.discountPercent, status: r.status as Subscription['status'],
    startedOn: r.startedOn, endsOn: r.endsOn, cancelledOn: r.cancelledOn, mrr: r.mrr,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentSubscriptionEvent(e: SubscriptionEventRow): SubscriptionEvent {
  return {
    id: e.id, subscriptionId: e.subscriptionId, accountId: e.accountId, effectiveOn: e.effectiveOn,
    kind: e.kind as SubscriptionEvent['kind'], source: e.source, plan: e.plan, quantity: e.quantity, unitPrice: e.unitPrice,
    currency: e.currency, billingInterval: e.billingInterval as SubscriptionEvent['billingInterval'],
    intervalCount: e.intervalCount, discountPercent: e.discountPercent, status: e.status as SubscriptionEvent['status'],
    endsOn: e.endsOn, mrr: e.mrr, recordedAt: e.recordedAt.toISOString(),
  };
}
