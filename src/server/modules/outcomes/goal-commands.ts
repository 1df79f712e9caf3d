/**
 * Writing goals: create, correct, delete, record a measured value, and review (re-agree) a goal
 * with the customer. Each checks the references against the workspace, writes, and records a
 * system entry on the account's timeline and an audit row, all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffGoal, type ReviewableGoal } from '../../../domain/outcomes/goal-fields.js';
import type { GoalBinding } from '../../../domain/outcomes/goal-binding.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { findAccount } from '../accounts/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import type { CreateGoalInput, MeasurementInput, ReviewInput, UpdateGoalInput } from './schema.js';
import {
  contactBelongsTo, deleteGoalRow, findGoalRowForUpdate, insertGoal, insertReview, isMember, isNumericAccountField,
  nextGoalPosition, updateGoalRow, upsertMeasurement, type GoalRow,
} from './goal-store.js';
import { dayOf } from './present-goal.js';

type GoalPatch = Partial<Omit<GoalRow, 'workspaceId' | 'id' | 'accountId'>>;

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });
}

/** The input with blank text as null, as a row patch. */
function normalised(input: UpdateGoalInput): GoalPatch {
  const out: GoalPatch = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    (out as Record<string, unknown>)[key] = value === '' ? null : value;
  }
  return out;
}

/** References must be this workspace's: the contact of this account, a member, a defined numeric field. */
async function checkReferences(tx: Tx, ws: string, accountId: string, goal: GoalPatch & Pick<GoalRow, 'baseline' | 'target'>, issues: FieldIssue[]) {
  if (goal.baseline === goal.target) issues.push({ path: 'target', message: 'must differ from the baseline' });
  if (goal.customerOwnerContactId && !(await contactBelongsTo(tx, ws, accountId, goal.customerOwnerContactId))) {
    issues.push({ path: 'customerOwnerContactId', message: 'no such contact on this account' });
  }
  if (goal.ownerId && !(await isMember(tx, ws, goal.ownerId))) issues.push({ path: 'ownerId', message: 'not a member of this workspace' });
  const binding = goal.binding as GoalBinding | null | undefined;
  if (binding?.type === 'account_field' && binding.field !== 'mrr' && binding.field !== 'seats'
    && !(await isNumericAccountField(tx, ws, binding.field))) {
    issues.push({ path: 'binding.field', message: 'not a numeric custom field of accounts' });
  }
}

export async function createGoal(db: Db, principal: Principal, accountId: string, input: CreateGoalInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    if (!(await findAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    const { current, ...fields } = input;
    const patch = normalised(fields);
    const issues: FieldIssue[] = [];
    await checkReferences(tx, ws, accountId, { ...patch, baseline: input.baseline, target: input.target }, issues);
    if (current !== undefined && current !== null && input.binding) {
      issues.push({ path: 'current', message: 'a bound goal measures itself; leave current out' });
    }
    throwIfIssues(issues);
    const id = randomUUID();
    await insertGoal(tx, {
      ...patch, workspaceId: ws, id, accountId, title: input.title, metric: input.metric, baseline: input.baseline,
      target: input.target, position: await nextGoalPosition(tx, ws, accountId), createdAt: now, updatedAt: now,
    });
    if (current !== undefined && current !== null) {
      await upsertMeasurement(tx, ws, { goalId: id, day: dayOf(now), value: current, source: 'manual', authorId: principal.userId, at: now });
      await updateGoalRow(tx, ws, id, { current, currentAt: now });
    }
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId, event: 'goal.created', data: { name: input.title } }], now);
    await recordAudit(tx, principal, { action: 'create', entity: 'goal', entityId: id, changes: { title: input.title, accountId } }, now);
    return id;
  });
}

export async function updateGoal(db: Db, principal: Principal, id: string, input: UpdateGoalInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const current = await findGoalRowForUpdate(tx, ws, id);
    if (!current) throw notFound('goal.not_found', id);
    const patch = normalised(input);
    const issues: FieldIssue[] = [];
    await checkReferences(tx, ws, current.accountId, { ...patch, baseline: patch.baseline ?? current.baseline, target: patch.target ?? current.target }, issues);
    throwIfIssues(issues);
    const changes = diffRecords(current as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return id;
    // Bound to a measure now: the hand-entered value no longer applies until the next refresh.
    const unbound = 'binding' in changes && patch.binding ? { current: null, currentAt: null } : {};
    await updateGoalRow(tx, ws, id, { ...patch, ...unbound, updatedAt: now });
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: current.accountId, event: 'goal.updated', data: { name: patch.title ?? current.title, changes } },
    ], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'goal', entityId: id, changes }, now);
    return id;
  });
}

export async function deleteGoal(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const deleted = await deleteGoalRow(tx, ws, id);
    if (!deleted) throw notFound('goal.not_found', id);
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: deleted.accountId, event: 'goal.deleted', data: { name: deleted.title } }], now);
    await recordAudit(tx, principal, { action: 'delete', entity: 'goal', entityId: id, changes: { title: deleted.title } }, now);
  });
}

/** A value measured by hand on one day; the goal's current value is the latest day's. */
export async function recordMeasurement(db: Db, principal: Principal, id: string, input: MeasurementInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  const day = input.day ?? dayOf(now);
  await db.transaction(async (tx) => {
    const goal = await findGoalRowForUpdate(tx, ws, id);
    if (!goal) throw notFound('goal.not_found', id);
    if (goal.binding !== null) {
      throw new AppError('goal.bound', { detail: 'This goal follows a Kizuna measure; its progress is not entered by hand.' });
    }
    if (day > dayOf(now)) throw new AppError('request.invalid', { fields: [{ path: 'day', message: 'is in the future' }] });
    const latest = await upsertMeasurement(tx, ws, { goalId: id, day, value: input.value, source: 'manual', authorId: principal.userId, at: now });
    if (latest.day === day) await updateGoalRow(tx, ws, id, { current: latest.value, currentAt: now, updatedAt: now });
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: goal.accountId, event: 'goal.measured', data: { name: goal.title, day, value: input.value } },
    ], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'goal', entityId: id, changes: { measurement: { day, value: input.value } } }, now);
  });
}

/** A review with the customer: what was re-agreed (before → after) and why, applied to the goal in the same transaction. */
export async function reviewGoal(db: Db, principal: Principal, id: string, input: ReviewInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  const reviewedOn = input.reviewedOn ?? dayOf(now);
  return db.transaction(async (tx) => {
    const goal = await findGoalRowForUpdate(tx, ws, id);
    if (!goal) throw notFound('goal.not_found', id);
    const proposed = normalised(input.changes) as Partial<ReviewableGoal>;
    const issues: FieldIssue[] = [];
    if (reviewedOn > dayOf(now)) issues.push({ path: 'reviewedOn', message: 'is in the future' });
    if (input.nextReviewOn && input.nextReviewOn <= reviewedOn) issues.push({ path: 'nextReviewOn', message: 'must be after the review' });
    const merged = { ...(proposed as GoalPatch), baseline: (proposed.baseline as number | undefined) ?? goal.baseline, target: (proposed.target as number | undefined) ?? goal.target };
    await checkReferences(tx, ws, goal.accountId, merged, issues);
    throwIfIssues(issues.map((i) => (i.path === 'nextReviewOn' || i.path === 'reviewedOn' ? i : { ...i, path: `changes.${i.path}` })));
    const changes = diffGoal(goal as unknown as ReviewableGoal, proposed);
    const reviewId = randomUUID();
    await insertReview(tx, { workspaceId: ws, id: reviewId, goalId: id, accountId: goal.accountId, reviewedOn, changes, reason: input.reason, authorId: principal.userId, createdAt: now });
    const applied = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));
    await updateGoalRow(tx, ws, id, {
      ...applied, ...(input.nextReviewOn !== undefined ? { nextReviewOn: input.nextReviewOn } : {}), updatedAt: now,
    });
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: goal.accountId, event: 'goal.reviewed', data: { name: goal.title, changes, reason: input.reason } },
    ], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'goal', entityId: id, changes: { review: reviewId, ...changes } }, now);
    return reviewId;
  });
}
