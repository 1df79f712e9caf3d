/**
 * Billing-system connections (Stripe webhooks). Kept apart from index.ts, which re-exports
 * this file; like every tenant table, workspace_id leads every key. There is no foreign key to
 * workspaces (it would need an import cycle with index.ts); nothing deletes workspaces today.
 */
import { index, jsonb, primaryKey, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A workspace's connection to a billing system. The Stripe webhook signing secret has to be
 * stored as it is — it keys the HMAC that checks each delivery — and is never sent back
 * out by the API once set.
 */
export const billingConnections = pgTable('billing_connections', {
  workspaceId: uuid('workspace_id').notNull(),
  /** 'stripe' */
  provider: text('provider').notNull(),
  signingSecret: text('signing_secret').notNull(),
  updatedBy: uuid('updated_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.provider] })]);

/**
 * Every billing event received, once: the key makes a repeated delivery of the same event id
 * a no-op, and the row is written in the same transaction as the event's effect. Events for a
 * customer no account matches stay here as 'unmatched' (with their payload) until applied.
 */
export const billingEvents = pgTable('billing_events', {
  workspaceId: uuid('workspace_id').notNull(),
  eventId: text('event_id').notNull(),
  provider: text('provider').notNull(),
  type: text('type').notNull(),
  /** when the event happened at the billing system (Stripe's event.created) */
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  /** applied | ignored | unmatched | rejected (billing/event-outcomes.ts) */
  status: text('status').notNull(),
  reason: text('reason'),
  customerId: text('customer_id'),
  subscriptionRef: text('subscription_ref'),
  accountId: uuid('account_id'),
  warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
  /** the event as received; kept for events that may be applied later or need a look */
  payload: jsonb('payload').$type<Record<string, unknown>>(),
  appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.eventId] }),
  index('billing_events_list_idx').on(t.workspaceId, t.status, t.occurredAt, t.eventId),
  index('billing_events_customer_idx').on(t.workspaceId, t.customerId, t.status),
]);
