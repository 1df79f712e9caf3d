/**
 * What a verified Stripe event does, as small steps that each end in an outcome (applied,
 * ignored, unmatched, rejected) — never thrown away silently, never failing the delivery for
 * a reason a retry would not fix. Runs inside the transaction that claimed the event id.
 */
import type { Tx } from '../../db/connect.js';
import { mapStripeSubscription } from '../../../domain/billing/map-stripe-subscription.js';
import {
  customerIdOf, isSubscriptionEventType, StripeEvent, StripeSubscription,
} from '../../../domain/billing/stripe-objects.js';
import { applyStripeSubscription } from './apply-stripe-subscription.js';
import { findAccountForCustomer, settleBillingEvent, unmatchedEventsOf, type Outcome } from './store.js';

/**
 * The outcome of one event. With `applyEarlier`, events of the same customer that were kept
 * as unmatched are applied first, now that their account exists.
 */
export async function processStripeEvent(
  tx: Tx, workspaceId: string, event: StripeEvent, now: Date, options: { applyEarlier: boolean },
): Promise<Outcome> {
  if (!isSubscriptionEventType(event.type)) return { status: 'ignored', reason: `${event.type} events do not change subscriptions` };
  const parsed = StripeSubscription.safeParse(event.data.object);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(object)'}: ${i.message}`).join('; ');
    return { status: 'rejected', reason: `the subscription in this event could not be read (${where})` };
  }
  const sub = parsed.data;
  const refs = { customerId: customerIdOf(sub), subscriptionRef: sub.id };
  const mapping = mapStripeSubscription(sub, { created: event.created, previousStatus: event.data.previous_attributes?.status });
  if (!mapping.ok) return { status: 'ignored', reason: mapping.reason, ...refs };

  const accountId = await findAccountForCustomer(tx, workspaceId, refs.customerId);
  if (!accountId) {
    return {
      status: 'unmatched', ...refs, warnings: mapping.value.warnings,
      reason: `no account has the billing id (or external id) ${refs.customerId}; it is applied once one does`,
    };
  }
  if (options.applyEarlier) await applyUnmatchedEvents(tx, workspaceId, refs.customerId, now);
  const written = await applyStripeSubscription(tx, workspaceId, accountId, mapping.value, { eventId: event.id, at: new Date(event.created * 1000) }, now);
  return { status: 'applied', accountId, ...refs, warnings: mapping.value.warnings, reason: written === 0 ? 'no change to any line' : null };
}

/**
 * Apply the events kept as unmatched for a customer, oldest first, and record each outcome;
 * returns how many were applied. Call it once an account carries the customer's id.
 */
export async function applyUnmatchedEvents(tx: Tx, workspaceId: string, customerId: string, now: Date): Promise<number> {
  let applied = 0;
  for (const row of await unmatchedEventsOf(tx, workspaceId, customerId)) {
    const event = StripeEvent.safeParse(row.payload);
    const outcome: Outcome = event.success
      ? await processStripeEvent(tx, workspaceId, event.data, now, { applyEarlier: false })
      : { status: 'rejected', reason: 'the stored payload is no longer a readable Stripe event' };
    await settleBillingEvent(tx, workspaceId, row.eventId, outcome, now);
    if (outcome.status === 'applied') applied += 1;
  }
  return applied;
}
