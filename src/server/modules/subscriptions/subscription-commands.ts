/**
 * Adding and deleting subscription lines. Each write, in one transaction: the line, its
 * dated event (subscription-events.ts), the account's MRR, renewal date and status
 * (refreshAccountRevenue), a system entry on the account's timeline and an audit row.
 * Changing a line is update-subscription.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { refreshAccountRevenue } from './account-revenue.js';
import type { CreateSubscriptionInput, UpdateSubscriptionInput } from './schema.js';
import {
  deleteSubscriptionRow, insertSubscription, insertSubscriptionEvents, lockAccount, lockSubscription, workspaceMoney, type SubscriptionRow,
} from './store.js';
import { buildSubscriptionEvent, mrrOfState } from './subscription-events.js';
import { checkSubscriptionLine, utcDateOf } from './subscription-rules.js';

/** Every rule applies to a new line: all its values are being set. */
const ALL_FIELDS = new Set(['currency', 'billingInterval', 'intervalCount', 'startedOn', 'endsOn', 'cancelledOn']);

export async function createSubscription(db: Db, principal: Principal, input: CreateSubscriptionInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const money = await workspaceMoney(tx, ws);
    const fields = normalisedFields(input);
    const today = utcDateOf(now);
    const startedOn = input.startedOn ?? today;
    const status = input.status ?? 'active';
    const line = {
      workspaceId: ws, id: randomUUID(), accountId: input.accountId, externalId: fields.externalId ?? null,
      product: fields.product ?? null, plan: input.plan, quantity: input.quantity ?? 1, unitPrice: input.unitPrice,
      currency: fields.currency ?? money.baseCurrency, billingInterval: input.billingInterval ?? 'month',
      intervalCount: input.intervalCount ?? 1, discountPercent: input.discountPercent ?? 0, status, startedOn,
      endsOn: input.endsOn ?? null,
      cancelledOn: input.cancelledOn ?? (status === 'cancelled' ? (today > startedOn ? today : startedOn) : null),
    };
    const issues: FieldIssue[] = [];
    // Another workspace's account reads as no account at all: its existence is not leaked.
    if (!(await lockAccount(tx, ws, input.accountId))) issues.push({ path: 'accountId', message: 'no such account' });
    issues.push(...checkSubscriptionLine(line, ALL_FIELDS, money));
    if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });

    const mrr = mrrOfState(line);
    await insertSubscription(tx, { ...line, mrr, createdAt: now, updatedAt: now });
    await insertSubscriptionEvents(tx, [buildSubscriptionEvent(line, { kind: 'created', effectiveOn: startedOn, source: 'api', recordedAt: now })]);
    await refreshAccountRevenue(tx, ws, [line.accountId]);
    const summary = { plan: line.plan, quantity: line.quantity, status, mrr, currency: line.currency, startedOn };
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: line.accountId, event: 'subscription.created', data: { subscriptionId: line.id, ...summary } },
    ], now);
    await recordAudit(tx, principal, {
      action: 'create', entity: 'subscription', entityId: line.id, changes: { accountId: line.accountId, ...summary },
    }, now);
    return line.id;
  }));
}

/** Remove a line entered in error, with its history; the account's figures follow. */
export async function deleteSubscription(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    if (!(await lockSubscription(tx, ws, id))) throw notFound('subscription.not_found', id);
    const deleted = await deleteSubscriptionRow(tx, ws, id);
    if (!deleted) throw notFound('subscription.not_found', id);
    await refreshAccountRevenue(tx, ws, [deleted.accountId]);
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: deleted.accountId, event: 'subscription.deleted', data: { subscriptionId: id, plan: deleted.plan, mrr: deleted.mrr, currency: deleted.currency } },
    ], now);
    await recordAudit(tx, principal, { action: 'delete', entity: 'subscription', entityId: id, changes: { plan: deleted.plan } }, now);
  });
}

/** The sent fields as column values: blank text as null, currency codes in capitals. */
export function normalisedFields(input: CreateSubscriptionInput | UpdateSubscriptionInput): Partial<SubscriptionRow> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'accountId' || key === 'effectiveOn') continue;
    out[key] = (key === 'externalId' || key === 'product') && value === '' ? null : value;
  }
  if (typeof out.currency === 'string') out.currency = out.currency.toUpperCase();
  return out as Partial<SubscriptionRow>;
}

export async function writeOrExplain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) === 'subscriptions_external_id_key') {
      throw new AppError('subscription.external_id_taken', {
        detail: 'Another subscription already has this externalId.',
        fields: [{ path: 'externalId', message: 'is already used by another subscription' }],
      });
    }
    throw error;
  }
}
