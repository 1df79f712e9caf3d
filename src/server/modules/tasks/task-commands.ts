/**
 * Tasks through the API: add one by hand, and change one (done, reopen, cancel, reassign, due
 * date, wording). Each change is written with its timeline entries, an audit row and — when the
 * task changes hands — a notification to the new assignee, in one transaction.
 */
import type { Db, Tx } from '../../db/connect.js';
import { and, eq } from 'drizzle-orm';
import { accounts } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { recordSystemEvents, type SystemEvent } from '../timeline/system-events.js';
import { notify } from '../notifications/notify.js';
import { createTask } from './create-task.js';
import { findTaskRowForUpdate, isMember, updateTaskRow, type TaskRow } from './task-store.js';
import type { CreateTaskInput, UpdateTaskInput } from './schema.js';

async function checkAssignee(tx: Tx, workspaceId: string, assigneeId: string | null | undefined): Promise<void> {
  if (assigneeId && !(await isMember(tx, workspaceId, assigneeId))) {
    throw new AppError('request.invalid', { detail: 'The assignee is not a member of this workspace.', fields: [{ path: 'assigneeId', message: 'not a member of this workspace' }] });
  }
}

async function ownerOf(tx: Tx, workspaceId: string, accountId: string): Promise<string | null> {
  const [row] = await tx.select({ ownerId: accounts.ownerId }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId))).limit(1);
  if (!row) throw notFound('account.not_found', accountId);
  return row.ownerId;
}

export async function addTask(db: Db, principal: Principal, input: CreateTaskInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const owner = await ownerOf(tx, ws, input.accountId);
    const assigneeId = input.assigneeId !== undefined ? input.assigneeId : (principal.userId ?? owner);
    await checkAssignee(tx, ws, assigneeId);
    return createTask(tx, ws, {
      accountId: input.accountId, assigneeId, title: input.title, reason: input.reason, dueOn: input.dueOn ?? null,
      source: 'manual', createdBy: principal.userId, at: now,
    }, principal);
  });
}

const STATUS_EVENT = { done: 'task.done', open: 'task.reopened', cancelled: 'task.cancelled' } as const;

/** The timeline entries for one change: the status, the hand-over, and any other field, each its own entry. */
function eventsFor(before: TaskRow, changes: Record<string, [unknown, unknown]>): SystemEvent[] {
  const base = { taskId: before.id, title: (changes.title?.[1] as string | undefined) ?? before.title };
  const events: SystemEvent[] = [];
  if (changes.status) {
    events.push({ accountId: before.accountId, event: STATUS_EVENT[changes.status[1] as keyof typeof STATUS_EVENT], data: base });
  }
  if (changes.assigneeId) {
    events.push({ accountId: before.accountId, event: 'task.reassigned', data: { ...base, from: changes.assigneeId[0], to: changes.assigneeId[1] } });
  }
  const rest = Object.fromEntries(Object.entries(changes).filter(([k]) => k !== 'status' && k !== 'assigneeId'));
  if (Object.keys(rest).length > 0) events.push({ accountId: before.accountId, event: 'task.updated', data: { ...base, changes: rest } });
  return events;
}

export async function updateTask(db: Db, principal: Principal, id: string, input: UpdateTaskInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const before = await findTaskRowForUpdate(tx, ws, id);
    if (!before) throw notFound('task.not_found', id);
    if (input.assigneeId !== undefined && input.assigneeId !== before.assigneeId) await checkAssignee(tx, ws, input.assigneeId);
    const changes = diffRecords(before as unknown as Record<string, unknown>, input as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return;
    const closing = changes.status
      ? input.status === 'done' ? { doneAt: now, doneBy: principal.userId } : { doneAt: null, doneBy: null }
      : {};
    await updateTaskRow(tx, ws, id, { ...input, ...closing, updatedAt: now } as Partial<TaskRow>);
    await recordSystemEvents(tx, ws, principal.userId, eventsFor(before, changes), now);
    await recordAudit(tx, principal, { action: 'update', entity: 'task', entityId: id, changes }, now);
    const newAssignee = input.assigneeId;
    if (changes.assigneeId && newAssignee && newAssignee !== principal.userId) {
      const [account] = await tx.select({ name: accounts.name }).from(accounts)
        .where(and(eq(accounts.workspaceId, ws), eq(accounts.id, before.accountId))).limit(1);
      await notify(tx, ws, {
        userIds: [newAssignee], kind: 'task.assigned', accountId: before.accountId,
        data: { taskId: id, title: input.title ?? before.title, accountName: account?.name ?? '', dueOn: input.dueOn ?? before.dueOn, source: before.source },
        link: `/tasks?task=${id}`,
      });
    }
  });
}
