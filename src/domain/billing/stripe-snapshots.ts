/**
 * The dated snapshots one Stripe event contributes to each line's history (placed by
 * line-snapshots.ts). `order` is the event's time in milliseconds, so deliveries that arrive
 * out of order still sort as they happened.
 *
 * A line Kizuna already knows changes on the day of the event (a cancellation: on the day
 * Stripe ended it, its paid service running on to `endsOn`). A line seen for the first time — the webhook was connected after the
 * subscription began, or its created event was lost — starts on the day Stripe says it began,
 * in the state reported; when it is first seen already cancelled, the state before is taken to
 * be the same line, live (or in trial), until churn. Exact earlier history comes from the CSV
 * history import.
 */
import type { IncomingSnapshot } from './line-snapshots.js';
import type { MappedLine, MappedSubscription } from './map-stripe-subscription.js';

export function snapshotsOfLine(sub: MappedSubscription, line: MappedLine, known: boolean, order: number): IncomingSnapshot[] {
  if (sub.status !== 'cancelled') return [{ effectiveOn: known ? sub.eventOn : line.startedOn, order, state: line.state }];
  const churn: IncomingSnapshot = { effectiveOn: sub.endedOn ?? sub.eventOn, order, state: line.state };
  if (known) return [churn];
  if (!sub.statusBefore) return []; // an expired first attempt: never a customer, no line
  const live = { ...line.state, status: sub.statusBefore };
  return [{ effectiveOn: line.startedOn, order: order - 1, state: live }, churn];
}

/** A known line of the subscription that the event no longer lists: its item was removed. */
export function snapshotOfRemovedLine(sub: MappedSubscription, order: number): IncomingSnapshot {
  return { effectiveOn: sub.endedOn ?? sub.eventOn, order, cancel: true };
}
