/** Phases and checklist templates of a workspace: reading them, and the defaults created on first use. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { members, users } from '../../db/schema/index.js';
import { checklistItems, phases } from '../../db/schema/journey.js';
import { defaultPhases } from '../../../domain/phases/default-phases.js';

export type PhaseRow = typeof phases.$inferSelect;
export type ChecklistItemRow = typeof checklistItems.$inferSelect;

export async function loadPhases(tx: Tx, workspaceId: string): Promise<PhaseRow[]> {
  return tx.select().from(phases).where(eq(phases.workspaceId, workspaceId)).orderBy(asc(phases.position), asc(phases.key));
}

export async function loadChecklistItems(tx: Tx, workspaceId: string, phaseKey?: string): Promise<ChecklistItemRow[]> {
  const where = phaseKey
    ? and(eq(checklistItems.workspaceId, workspaceId), eq(checklistItems.phaseKey, phaseKey))
    : eq(checklistItems.workspaceId, workspaceId);
  return tx.select().from(checklistItems).where(where).orderBy(asc(checklistItems.phaseKey), asc(checklistItems.position), asc(checklistItems.createdAt));
}

/** The workspace's language: that of its first admin (the workspace has no locale of its own). */
export async function workspaceLocale(tx: Tx, workspaceId: string): Promise<'ja' | 'en'> {
  const [admin] = await tx.select({ locale: users.locale }).from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'admin')))
    .orderBy(asc(members.createdAt)).limit(1);
  return admin?.locale === 'en' ? 'en' : 'ja';
}

/**
 * The workspace's phases, creating the default roadmap and its checklists when it has none.
 * A concurrent first use may have created them already: the unique key makes the insert a no-op.
 */
export async function ensureDefaultPhases(tx: Tx, workspaceId: string, now: Date): Promise<PhaseRow[]> {
  const existing = await loadPhases(tx, workspaceId);
  if (existing.length > 0) return existing;
  const defaults = defaultPhases(await workspaceLocale(tx, workspaceId));
  const created = await tx.insert(phases).values(defaults.map((p, i) => ({
    workspaceId, id: randomUUID(), key: p.key, name: p.name, position: (i + 1) * 10, criterion: p.criterion,
    isOnboarding: p.isOnboarding, description: p.description, createdAt: now, updatedAt: now,
  }))).onConflictDoNothing().returning({ key: phases.key });
  const fresh = new Set(created.map((r) => r.key));
  const items = defaults.filter((p) => fresh.has(p.key)).flatMap((p) => p.checklist.map((title, i) => ({
    workspaceId, id: randomUUID(), phaseKey: p.key, title, position: (i + 1) * 10, createdAt: now,
  })));
  if (items.length > 0) await tx.insert(checklistItems).values(items);
  return loadPhases(tx, workspaceId);
}
