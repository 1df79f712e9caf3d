/** SQL for touch tiers and tier overrides. Every function takes the workspace id first. */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { tierOverrides, touchTiers } from '../../db/schema/index.js';
import { AccountRule } from '../../../domain/journey/account-rule.js';
import { defaultTiers, type TierLocale } from '../../../domain/tiers/default-tiers.js';
import { orderTiers } from '../../../domain/tiers/tier-model.js';

export type TierRow = typeof touchTiers.$inferSelect;

/** A stored tier with its rule parsed (a rule that no longer parses matches nothing). */
export interface Tier extends Omit<TierRow, 'rule' | 'workspaceId'> {
  rule: AccountRule;
}

const NEVER: AccountRule = { all: [{ fact: 'status', op: 'in', value: [] }] };

export function toTier(row: TierRow): Tier {
  const parsed = AccountRule.safeParse(row.rule);
  const { workspaceId: _ws, ...rest } = row;
  return { ...rest, rule: parsed.success ? parsed.data : NEVER };
}

/** The workspace's tiers in the order they are tried. */
export async function listTiers(tx: Tx, workspaceId: string): Promise<Tier[]> {
  const rows = await tx.select().from(touchTiers).where(eq(touchTiers.workspaceId, workspaceId))
    .orderBy(asc(touchTiers.position), asc(touchTiers.key));
  return orderTiers(rows.map(toTier));
}

export async function findTier(tx: Tx, workspaceId: string, id: string): Promise<Tier | null> {
  const [row] = await tx.select().from(touchTiers).where(and(eq(touchTiers.workspaceId, workspaceId), eq(touchTiers.id, id)));
  return row ? toTier(row) : null;
}

/**
 * The default touch model for a workspace that has no tiers yet (SPEC §4), in Japanese: the
 * workspace has no language of its own. Racing first reads create it once (on conflict do nothing
 * on the key). Returns true when it created them.
 */
export async function ensureDefaultTiers(tx: Tx, workspaceId: string, now: Date, locale: TierLocale = 'ja'): Promise<boolean> {
  const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(touchTiers).where(eq(touchTiers.workspaceId, workspaceId));
  if ((existing?.n ?? 0) > 0) return false;
  const inserted = await tx.insert(touchTiers).values(defaultTiers(locale).map((t) => ({
    workspaceId, id: randomUUID(), key: t.key, name: t.name, description: t.description, position: t.position,
    rule: t.rule, isDefault: t.isDefault, meetingEveryDays: t.meetingEveryDays, reviewEveryDays: t.reviewEveryDays,
    automatedOnly: t.automatedOnly, createdAt: now, updatedAt: now,
  }))).onConflictDoNothing().returning({ id: touchTiers.id });
  return inserted.length > 0;
}

export type OverrideRow = typeof tierOverrides.$inferSelect;

export async function findOverride(tx: Tx, workspaceId: string, accountId: string): Promise<OverrideRow | null> {
  const [row] = await tx.select().from(tierOverrides)
    .where(and(eq(tierOverrides.workspaceId, workspaceId), eq(tierOverrides.accountId, accountId)));
  return row ?? null;
}
