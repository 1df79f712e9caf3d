/**
 * Applying one mapped Stripe subscription (domain/billing/map-stripe-subscription.ts) to an
 * account inside the caller's transaction: each item's line gets the event's snapshots, lines
 * of the subscription whose item is gone are cancelled, and each dated change lands on the
 * account's timeline. History rows carry source 'stripe' and are recorded at the event's own
 * time, so same-day changes keep Stripe's order however late they arrive.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import type { MappedSubscription } from '../../../domain/billing/map-stripe-subscription.js';
import { planLineWrite } from '../../../domain/billing/plan-line-write.js';
import { snapshotOfRemovedLine, snapshotsOfLine } from '../../../domain/billing/stripe-snapshots.js';
import { monthlyRecurringRevenue } from '../../../domain/subscriptions/mrr.js';
import { LINE_STATE_FIELDS, type LineState } from '../../../domain/billing/line-snapshots.js';
import { recordSystemEvents, type SystemEvent } from '../timeline/system-events.js';
import { recordAudit } from '../audit/store.js';
import { findKnownLines } from './line-store.js';
import { writeLinePlans, type PlannedLine, type WrittenChange } from './write-line-plans.js';

export interface StripeEventMeta {
  eventId: string;
  /** event.created as a Date */
  at: Date;
}

/** Returns how many dated changes were written. */
export async function applyStripeSubscription(
  tx: Tx, workspaceId: string, accountId: string, sub: MappedSubscription, meta: StripeEventMeta, now: Date,
): Promise<number> {
  const order = meta.at.getTime();
  const known = await findKnownLines(tx, workspaceId, sub.lines.map((l) => l.externalId), { accountId, prefix: `${sub.subscriptionId}:` });
  const byExternalId = new Map(known.map((k) => [k.externalId, k]));
  const planned: PlannedLine[] = [];

  for (const line of sub.lines) {
    const stored = byExternalId.get(line.externalId) ?? null;
    const plan = planLineWrite({
      stored, incoming: snapshotsOfLine(sub, line, stored !== null, order), dedupeSameDay: false,
      product: line.product, cancelledOn: sub.cancelledOn,
    });
    // a line keeps the account it was first written to, even if the billing id later moves
    planned.push({ lineId: stored?.id ?? randomUUID(), accountId: stored?.accountId ?? accountId, externalId: line.externalId, plan });
  }
  if (sub.allItemsListed) {
    const listed = new Set(sub.lines.map((l) => l.externalId));
    for (const stored of known.filter((k) => !listed.has(k.externalId) && k.state.status !== 'cancelled')) {
      const plan = planLineWrite({ stored, incoming: [snapshotOfRemovedLine(sub, order)], dedupeSameDay: false });
      planned.push({ lineId: stored.id, accountId: stored.accountId, externalId: stored.externalId, plan });
    }
  }

  const changes = await writeLinePlans(tx, workspaceId, planned, 'stripe', now);
  await recordSystemEvents(tx, workspaceId, null, changes.map((c) => timelineEntry(c, meta)), meta.at);
  if (changes.length > 0) {
    await recordAudit(tx, { workspaceId, actor: { type: 'system', id: null } }, {
      action: 'update', entity: 'subscription', entityId: sub.subscriptionId,
      changes: { source: 'stripe', eventId: meta.eventId, lines: changes.length },
    }, now);
  }
  return changes.length;
}

function timelineEntry(change: WrittenChange, meta: StripeEventMeta): SystemEvent {
  const after = change.state;
  const changed: Record<string, [unknown, unknown]> = {};
  if (change.before) {
    for (const f of LINE_STATE_FIELDS) if (change.before[f] !== after[f]) changed[f] = [change.before[f], after[f]];
  }
  return {
    accountId: change.accountId,
    event: `subscription.${change.kind}`,
    data: {
      subscriptionId: change.lineId, plan: after.plan, source: 'stripe', stripeEventId: meta.eventId,
      effectiveOn: change.effectiveOn, currency: after.currency,
      mrrBefore: change.before ? mrrOf(change.before) : 0, mrrAfter: mrrOf(after),
      ...(change.kind === 'changed' ? { changes: changed } : {}),
    },
  };
}

function mrrOf(state: LineState): number {
  return monthlyRecurringRevenue(state);
}
