/**
 * Stripe subscription statuses as Kizuna line statuses (SPEC §2: trial, active, past_due,
 * paused, cancelled).
 * - trialing → trial; active → active; past_due → past_due (still revenue: Stripe is retrying).
 * - paused (a trial that ended without a payment method), and an active subscription whose
 *   collection is paused (`pause_collection`) → paused: nothing is being billed.
 * - canceled, unpaid (Stripe gave up collecting) and incomplete_expired → cancelled.
 * - incomplete (the first payment has not gone through, for up to 23 hours) → no line yet.
 *   It is not a trial — nobody agreed to one — and it may never become a customer; the line
 *   starts when Stripe reports the subscription active. Such events are kept as "ignored"
 *   with this reason.
 */
import type { SubscriptionStatus } from '../subscriptions/mrr.js';
import type { StripeSubscription } from './stripe-objects.js';

export type StatusMapping = { status: SubscriptionStatus } | { skip: string };

export function lineStatusOf(subscription: Pick<StripeSubscription, 'status' | 'pause_collection'>): StatusMapping {
  switch (subscription.status) {
    case 'trialing':
      return { status: 'trial' };
    case 'active':
    case 'past_due':
      return { status: subscription.pause_collection ? 'paused' : subscription.status };
    case 'paused':
      return { status: 'paused' };
    case 'canceled':
    case 'unpaid':
    case 'incomplete_expired':
      return { status: 'cancelled' };
    case 'incomplete':
      return { skip: 'the first payment is not complete yet (status incomplete); the line starts when Stripe activates it' };
    default:
      return { skip: `unknown Stripe subscription status "${subscription.status}"` };
  }
}

/**
 * For a line first seen already cancelled: the status it most likely had before, so its
 * history shows the revenue it earned (or that it only ever trialled), or null when it
 * never became a customer at all (an incomplete subscription that expired).
 */
export function statusBeforeCancellation(
  subscription: Pick<StripeSubscription, 'status' | 'trial_end' | 'ended_at' | 'canceled_at'>, eventCreated: number,
): SubscriptionStatus | null {
  if (subscription.status === 'incomplete_expired') return null;
  const endedAt = subscription.ended_at ?? subscription.canceled_at ?? eventCreated;
  if (subscription.trial_end && endedAt <= subscription.trial_end) return 'trial';
  return 'active';
}
