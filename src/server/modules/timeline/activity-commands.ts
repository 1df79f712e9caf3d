/**
 * Writing notes, meetings, calls and emails on an account's timeline. People write and edit
 * only these manual kinds; system entries record what Kizuna did and stay as written.
 * Each write has its audit row in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import { MANUAL_ACTIVITY_KINDS } from '../../../domain/accounts/fields.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { findAccount } from '../accounts/store.js';
import type { CreateActivityInput, UpdateActivityInput } from './schema.js';
import {
  deleteActivityRows, findActivityRowForUpdate, insertActivity, isContactOfAccount, updateActivityRow, type ActivityRow,
} from './store.js';

async function checkContact(tx: Tx, workspaceId: string, accountId: string, contactId: string | null | undefined) {
  if (!contactId || (await isContactOfAccount(tx, workspaceId, accountId, contactId))) return;
  throw new AppError('request.invalid', {
    detail: 'The contact is not one of this account\'s contacts.',
    fields: [{ path: 'contactId', message: 'is not a contact of this account' }],
  });
}

export async function createActivity(
  db: Db, principal: Principal, accountId: string, input: CreateActivityInput, now: Date,
): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    if (!(await findAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    await checkContact(tx, ws, accountId, input.contactId);
    const id = randomUUID();
    await insertActivity(tx, {
      workspaceId: ws, id, accountId, contactId: input.contactId ?? null, kind: input.kind,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now, authorId: principal.userId,
      subject: blankToNull(input.subject), body: input.body, event: null, data: null, createdAt: now,
    });
    await recordAudit(tx, principal, {
      action: 'create', entity: 'activity', entityId: id, changes: { accountId, kind: input.kind },
    }, now);
    return id;
  });
}

/** The activity, if a person may change it: system entries answer 409 activity.not_editable. */
async function editableActivity(tx: Tx, workspaceId: string, id: string): Promise<ActivityRow> {
  const row = await findActivityRowForUpdate(tx, workspaceId, id);
  if (!row) throw notFound('activity.not_found', id);
  if (!(MANUAL_ACTIVITY_KINDS as readonly string[]).includes(row.kind)) {
    throw new AppError('activity.not_editable', { detail: 'System entries record what happened and cannot be changed or deleted.' });
  }
  return row;
}

export async function updateActivity(db: Db, principal: Principal, id: string, input: UpdateActivityInput, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const current = await editableActivity(tx, ws, id);
    if (input.contactId !== current.contactId) await checkContact(tx, ws, current.accountId, input.contactId);
    const patch: Partial<ActivityRow> = {
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.occurredAt !== undefined ? { occurredAt: new Date(input.occurredAt) } : {}),
      ...(input.subject !== undefined ? { subject: blankToNull(input.subject) } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.contactId !== undefined ? { contactId: input.contactId } : {}),
    };
    const changes = diffRecords(current as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return id;
    await updateActivityRow(tx, ws, id, patch);
    await recordAudit(tx, principal, { action: 'update', entity: 'activity', entityId: id, changes: auditable(changes) }, now);
    return id;
  });
}

export async function deleteActivity(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const current = await editableActivity(tx, ws, id);
    await deleteActivityRows(tx, ws, [id]);
    await recordAudit(tx, principal, {
      action: 'delete', entity: 'activity', entityId: id,
      changes: { accountId: current.accountId, kind: current.kind, subject: current.subject },
    }, now);
  });
}

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === '' ? null : text;
}

/** The audit log says the body changed without copying up to 20,000 characters of it twice. */
function auditable(changes: Record<string, [unknown, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...changes };
  if (changes.body) out.body = 'changed';
  return out;
}
