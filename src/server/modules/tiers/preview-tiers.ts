/**
 * What saving a draft of the touch model would do, before it is saved: every account is placed
 * by the draft tiers (overrides still win) and compared with its tier now — how many would move,
 * between which tiers, with how much ARR, and the first accounts that would.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connect.js';
import { orderTiers, type TierForAssignment } from '../../../domain/tiers/tier-model.js';
import type { AccountRule } from '../../../domain/journey/account-rule.js';
import { planTierChanges } from './refresh-tiers.js';

export const PREVIEW_SAMPLE = 50;

export async function previewTiers(db: Db, workspaceId: string, draft: Array<{ key: string; rule: AccountRule; isDefault: boolean }>, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const tiers = orderTiers(draft.map((t, position): TierForAssignment => ({ key: t.key, rule: t.rule, isDefault: t.isDefault, position })));
  const { changes, assigned } = await planTierChanges(db, workspaceId, undefined, today, tiers);
  const rows = await queryRows<{ id: string; name: string; mrr: number; touch_tier: string | null; currency: string }>(db, sql`
    select a.id, a.name, a.mrr, nullif(a.touch_tier, '') as touch_tier, w.base_currency as currency
    from accounts a join workspaces w on w.id = a.workspace_id where a.workspace_id = ${workspaceId}::uuid order by a.sort_key, a.id`);
  const info = new Map(rows.map((r) => [r.id, r]));
  const transitions = new Map<string, { from: string | null; to: string | null; count: number; arr: number }>();
  for (const c of changes) {
    const id = `${c.from}→${c.to}`;
    const t = transitions.get(id) ?? { from: c.from, to: c.to, count: 0, arr: 0 };
    t.count += 1;
    t.arr += Number(info.get(c.accountId)?.mrr ?? 0) * 12;
    transitions.set(id, t);
  }
  const keys = [...new Set([...draft.map((t) => t.key), ...rows.map((r) => r.touch_tier).filter((k): k is string => k !== null)])];
  const perTier = keys.map((key) => ({
    key,
    before: rows.filter((r) => r.touch_tier === key).length,
    after: [...assigned.values()].filter((a) => a.key === key).length,
  }));
  const moving = new Set(changes.map((c) => c.accountId));
  return {
    accounts: rows.length,
    moving: changes.length,
    transitions: [...transitions.values()].sort((a, b) => b.count - a.count),
    perTier,
    sample: rows.filter((r) => moving.has(r.id)).slice(0, PREVIEW_SAMPLE).map((r) => ({
      accountId: r.id, name: r.name, from: r.touch_tier, to: assigned.get(r.id)?.key ?? null, arr: Number(r.mrr) * 12,
    })),
    currency: rows[0]?.currency ?? 'JPY',
  };
}
