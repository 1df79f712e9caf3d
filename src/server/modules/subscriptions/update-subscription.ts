/**
 * Changing a subscription line, dated: the change lands in the line's history on its
 * effective date (subscription-history.ts), the line holds the state after its last event,
 * and the account's figures, timeline and audit log follow, in one transaction.
 * Fields the history does not record (external id, product, start and cancellation dates)
 * change the line without a new event; the start date moves the line's first event with it.
 */
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { refreshAccountRevenue } from './account-revenue.js';
import type { UpdateSubscriptionInput } from './schema.js';
import {
  correctSubscriptionEvents, insertSubscriptionEvents, listSubscriptionEvents, lockSubscription,
  moveSubscriptionEvent, updateSubscriptionRow, workspaceMoney, type SubscriptionRow,
} from './store.js';
import { buildSubscriptionEvent, eventKindOf, mrrOfState } from './subscription-events.js';
import { placeChange, type HistoryEvent, type PlacedChange } from './subscription-history.js';
import { checkSubscriptionLine, utcDateOf } from './subscription-rules.js';
import { normalisedFields, writeOrExplain } from './subscription-commands.js';

const LINE_ONLY_FIELDS = ['externalId', 'product', 'startedOn', 'cancelledOn'] as const;

export async function updateSubscription(
  db: Db, principal: Principal, id: string, input: UpdateSubscriptionInput, now: Date,
): Promise<string> {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const current = await lockSubscription(tx, ws, id);
    if (!current) throw notFound('subscription.not_found', id);
    const patch = requestedPatch(input, current);
    const startedOn = patch.startedOn ?? current.startedOn;
    // A line that starts in the future is changed from its start, not from today.
    const effectiveOn = input.effectiveOn ?? maxDate(utcDateOf(now), startedOn);
    const history = await historyOf(tx, current, now);
    await checkChange(tx, current, patch, effectiveOn, history);
    if (startedOn !== current.startedOn && history[0]) {
      await moveSubscriptionEvent(tx, ws, history[0].id, startedOn);
      history[0] = { ...history[0], effectiveOn: startedOn };
    }

    const placed = placeChange(history, current, effectiveOn, patch);
    const rowPatch = linePatchOf(current, patch, placed, effectiveOn);
    const changes = { ...diffRecords(current as unknown as Record<string, unknown>, pickLineOnly(rowPatch)), ...(placed?.changes ?? {}) };
    if (Object.keys(changes).length === 0) return id;

    await updateSubscriptionRow(tx, ws, id, { ...rowPatch, updatedAt: now });
    if (placed) await writePlacedChange(tx, current, placed, effectiveOn, now);
    await refreshAccountRevenue(tx, ws, [current.accountId]);
    await recordChange(tx, principal, current, placed, changes, effectiveOn, now);
    return id;
  }));
}

/** The sent fields as column values; leaving multi_year resets the year count to 1. */
function requestedPatch(input: UpdateSubscriptionInput, current: SubscriptionRow): Partial<SubscriptionRow> {
  const patch = normalisedFields(input);
  const interval = patch.billingInterval ?? current.billingInterval;
  if (interval !== 'multi_year' && patch.intervalCount === undefined && current.intervalCount !== 1) patch.intervalCount = 1;
  return patch;
}

/** The line's events; a line stored without any (written before events existed) gets its 'created' one first. */
async function historyOf(tx: Tx, line: SubscriptionRow, now: Date): Promise<HistoryEvent[]> {
  const events = await listSubscriptionEvents(tx, line.workspaceId, line.id);
  if (events.length > 0) return events;
  const created = buildSubscriptionEvent(line, { kind: 'created', effectiveOn: line.startedOn, source: 'api', recordedAt: now });
  await insertSubscriptionEvents(tx, [created]);
  return [{ ...line, id: created.id, effectiveOn: line.startedOn }];
}

async function checkChange(
  tx: Tx, current: SubscriptionRow, patch: Partial<SubscriptionRow>, effectiveOn: string, history: HistoryEvent[],
): Promise<void> {
  const money = await workspaceMoney(tx, current.workspaceId);
  const requested = { ...current, ...patch };
  const issues: FieldIssue[] = checkSubscriptionLine(requested, new Set(Object.keys(patch)), money);
  if (effectiveOn < requested.startedOn) {
    issues.push({ path: 'effectiveOn', message: `must be on or after the start date ${requested.startedOn}` });
  }
  const earlier = history.slice(1).find((e) => e.effectiveOn < requested.startedOn);
  if (patch.startedOn !== undefined && earlier) {
    issues.push({ path: 'startedOn', message: `a change is recorded on ${earlier.effectiveOn}, before this start date` });
  }
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });
}

/**
 * What the line row becomes: its own fields as sent, the state after its last event, and the
 * cancellation date following the status (set to the change date when it becomes cancelled,
 * cleared when it is live again) unless the request gave one.
 */
function linePatchOf(
  current: SubscriptionRow, patch: Partial<SubscriptionRow>, placed: PlacedChange | null, effectiveOn: string,
): Partial<SubscriptionRow> {
  const row: Partial<SubscriptionRow> = pickLineOnly(patch);
  if (placed) Object.assign(row, placed.latest, { mrr: mrrOfState(placed.latest) });
  const status = placed ? placed.latest.status : current.status;
  if (patch.cancelledOn === undefined) {
    if (status === 'cancelled' && current.status !== 'cancelled' && current.cancelledOn === null) row.cancelledOn = effectiveOn;
    if (status !== 'cancelled' && current.status === 'cancelled' && current.cancelledOn !== null) row.cancelledOn = null;
  }
  return row;
}

function pickLineOnly(source: Partial<SubscriptionRow>): Partial<SubscriptionRow> {
  const out: Partial<SubscriptionRow> = {};
  for (const key of LINE_ONLY_FIELDS) if (source[key] !== undefined) Object.assign(out, { [key]: source[key] });
  return out;
}

async function writePlacedChange(tx: Tx, line: SubscriptionRow, placed: PlacedChange, effectiveOn: string, now: Date) {
  const kind = eventKindOf(placed.before, placed.after);
  await insertSubscriptionEvents(tx, [buildSubscriptionEvent({ ...line, ...placed.after }, { kind, effectiveOn, source: 'api', recordedAt: now })]);
  await correctSubscriptionEvents(tx, line.workspaceId, placed.corrected.map((c) => ({ ...c, mrr: mrrOfState(c.state) })));
}

async function recordChange(
  tx: Tx, principal: Principal, line: SubscriptionRow, placed: PlacedChange | null,
  changes: Record<string, [unknown, unknown]>, effectiveOn: string, now: Date,
): Promise<void> {
  const cancelled = placed !== null && eventKindOf(placed.before, placed.after) === 'cancelled';
  const dated = placed
    ? { effectiveOn, mrrBefore: mrrOfState(placed.before), mrrAfter: mrrOfState(placed.after), currency: placed.after.currency }
    : {};
  await recordSystemEvents(tx, line.workspaceId, principal.userId, [{
    accountId: line.accountId,
    event: cancelled ? 'subscription.cancelled' : 'subscription.changed',
    data: { subscriptionId: line.id, plan: placed?.latest.plan ?? line.plan, changes, ...dated },
  }], now);
  await recordAudit(tx, principal, {
    action: 'update', entity: 'subscription', entityId: line.id, changes: { ...changes, ...(placed ? { effectiveOn } : {}) },
  }, now);
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
