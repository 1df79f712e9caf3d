/**
 * Writing planned line changes (domain/billing/plan-line-write.ts) inside the caller's
 * transaction: the line rows, their new dated events (built by the subscriptions module's
 * buildSubscriptionEvent, so MRR is computed as everywhere else), relabelled kinds, and the
 * accounts' MRR, renewal date and status. Each kind of write is one statement, whatever the
 * number of lines.
 */
import type { Tx } from '../../db/connect.js';
import type { LineWritePlan } from '../../../domain/billing/plan-line-write.js';
import type { PlacedSnapshot } from '../../../domain/billing/line-snapshots.js';
import { refreshAccountRevenue } from '../subscriptions/account-revenue.js';
import { buildSubscriptionEvent, mrrOfState, type SubscriptionEventSource } from '../subscriptions/subscription-events.js';
import { insertEvents, relabelEvents, saveLines, type LineRowWrite } from './line-store.js';

export interface PlannedLine {
  lineId: string;
  accountId: string;
  externalId: string;
  plan: LineWritePlan;
}

export interface WrittenChange extends PlacedSnapshot {
  lineId: string;
  accountId: string;
}

/**
 * Apply every plan; returns the dated changes written, in the order given. `order` of each
 * snapshot becomes its recorded_at, which is what orders a line's changes within one day.
 */
export async function writeLinePlans(
  tx: Tx, workspaceId: string, planned: readonly PlannedLine[], source: SubscriptionEventSource, now: Date,
): Promise<WrittenChange[]> {
  const lines: LineRowWrite[] = [];
  const changes: WrittenChange[] = [];
  for (const { lineId, accountId, externalId, plan } of planned) {
    if (plan.line) {
      const { state, startedOn, cancelledOn, product } = plan.line;
      lines.push({ id: lineId, accountId, externalId, product, ...state, startedOn, cancelledOn, mrr: mrrOfState(state) });
    }
    for (const insert of plan.inserts) changes.push({ ...insert, lineId, accountId });
  }
  // Lines first: a new line's events reference it.
  await saveLines(tx, workspaceId, lines, now);
  await insertEvents(tx, workspaceId, changes.map((c) => buildSubscriptionEvent(
    { workspaceId, id: c.lineId, accountId: c.accountId, ...c.state },
    { kind: c.kind, effectiveOn: c.effectiveOn, source, recordedAt: new Date(c.order) },
  )));
  await relabelEvents(tx, workspaceId, planned.flatMap((p) => p.plan.relabels));
  const touched = [...new Set(planned.filter((p) => p.plan.line || p.plan.inserts.length > 0).map((p) => p.accountId))];
  await refreshAccountRevenue(tx, workspaceId, touched);
  return changes;
}
