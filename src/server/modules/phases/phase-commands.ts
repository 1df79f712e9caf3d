/**
 * Configuring the roadmap: phases (create, change, delete, reorder) and their checklist
 * templates. Each command writes and records an audit row in one transaction. A phase that
 * accounts are in cannot be deleted (move them first); at most one phase is the onboarding phase.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { accountPhases, checklistItems, phases } from '../../db/schema/journey.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { ensureDefaultPhases } from './phase-store.js';
import type { CreatePhaseInput, UpdatePhaseInput } from './schema.js';

async function findPhase(tx: Tx, workspaceId: string, id: string) {
  const [row] = await tx.select().from(phases).where(and(eq(phases.workspaceId, workspaceId), eq(phases.id, id))).for('update');
  if (!row) throw notFound('phase.not_found', id);
  return row;
}

async function clearOtherOnboarding(tx: Tx, workspaceId: string, keepId: string) {
  await tx.update(phases).set({ isOnboarding: false }).where(and(eq(phases.workspaceId, workspaceId), ne(phases.id, keepId), eq(phases.isOnboarding, true)));
}

export async function createPhase(db: Db, principal: Principal, input: CreatePhaseInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const existing = await ensureDefaultPhases(tx, ws, now);
    if (existing.some((p) => p.key === input.key)) {
      throw new AppError('request.invalid', { detail: 'That key is taken.', fields: [{ path: 'key', message: 'another phase has this key' }] });
    }
    const id = randomUUID();
    const position = Math.max(0, ...existing.map((p) => p.position)) + 10;
    await tx.insert(phases).values({
      workspaceId: ws, id, key: input.key, name: input.name, description: input.description ?? null, position,
      criterion: input.criterion ?? null, isOnboarding: input.isOnboarding ?? false, createdAt: now, updatedAt: now,
    });
    if (input.isOnboarding) await clearOtherOnboarding(tx, ws, id);
    await recordAudit(tx, principal, { action: 'create', entity: 'phase', entityId: id, changes: { ...input } }, now);
    return id;
  });
}

export async function updatePhase(db: Db, principal: Principal, id: string, input: UpdatePhaseInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const current = await findPhase(tx, ws, id);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as UpdatePhaseInput;
    const changes = diffRecords(current as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return;
    await tx.update(phases).set({ ...patch, updatedAt: now }).where(and(eq(phases.workspaceId, ws), eq(phases.id, id)));
    if (patch.isOnboarding) await clearOtherOnboarding(tx, ws, id);
    await recordAudit(tx, principal, { action: 'update', entity: 'phase', entityId: id, changes: { key: current.key, ...changes } }, now);
  });
}

export async function deletePhase(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const current = await findPhase(tx, ws, id);
    const [inUse] = await tx.select({ n: sql<number>`count(*)::int` }).from(accountPhases)
      .where(and(eq(accountPhases.workspaceId, ws), eq(accountPhases.phaseKey, current.key)));
    if ((inUse?.n ?? 0) > 0) {
      throw new AppError('phase.in_use', { detail: `${inUse!.n} accounts are in this phase; move them to another phase first.` });
    }
    await tx.delete(checklistItems).where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.phaseKey, current.key)));
    await tx.delete(phases).where(and(eq(phases.workspaceId, ws), eq(phases.id, id)));
    await recordAudit(tx, principal, { action: 'delete', entity: 'phase', entityId: id, changes: { key: current.key, name: current.name } }, now);
  });
}

/** Puts the phases in the given order; the list must name every phase of the workspace once. */
export async function reorderPhases(db: Db, principal: Principal, ids: string[], now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const existing = await ensureDefaultPhases(tx, ws, now);
    const known = new Set(existing.map((p) => p.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i))) {
      throw new AppError('request.invalid', { detail: 'List every phase once.', fields: [{ path: 'ids', message: 'must list every phase of the workspace once' }] });
    }
    for (const [i, phaseId] of ids.entries()) {
      await tx.update(phases).set({ position: (i + 1) * 10, updatedAt: now }).where(and(eq(phases.workspaceId, ws), eq(phases.id, phaseId)));
    }
    await recordAudit(tx, principal, { action: 'update', entity: 'phase', entityId: null, changes: { order: ids.map((i) => existing.find((p) => p.id === i)!.key) } }, now);
  });
}

export async function addChecklistItem(db: Db, principal: Principal, phaseId: string, input: { title: string; description?: string | null }, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const phase = await findPhase(tx, ws, phaseId);
    const [last] = await tx.select({ max: sql<number | null>`max(${checklistItems.position})` }).from(checklistItems)
      .where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.phaseKey, phase.key)));
    const id = randomUUID();
    await tx.insert(checklistItems).values({
      workspaceId: ws, id, phaseKey: phase.key, title: input.title, description: input.description ?? null,
      position: Number(last?.max ?? 0) + 10, createdAt: now,
    });
    await recordAudit(tx, principal, { action: 'create', entity: 'checklist_item', entityId: id, changes: { phase: phase.key, title: input.title } }, now);
    return id;
  });
}

export async function updateChecklistItem(
  db: Db, principal: Principal, id: string, input: { title?: string; description?: string | null; position?: number }, now: Date,
): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(checklistItems).where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.id, id)));
    if (!current) throw notFound('checklist_item.not_found', id);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const changes = diffRecords(current as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return;
    await tx.update(checklistItems).set(patch).where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.id, id)));
    await recordAudit(tx, principal, { action: 'update', entity: 'checklist_item', entityId: id, changes }, now);
  });
}

/** Removes a template item; the ticks accounts had for it go with it. */
export async function deleteChecklistItem(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const [deleted] = await tx.delete(checklistItems).where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.id, id))).returning();
    if (!deleted) throw notFound('checklist_item.not_found', id);
    await recordAudit(tx, principal, { action: 'delete', entity: 'checklist_item', entityId: id, changes: { phase: deleted.phaseKey, title: deleted.title } }, now);
  });
}
