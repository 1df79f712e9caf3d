/** Reading the touch model: the tiers with their account counts, and one account's tier card. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { assignTier } from '../../../domain/tiers/tier-model.js';
import { findAccount } from '../accounts/store.js';
import { loadAccountFacts } from './account-facts.js';
import { refreshTiers } from './refresh-tiers.js';
import { ensureDefaultTiers, findOverride, listTiers, type Tier } from './tier-store.js';
import { loadTouchRows, overdueOf } from './touch-cadence.js';

/**
 * The first read of a workspace without tiers creates the default touch model and places every
 * account in it, in one transaction (SPEC §4: useful before anyone configures anything).
 */
export async function ensureTouchModel(db: Db, workspaceId: string, now: Date): Promise<void> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from touch_tiers where workspace_id = ${workspaceId}::uuid`);
  if ((row?.n ?? 0) > 0) return;
  await db.transaction(async (tx) => {
    if (await ensureDefaultTiers(tx, workspaceId, now)) await refreshTiers(tx, workspaceId, undefined, now);
  });
}

export function presentTier(t: Tier, counts?: { accounts: number; overrides: number }) {
  return {
    id: t.id, key: t.key, name: t.name, description: t.description, position: t.position, rule: t.rule, isDefault: t.isDefault,
    meetingEveryDays: t.meetingEveryDays, reviewEveryDays: t.reviewEveryDays, automatedOnly: t.automatedOnly,
    accounts: counts?.accounts ?? 0, overrides: counts?.overrides ?? 0, updatedAt: t.updatedAt.toISOString(),
  };
}

export async function tierList(tx: Tx, workspaceId: string) {
  const tiers = await listTiers(tx, workspaceId);
  const counts = await queryRows<{ key: string; accounts: number; overrides: number }>(tx, sql`
    select a.touch_tier as key, count(*)::int as accounts, count(o.account_id)::int as overrides
    from accounts a left join tier_overrides o on o.workspace_id = a.workspace_id and o.account_id = a.id and o.tier_key = a.touch_tier
    where a.workspace_id = ${workspaceId}::uuid and a.touch_tier is not null group by a.touch_tier`);
  const byKey = new Map(counts.map((c) => [c.key, c]));
  return tiers.map((t) => presentTier(t, byKey.get(t.key)));
}

/** One account's tier: where it comes from, the override, the cadence and whether a touch is overdue. */
export async function accountTier(tx: Tx, workspaceId: string, accountId: string, now: Date) {
  const account = await findAccount(tx, workspaceId, accountId);
  if (!account) throw notFound('account.not_found', accountId);
  const today = now.toISOString().slice(0, 10);
  const tiers = await listTiers(tx, workspaceId);
  const override = await findOverride(tx, workspaceId, accountId);
  const facts = (await loadAccountFacts(tx, workspaceId, [accountId], today)).get(accountId) ?? {};
  const byRule = assignTier(tiers, null, facts);
  const current = tiers.find((t) => t.key === account.row.touchTier) ?? null;
  const source = !current ? null : override?.tierKey === current.key ? 'override' as const : current.isDefault && byRule.source !== 'rule' ? 'default' as const : 'rule' as const;
  const [setter] = override?.setBy
    ? await queryRows<{ name: string }>(tx, sql`select name from users where id = ${override.setBy}::uuid`) : [];
  const [touch] = await loadTouchRows(tx, workspaceId, [accountId], today);
  const [last] = touch ? [touch] : await queryRows<{ last_touch_at: string | null; last_review_at: string | null }>(tx, sql`
    select to_char(max(occurred_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_touch_at, null as last_review_at
    from activities where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid and kind in ('meeting', 'call')`);
  return {
    accountId,
    tierKey: current?.key ?? account.row.touchTier ?? null,
    tierName: current?.name ?? null,
    source,
    ruleTierKey: byRule.key,
    override: override ? {
      tierKey: override.tierKey, reason: override.reason, setBy: override.setBy, setByName: setter?.name ?? null, setAt: override.setAt.toISOString(),
    } : null,
    cadence: current ? { meetingEveryDays: current.meetingEveryDays, reviewEveryDays: current.reviewEveryDays, automatedOnly: current.automatedOnly } : null,
    lastTouchAt: last?.last_touch_at ?? null,
    lastReviewAt: last?.last_review_at ?? null,
    overdue: touch ? overdueOf(touch, today) : null,
    tiers: tiers.map((t) => ({ key: t.key, name: t.name })),
  };
}
