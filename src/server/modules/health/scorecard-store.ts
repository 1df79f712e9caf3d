/**
 * Scorecards and their versions. Every workspace has exactly one default scorecard, created
 * on first use from domain/health/default-scorecard.ts; saving a definition adds a version and
 * never rewrites an old one, so a history row can always be explained by the definition that
 * produced it.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { healthSettings, members, scorecards, scorecardVersions, users } from '../../db/schema/index.js';
import { defaultScorecardDefinition } from '../../../domain/health/default-scorecard.js';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../../domain/health/settings.js';
import type { ScorecardDefinition, ScorecardRule } from '../../../domain/health/scorecard.js';

export interface LoadedScorecard {
  id: string;
  name: string;
  position: number;
  isDefault: boolean;
  rule: ScorecardRule;
  version: number;
  definition: ScorecardDefinition;
  percentiles: Record<string, number[]>;
  updatedAt: Date;
}

export async function loadScorecards(tx: Tx, workspaceId: string): Promise<LoadedScorecard[]> {
  const rows = await tx
    .select({
      id: scorecards.id, name: scorecards.name, position: scorecards.position, isDefault: scorecards.isDefault,
      rule: scorecards.rule, version: scorecards.currentVersion, definition: scorecardVersions.definition,
      percentiles: scorecardVersions.percentiles, updatedAt: scorecards.updatedAt,
    })
    .from(scorecards)
    .innerJoin(scorecardVersions, and(
      eq(scorecardVersions.workspaceId, scorecards.workspaceId),
      eq(scorecardVersions.scorecardId, scorecards.id),
      eq(scorecardVersions.version, scorecards.currentVersion),
    ))
    .where(eq(scorecards.workspaceId, workspaceId))
    .orderBy(asc(scorecards.position), asc(scorecards.createdAt));
  return rows.map((r) => ({
    ...r, rule: r.rule as ScorecardRule, definition: r.definition as ScorecardDefinition,
  }));
}

/** The workspace's scorecards, creating the default one the first time anything asks. */
export async function ensureScorecards(tx: Tx, workspaceId: string, now: Date): Promise<LoadedScorecard[]> {
  const existing = await loadScorecards(tx, workspaceId);
  if (existing.length > 0) return existing;
  const id = randomUUID();
  // Measure labels are scorecard content: write them in the language of the workspace's first admin.
  const [admin] = await tx.select({ locale: users.locale }).from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'admin')))
    .orderBy(asc(members.createdAt)).limit(1);
  const locale = admin?.locale === 'en' ? 'en' : 'ja';
  // A concurrent first use may have created it already: the one-default index makes this a no-op then.
  const created = await tx.insert(scorecards).values({
    workspaceId, id, name: locale === 'en' ? 'Standard scorecard' : '標準スコアカード', position: 1000, isDefault: true,
    rule: { conditions: [] }, currentVersion: 1, createdAt: now, updatedAt: now,
  }).onConflictDoNothing().returning({ id: scorecards.id });
  if (created.length > 0) {
    await tx.insert(scorecardVersions).values({
      workspaceId, scorecardId: id, version: 1, definition: defaultScorecardDefinition(locale), note: 'default', createdAt: now,
    });
  }
  return loadScorecards(tx, workspaceId);
}

export async function listVersions(tx: Tx, workspaceId: string, scorecardId: string) {
  return tx.select().from(scorecardVersions)
    .where(and(eq(scorecardVersions.workspaceId, workspaceId), eq(scorecardVersions.scorecardId, scorecardId)))
    .orderBy(desc(scorecardVersions.version));
}

export async function findVersionDefinition(tx: Tx, workspaceId: string, scorecardId: string, version: number) {
  const [row] = await tx.select({ definition: scorecardVersions.definition }).from(scorecardVersions)
    .where(and(eq(scorecardVersions.workspaceId, workspaceId), eq(scorecardVersions.scorecardId, scorecardId),
      eq(scorecardVersions.version, version)));
  return row ? (row.definition as ScorecardDefinition) : null;
}

export async function savePercentiles(tx: Tx, workspaceId: string, scorecardId: string, version: number, percentiles: Record<string, number[]>) {
  await tx.update(scorecardVersions).set({ percentiles })
    .where(and(eq(scorecardVersions.workspaceId, workspaceId), eq(scorecardVersions.scorecardId, scorecardId),
      eq(scorecardVersions.version, version)));
}

export async function loadHealthSettings(tx: Tx, workspaceId: string): Promise<HealthSettings> {
  const [row] = await tx.select().from(healthSettings).where(eq(healthSettings.workspaceId, workspaceId));
  return row ? { loginEvents: row.loginEvents, sentimentStaleDays: row.sentimentStaleDays } : DEFAULT_HEALTH_SETTINGS;
}

export async function markFullRecompute(tx: Tx, workspaceId: string, day: string) {
  await tx.insert(healthSettings).values({
    workspaceId, ...DEFAULT_HEALTH_SETTINGS, lastFullRecomputeOn: day,
  }).onConflictDoUpdate({ target: healthSettings.workspaceId, set: { lastFullRecomputeOn: day } });
}
