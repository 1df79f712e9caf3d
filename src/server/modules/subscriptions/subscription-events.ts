/**
 * The dated history of a subscription line (subscription_events): each row is the line's full
 * state from its `effective_on` until the next row, ordered by effective_on then recorded_at,
 * so MRR on any date is the latest row on or before it. Everything that writes a line — the
 * API here, the CSV import, billing webhooks — builds its rows with `buildSubscriptionEvent`.
 */
import { randomUUID } from 'node:crypto';
import type { subscriptionEvents, subscriptions } from '../../db/schema/index.js';
import {
  monthlyRecurringRevenue, type BillingInterval, type SubscriptionStatus,
} from '../../../domain/subscriptions/mrr.js';

export const SUBSCRIPTION_EVENT_KINDS = ['created', 'changed', 'cancelled'] as const;
export type SubscriptionEventKind = (typeof SUBSCRIPTION_EVENT_KINDS)[number];

export type SubscriptionEventSource = 'api' | 'import' | 'webhook' | 'stripe' | 'demo';

type SubscriptionRow = typeof subscriptions.$inferSelect;
export type SubscriptionEventRow = typeof subscriptionEvents.$inferSelect;
export type NewSubscriptionEventRow = typeof subscriptionEvents.$inferInsert;

/** The fields an event records: everything that moves MRR or the renewal date. */
export const EVENT_STATE_FIELDS = [
  'plan', 'quantity', 'unitPrice', 'currency', 'billingInterval', 'intervalCount', 'discountPercent', 'status', 'endsOn',
] as const satisfies ReadonlyArray<keyof SubscriptionRow & keyof SubscriptionEventRow>;
export type SubscriptionState = Pick<SubscriptionRow, (typeof EVENT_STATE_FIELDS)[number]>;

/** A line as the builder needs it: which line it is, and its state. A subscriptions row fits. */
export type SubscriptionLine = Pick<SubscriptionRow, 'workspaceId' | 'id' | 'accountId'> & SubscriptionState;

export interface SubscriptionChange {
  kind: SubscriptionEventKind;
  /** 'YYYY-MM-DD': from when the state holds (a new line: its start date) */
  effectiveOn: string;
  source: SubscriptionEventSource;
  recordedAt: Date;
}

/** MRR of a state, in minor units of its own currency (domain/subscriptions/mrr.ts). */
export function mrrOfState(state: SubscriptionState): number {
  return monthlyRecurringRevenue({
    quantity: state.quantity,
    unitPrice: state.unitPrice,
    billingInterval: state.billingInterval as BillingInterval,
    intervalCount: state.intervalCount,
    discountPercent: state.discountPercent,
    status: state.status as SubscriptionStatus,
  });
}

/**
 * The subscription_events row recording `line`'s full state as of `change.effectiveOn`,
 * with its MRR computed. Insert it in the same transaction as the line's own write.
 * @example
 *   await tx.insert(subscriptionEvents).values(
 *     buildSubscriptionEvent(row, { kind: 'created', effectiveOn: row.startedOn, source: 'import', recordedAt: now }));
 */
export function buildSubscriptionEvent(line: SubscriptionLine, change: SubscriptionChange): NewSubscriptionEventRow {
  return {
    workspaceId: line.workspaceId,
    id: randomUUID(),
    subscriptionId: line.id,
    accountId: line.accountId,
    effectiveOn: change.effectiveOn,
    kind: change.kind,
    source: change.source,
    ...stateOf(line),
    mrr: mrrOfState(line),
    recordedAt: change.recordedAt,
  };
}

/**
 * The kind of event that takes a line from `before` (null: it did not exist) to `after`:
 * created, cancelled when the status becomes cancelled, else changed.
 */
export function eventKindOf(before: SubscriptionState | null, after: SubscriptionState): SubscriptionEventKind {
  if (!before) return 'created';
  return after.status === 'cancelled' && before.status !== 'cancelled' ? 'cancelled' : 'changed';
}

/** Only the recorded fields of a line or event, e.g. to compare two states. */
export function stateOf(source: SubscriptionState): SubscriptionState {
  return {
    plan: source.plan, quantity: source.quantity, unitPrice: source.unitPrice, currency: source.currency,
    billingInterval: source.billingInterval, intervalCount: source.intervalCount,
    discountPercent: source.discountPercent, status: source.status, endsOn: source.endsOn,
  };
}
