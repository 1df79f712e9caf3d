/**
 * Subscription lines: plan a batch (account by its external id, line by its own), upsert by
 * external id, record each new or re-priced state in the line's dated history, and refresh
 * the accounts' MRR, renewal date and status — all in the batch's transaction.
 * History, as the subscriptions API keeps it (subscription-events.ts): a new line's state
 * holds from its start date; a change holds from the run date (or the start, if later).
 * Fields the history does not record (product, start and cancellation dates) change the
 * line without a new event.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import type { PlannedRow } from '../../../domain/imports/plan-record.js';
import { planSubscriptionRow, type StoredSubscription, type SubscriptionLookup, type SubscriptionRecord } from '../../../domain/imports/plan-subscriptions.js';
import type { ParsedRow } from '../../../domain/imports/row-schema.js';
import { refreshAccountRevenue } from '../subscriptions/account-revenue.js';
import { EVENT_STATE_FIELDS, eventKindOf, mrrOfState, stateOf } from '../subscriptions/subscription-events.js';
import { insertImportEvents, insertSubscriptionEventRows, upsertRows, type SubscriptionEventInput, type UpsertSpec } from './bulk-store.js';
import {
  changingOnly, distinctValues, outcomeOf, replanLocked, type BatchPlan, type PassEnv, type WriteContext,
} from './batch-plan.js';
import { accountIdsByExternalId, findSubscriptions } from './record-store.js';

type Row = PlannedRow<SubscriptionRecord>;

const SUBSCRIPTION_UPSERT: UpsertSpec<Row> = {
  table: 'subscriptions',
  conflict: 'external_id',
  columns: [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'external_id', type: 'text', value: (r) => r.next.externalId },
    { name: 'account_id', type: 'uuid', value: (r) => r.next.accountId },
    { name: 'product', type: 'text', value: (r) => r.next.product },
    { name: 'plan', type: 'text', value: (r) => r.next.plan },
    { name: 'quantity', type: 'int', value: (r) => r.next.quantity },
    { name: 'unit_price', type: 'bigint', value: (r) => r.next.unitPrice },
    { name: 'currency', type: 'text', value: (r) => r.next.currency },
    { name: 'billing_interval', type: 'text', value: (r) => r.next.billingInterval },
    { name: 'interval_count', type: 'int', value: (r) => r.next.intervalCount },
    { name: 'discount_percent', type: 'numeric', value: (r) => r.next.discountPercent },
    { name: 'status', type: 'text', value: (r) => r.next.status },
    { name: 'started_on', type: 'date', value: (r) => r.next.startedOn },
    { name: 'ends_on', type: 'date', value: (r) => r.next.endsOn },
    { name: 'cancelled_on', type: 'date', value: (r) => r.next.cancelledOn },
    { name: 'mrr', type: 'bigint', value: (r) => r.next.mrr },
  ],
};

export async function planSubscriptionBatch(tx: Tx, env: PassEnv, rows: readonly ParsedRow[], lock: boolean): Promise<BatchPlan> {
  const ws = env.workspaceId;
  const accountIds = await accountIdsByExternalId(tx, ws, distinctValues(rows, 'accountExternalId'));
  const existing = new Map<string, StoredSubscription>();
  const remember = (found: StoredSubscription[]) => { for (const s of found) existing.set(s.externalId, s); };
  remember(await findSubscriptions(tx, ws, { externalIds: distinctValues(rows, 'externalId') }, false));
  const { baseCurrency, exchangeRates } = env.workspace;
  const lookup: SubscriptionLookup = {
    accountIds, existing, baseCurrency, today: env.today, newId: randomUUID,
    ratedCurrencies: new Set([baseCurrency, ...Object.keys(exchangeRates)]),
  };
  const plan = (row: ParsedRow) => planSubscriptionRow(env.schema, row, lookup);
  let plans = rows.map(plan);
  if (lock) plans = await replanLocked(plans, rows, async (ids) => remember(await findSubscriptions(tx, ws, { ids }, true)), plan);
  return { plans, write: (ctx) => writeSubscriptions(tx, env, changingOnly(plans), existing, ctx) };
}

async function writeSubscriptions(
  tx: Tx, env: PassEnv, plans: Row[], existing: ReadonlyMap<string, StoredSubscription>, ctx: WriteContext,
) {
  const ws = env.workspaceId;
  const written = await upsertRows(tx, ws, SUBSCRIPTION_UPSERT, plans, ctx.now);
  const { outcome, events, matched } = outcomeOf(written, plans,
    (plan, id) => ({ accountId: plan.next.accountId, data: { subscriptionId: id } }));
  const history: SubscriptionEventInput[] = [];
  const accounts = new Set<string>();
  for (const { plan, id, inserted } of matched) {
    const before = inserted ? null : existing.get(plan.next.externalId) ?? null;
    accounts.add(plan.next.accountId);
    if (before) accounts.add(before.accountId);
    const event = historyEventOf(id, plan.next, before, env.today);
    if (event) history.push(event);
  }
  await insertSubscriptionEventRows(tx, ws, history, ctx.now);
  await refreshAccountRevenue(tx, ws, [...accounts]);
  await insertImportEvents(tx, ws, ctx.jobId, ctx.authorId, events, ctx.now);
  return outcome;
}

function historyEventOf(id: string, next: SubscriptionRecord, before: StoredSubscription | null, today: string): SubscriptionEventInput | null {
  const after = stateOf(next);
  if (before && EVENT_STATE_FIELDS.every((f) => stateOf(before)[f] === after[f])) return null;
  return {
    subscriptionId: id,
    accountId: next.accountId,
    effectiveOn: before ? (today > next.startedOn ? today : next.startedOn) : next.startedOn,
    kind: eventKindOf(before ? stateOf(before) : null, after),
    ...after,
    mrr: mrrOfState(after),
  };
}
