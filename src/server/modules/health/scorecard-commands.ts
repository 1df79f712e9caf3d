/**
 * Creating, changing, reordering and deleting scorecards. A definition change adds a version;
 * every change is audited and followed by a full recompute in the same transaction, so bands
 * never show a mix of old and new definitions.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { scorecards, scorecardVersions } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import { validateScorecard, type ScorecardDefinition } from '../../../domain/health/scorecard.js';
import { recordAudit, type Actor } from '../audit/store.js';
import { recomputeAllHealth } from './recompute-all.js';
import { ensureScorecards } from './scorecard-store.js';
import type { ScorecardInput, ScorecardUpdate } from './schema.js';

function assertValid(definition: ScorecardDefinition) {
  const problems = validateScorecard(definition);
  if (problems.length > 0) {
    throw new AppError('scorecard.invalid', {
      detail: 'The scorecard definition has problems.',
      fields: problems.map((p) => ({ path: `definition.${p.path}`, message: p.message })),
    });
  }
}

export async function createScorecard(db: Db, actor: Actor & { userId: string | null }, input: ScorecardInput, now: Date) {
  assertValid(input.definition);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const existing = await ensureScorecards(tx, actor.workspaceId, now);
    const position = Math.max(0, ...existing.filter((s) => !s.isDefault).map((s) => s.position + 10));
    await tx.insert(scorecards).values({
      workspaceId: actor.workspaceId, id, name: input.name, position, isDefault: false, rule: input.rule,
      currentVersion: 1, createdAt: now, updatedAt: now,
    });
    await tx.insert(scorecardVersions).values({
      workspaceId: actor.workspaceId, scorecardId: id, version: 1, definition: input.definition,
      note: input.note ?? null, createdBy: actor.userId, createdAt: now,
    });
    await recordAudit(tx, actor, { action: 'create', entity: 'scorecard', entityId: id, changes: { name: input.name, rule: input.rule } }, now);
    await recomputeAllHealth(tx, actor.workspaceId, { now });
  });
  return id;
}

export async function updateScorecard(db: Db, actor: Actor & { userId: string | null }, id: string, input: ScorecardUpdate, now: Date) {
  if (input.definition) assertValid(input.definition);
  await db.transaction(async (tx) => {
    const all = await ensureScorecards(tx, actor.workspaceId, now);
    const current = all.find((s) => s.id === id);
    if (!current) throw notFound('scorecard.not_found', id);
    if (current.isDefault && input.rule && input.rule.conditions.length > 0) {
      throw new AppError('scorecard.default_required', {
        detail: 'The default scorecard applies to every account no other rule matches; it cannot have conditions.',
        fields: [{ path: 'rule.conditions', message: 'Leave empty for the default scorecard.' }],
      });
    }
    const definitionChanged = input.definition !== undefined
      && JSON.stringify(input.definition) !== JSON.stringify(current.definition);
    const version = definitionChanged ? current.version + 1 : current.version;
    if (definitionChanged && input.definition) {
      await tx.insert(scorecardVersions).values({
        workspaceId: actor.workspaceId, scorecardId: id, version, definition: input.definition,
        note: input.note ?? null, createdBy: actor.userId, createdAt: now,
      });
    }
    await tx.update(scorecards).set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.rule !== undefined ? { rule: input.rule } : {}),
      ...(input.position !== undefined && !current.isDefault ? { position: input.position } : {}),
      currentVersion: version,
      updatedAt: now,
    }).where(and(eq(scorecards.workspaceId, actor.workspaceId), eq(scorecards.id, id)));
    await recordAudit(tx, actor, {
      action: 'update', entity: 'scorecard', entityId: id,
      changes: { version, ...(input.name ? { name: input.name } : {}), ...(input.rule ? { rule: input.rule } : {}), ...(input.note ? { note: input.note } : {}) },
    }, now);
    await recomputeAllHealth(tx, actor.workspaceId, { now });
  });
}

export async function deleteScorecard(db: Db, actor: Actor, id: string, now: Date) {
  await db.transaction(async (tx) => {
    const all = await ensureScorecards(tx, actor.workspaceId, now);
    const current = all.find((s) => s.id === id);
    if (!current) throw notFound('scorecard.not_found', id);
    if (current.isDefault) {
      throw new AppError('scorecard.default_required', { detail: 'The default scorecard cannot be deleted; edit it instead.' });
    }
    // History rows keep their scorecard id and version; the versions stay for them.
    await tx.delete(scorecards).where(and(eq(scorecards.workspaceId, actor.workspaceId), eq(scorecards.id, id)));
    await recordAudit(tx, actor, { action: 'delete', entity: 'scorecard', entityId: id, changes: { name: current.name } }, now);
    await recomputeAllHealth(tx, actor.workspaceId, { now });
  });
}

export async function countScoredByScorecard(db: Db, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db.execute(sql`
    select scorecard_id, count(*)::int as n from health_scores where workspace_id = ${workspaceId}::uuid group by scorecard_id`);
  const map = new Map<string, number>();
  for (const row of (rows as unknown as { rows: { scorecard_id: string; n: number }[] }).rows) map.set(row.scorecard_id, Number(row.n));
  return map;
}
