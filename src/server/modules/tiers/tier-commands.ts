/**
 * Configuring the touch model: create, edit, delete and reorder tiers. Each write is one
 * transaction with its audit row, and re-places every account (refreshTiers), whose tier changes
 * land on their timelines. Keys are fixed once created: they are stored on accounts and overrides.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { tierOverrides, touchTiers } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { refreshTiers } from './refresh-tiers.js';
import { ensureDefaultTiers, findTier, listTiers } from './tier-store.js';
import type { CreateTierInput, UpdateTierInput } from './schema.js';

/** Only one tier is the default: making one the default clears the flag on the others first. */
async function clearDefault(tx: Tx, workspaceId: string, exceptId: string) {
  await tx.update(touchTiers).set({ isDefault: false })
    .where(and(eq(touchTiers.workspaceId, workspaceId), eq(touchTiers.isDefault, true), sql`${touchTiers.id} <> ${exceptId}::uuid`));
}

export async function createTier(db: Db, principal: Principal, input: CreateTierInput, now: Date): Promise<{ id: string; moved: number }> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    await ensureDefaultTiers(tx, ws, now);
    const tiers = await listTiers(tx, ws);
    if (tiers.some((t) => t.key === input.key)) {
      throw new AppError('touch_tier.key_taken', { detail: `A tier with the key "${input.key}" exists.`, fields: [{ path: 'key', message: 'already used by another tier' }] });
    }
    const id = randomUUID();
    // A new tier goes after the rule tiers, before the default (which is tried last anyway).
    const position = Math.max(-1, ...tiers.filter((t) => !t.isDefault).map((t) => t.position)) + 1;
    if (input.isDefault) await clearDefault(tx, ws, id);
    await tx.insert(touchTiers).values({
      workspaceId: ws, id, key: input.key, name: input.name, description: input.description ?? null, position,
      rule: input.isDefault ? { all: [] } : input.rule, isDefault: input.isDefault, meetingEveryDays: input.meetingEveryDays,
      reviewEveryDays: input.reviewEveryDays, automatedOnly: input.automatedOnly, createdAt: now, updatedAt: now,
    });
    await recordAudit(tx, principal, { action: 'create', entity: 'touch_tier', entityId: id, changes: { ...input } }, now);
    return { id, moved: await refreshTiers(tx, ws, undefined, now) };
  });
}

export async function updateTier(db: Db, principal: Principal, id: string, input: UpdateTierInput, now: Date): Promise<{ id: string; moved: number }> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const current = await findTier(tx, ws, id);
    if (!current) throw notFound('touch_tier.not_found', id);
    if (current.isDefault && input.isDefault === false) {
      throw new AppError('touch_tier.default_required', {
        detail: 'One tier must be the default. Make another tier the default instead.', fields: [{ path: 'isDefault', message: 'make another tier the default' }],
      });
    }
    const next: UpdateTierInput = { ...input };
    // Automated only wipes the cadence; giving an automated-only tier a cadence makes it a touched tier.
    if (input.automatedOnly === true) Object.assign(next, { meetingEveryDays: null, reviewEveryDays: null });
    else if (input.automatedOnly === undefined && current.automatedOnly && (input.meetingEveryDays || input.reviewEveryDays)) next.automatedOnly = false;
    // The default tier takes every account no rule matched: its own rule stays empty.
    if (input.isDefault || current.isDefault) next.rule = { all: [] };
    if (input.isDefault) await clearDefault(tx, ws, id);
    await tx.update(touchTiers).set({ ...next, updatedAt: now }).where(and(eq(touchTiers.workspaceId, ws), eq(touchTiers.id, id)));
    const changes = diffRecords(current as unknown as Record<string, unknown>, next);
    await recordAudit(tx, principal, { action: 'update', entity: 'touch_tier', entityId: id, changes: { key: current.key, ...changes } }, now);
    return { id, moved: await refreshTiers(tx, ws, undefined, now) };
  });
}

/**
 * Deletes a tier that is not the default. Overrides naming it are removed (with a timeline entry
 * on each account), and its accounts are placed again by the rules.
 */
export async function deleteTier(db: Db, principal: Principal, id: string, now: Date): Promise<number> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const current = await findTier(tx, ws, id);
    if (!current) throw notFound('touch_tier.not_found', id);
    if (current.isDefault) throw new AppError('touch_tier.default_required', { detail: 'The default tier cannot be deleted; make another tier the default first.' });
    const cleared = await tx.delete(tierOverrides)
      .where(and(eq(tierOverrides.workspaceId, ws), eq(tierOverrides.tierKey, current.key))).returning({ accountId: tierOverrides.accountId });
    await recordSystemEvents(tx, ws, principal.userId, cleared.map((o) => ({
      accountId: o.accountId, event: 'tier.override_cleared', data: { tierKey: current.key, reason: 'tier deleted' },
    })), now);
    await tx.delete(touchTiers).where(and(eq(touchTiers.workspaceId, ws), eq(touchTiers.id, id)));
    await recordAudit(tx, principal, { action: 'delete', entity: 'touch_tier', entityId: id, changes: { key: current.key, name: current.name, overridesCleared: cleared.length } }, now);
    return refreshTiers(tx, ws, undefined, now);
  });
}

/** The rule tiers in the given order; ids must be this workspace's tiers (the default may be left out). */
export async function reorderTiers(db: Db, principal: Principal, ids: string[], now: Date): Promise<number> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const found = await tx.select({ id: touchTiers.id }).from(touchTiers).where(and(eq(touchTiers.workspaceId, ws), inArray(touchTiers.id, ids)));
    if (found.length !== new Set(ids).size || found.length !== ids.length) {
      throw new AppError('request.invalid', { detail: 'List each tier of this workspace once.', fields: [{ path: 'ids', message: 'unknown or repeated tier id' }] });
    }
    await tx.execute(sql`update touch_tiers t set position = o.position, updated_at = ${now.toISOString()}::timestamptz
      from unnest(${`{${ids.join(',')}}`}::uuid[]) with ordinality as o(id, position)
      where t.workspace_id = ${ws}::uuid and t.id = o.id`);
    await recordAudit(tx, principal, { action: 'update', entity: 'touch_tier', entityId: null, changes: { order: ids } }, now);
    return refreshTiers(tx, ws, undefined, now);
  });
}
