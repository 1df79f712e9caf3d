/**
 * Writing VOC items: create (optionally with its first mention, so a candidate becomes an item in
 * one click), edit, move through the statuses (domain/voc/status.ts), delete. Each in one
 * transaction with its audit row; the accounts' timelines hear of mentions (mention-commands.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../errors.js';
import { normaliseAreas } from '../../../domain/voc/areas.js';
import { canMove, type VocStatus } from '../../../domain/voc/status.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { addMentionTo } from './mention-commands.js';
import type { CreateItemInput, UpdateItemInput } from './schema.js';
import { deleteItemRow, findItemRowForUpdate, insertItem, updateItemRow } from './store.js';

export async function createItem(db: Db, principal: Principal, input: CreateItemInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const row = {
      workspaceId: ws, id, title: input.title, description: input.description || null, kind: input.kind,
      areas: normaliseAreas(input.areas), status: 'new', createdBy: principal.userId, createdAt: now, updatedAt: now, sentAt: null,
    };
    await insertItem(tx, row);
    await recordAudit(tx, principal, { action: 'create', entity: 'voc_item', entityId: id, changes: { title: row.title, kind: row.kind, areas: row.areas } }, now);
    if (input.mention) await addMentionTo(tx, principal, row, input.mention, now);
    return id;
  });
}

export async function updateItem(db: Db, principal: Principal, id: string, input: UpdateItemInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const row = await findItemRowForUpdate(tx, ws, id);
    if (!row) throw notFound('voc_item.not_found', id);
    const patch = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description || null } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.areas !== undefined ? { areas: normaliseAreas(input.areas) } : {}),
    };
    const changes = diffRecords({ title: row.title, description: row.description, kind: row.kind, areas: row.areas }, patch);
    if (Object.keys(changes).length === 0) return;
    await updateItemRow(tx, ws, id, { ...patch, updatedAt: now });
    await recordAudit(tx, principal, { action: 'update', entity: 'voc_item', entityId: id, changes }, now);
  });
}

/** A plain status move (planned, done, declined, or new to reopen); sending is send-to-product.ts. */
export async function moveItem(db: Db, principal: Principal, id: string, to: Exclude<VocStatus, 'sent'>, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const row = await findItemRowForUpdate(tx, ws, id);
    if (!row) throw notFound('voc_item.not_found', id);
    const from = row.status as VocStatus;
    if (from === to) return;
    if (!canMove(from, to)) throw new AppError('voc_item.wrong_state', { detail: `An item that is ${from} cannot move to ${to}.`, fields: [{ path: 'status', message: `not allowed from ${from}` }] });
    await updateItemRow(tx, ws, id, { status: to, updatedAt: now });
    await recordAudit(tx, principal, { action: 'update', entity: 'voc_item', entityId: id, changes: { status: [from, to] } }, now);
  });
}

export async function deleteItem(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const row = await findItemRowForUpdate(tx, ws, id);
    if (!row) throw notFound('voc_item.not_found', id);
    await deleteItemRow(tx, ws, id);
    await recordAudit(tx, principal, { action: 'delete', entity: 'voc_item', entityId: id, changes: { title: row.title, status: row.status } }, now);
  });
}
