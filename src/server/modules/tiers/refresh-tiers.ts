/**
 * Puts every account (or the given ones) in exactly one touch tier: its override first, then the
 * first tier by position whose rule matches, else the default tier (domain/tiers/tier-model.ts).
 * Writes `accounts.touch_tier` only where it changed — one UPDATE … FROM unnest — with a
 * `tier.changed` timeline entry per changed account and one audit row for the pass. A workspace
 * without tiers gets the default touch model first. Returns how many accounts changed tier.
 */
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { tierOverrides } from '../../db/schema/index.js';
import { assignTier, type TierForAssignment, type TierSource } from '../../../domain/tiers/tier-model.js';
import { pgArray } from '../imports/pg-array.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { loadAccountFacts } from './account-facts.js';
import { ensureDefaultTiers, listTiers } from './tier-store.js';

export interface TierChange {
  accountId: string;
  from: string | null;
  to: string | null;
  source: TierSource | null;
}

/** What refreshTiers would change, without writing: also the preview of edited tiers. */
export async function planTierChanges(
  tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string, tiers: readonly TierForAssignment[],
): Promise<{ changes: TierChange[]; assigned: Map<string, { key: string | null; source: TierSource | null }> }> {
  const facts = await loadAccountFacts(tx, workspaceId, accountIds, today);
  const overrides = new Map<string, string>();
  const rows = await tx.select({ accountId: tierOverrides.accountId, tierKey: tierOverrides.tierKey }).from(tierOverrides)
    .where(accountIds
      ? and(eq(tierOverrides.workspaceId, workspaceId), sql`${tierOverrides.accountId} = any(${pgArray(accountIds)}::uuid[])`)
      : eq(tierOverrides.workspaceId, workspaceId));
  for (const r of rows) overrides.set(r.accountId, r.tierKey);
  const changes: TierChange[] = [];
  const assigned = new Map<string, { key: string | null; source: TierSource | null }>();
  for (const [accountId, f] of facts) {
    const next = assignTier(tiers, overrides.get(accountId) ?? null, f);
    assigned.set(accountId, next);
    const current = typeof f.tier === 'string' && f.tier !== '' ? f.tier : null;
    if (current !== next.key) changes.push({ accountId, from: current, to: next.key, source: next.source });
  }
  return { changes, assigned };
}

export async function refreshTiers(tx: Tx, workspaceId: string, accountIds: string[] | undefined, now: Date): Promise<number> {
  if (accountIds && accountIds.length === 0) return 0;
  const system = { workspaceId, actor: { type: 'system' as const, id: null } };
  if (await ensureDefaultTiers(tx, workspaceId, now)) {
    await recordAudit(tx, system, { action: 'create', entity: 'touch_tier', entityId: null, changes: { defaults: true } }, now);
  }
  const tiers = await listTiers(tx, workspaceId);
  const today = now.toISOString().slice(0, 10);
  const { changes } = await planTierChanges(tx, workspaceId, accountIds, today, tiers);
  if (changes.length === 0) return 0;
  // Only rows still holding the value we saw are changed, so a racing refresh cannot log twice.
  const updated = await queryRows<{ id: string }>(tx, sql`
    update accounts a set touch_tier = c.next, updated_at = ${now.toISOString()}::timestamptz
    from unnest(${pgArray(changes.map((c) => c.accountId))}::uuid[], ${pgArray(changes.map((c) => c.from))}::text[],
      ${pgArray(changes.map((c) => c.to))}::text[]) as c(id, prev, next)
    where a.workspace_id = ${workspaceId}::uuid and a.id = c.id and nullif(a.touch_tier, '') is not distinct from c.prev
    returning a.id`);
  const done = new Set(updated.map((r) => r.id));
  const names = new Map(tiers.map((t) => [t.key, t.name]));
  const applied = changes.filter((c) => done.has(c.accountId));
  await recordSystemEvents(tx, workspaceId, null, applied.map((c) => ({
    accountId: c.accountId, event: 'tier.changed',
    // `name` is the tier entered, for the timeline's one-line text.
    data: { from: c.from, to: c.to, source: c.source, fromName: c.from ? names.get(c.from) ?? c.from : null, name: c.to ? names.get(c.to) ?? c.to : null },
  })), now);
  if (applied.length > 0) {
    await recordAudit(tx, system, {
      action: 'update', entity: 'account.touch_tier', entityId: null,
      changes: { accounts: applied.length, sample: applied.slice(0, 20).map((c) => ({ id: c.accountId, from: c.from, to: c.to })) },
    }, now);
  }
  return applied.length;
}
