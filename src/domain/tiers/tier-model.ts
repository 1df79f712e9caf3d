/**
 * The touch model (SPEC §3.4): every account belongs to exactly one touch tier, which sets how
 * the CS team engages it — a meeting every N days, a business review every N days, or automated
 * touches only. The tier comes from, in order: a CSM's override (always with a reason), the first
 * tier by position whose rule matches the account's facts, else the default tier.
 */
import { z } from 'zod';
import { matchesAccountRule, type AccountFacts, type AccountRule } from '../journey/account-rule.js';

export const TIER_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const TierKey = z.string().regex(TIER_KEY_PATTERN, 'lower-case letters, digits, _ or -, up to 40 characters');

/** Longest cadence anyone plausibly agrees (two years). */
export const MAX_CADENCE_DAYS = 730;
const cadenceDays = z.number().int().min(1).max(MAX_CADENCE_DAYS).nullable();

export const TierCadence = z.object({
  meetingEveryDays: cadenceDays,
  reviewEveryDays: cadenceDays,
  automatedOnly: z.boolean(),
}).superRefine((c, ctx) => {
  if (c.automatedOnly && (c.meetingEveryDays !== null || c.reviewEveryDays !== null)) {
    ctx.addIssue({ code: 'custom', path: ['automatedOnly'], message: 'an automated-only tier has no meeting or review cadence' });
  }
});
export type TierCadence = z.infer<typeof TierCadence>;

/** What assignment needs to know about a tier. */
export interface TierForAssignment {
  key: string;
  position: number;
  rule: AccountRule;
  isDefault: boolean;
}

export type TierSource = 'override' | 'rule' | 'default';

export interface TierAssignment {
  key: string | null;
  source: TierSource | null;
}

/** Tiers in the order they are tried: by position, then key for a stable order. */
export function orderTiers<T extends TierForAssignment>(tiers: readonly T[]): T[] {
  return [...tiers].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

/**
 * The tier of one account. `tiers` must already be ordered (orderTiers). An override naming a
 * tier that no longer exists is ignored. Without a default tier and no match the key is null.
 * @example
 *   assignTier(ordered, null, { arr: 4_000_000 }) // → { key: 'high', source: 'rule' }
 */
export function assignTier(tiers: readonly TierForAssignment[], overrideKey: string | null, facts: AccountFacts): TierAssignment {
  if (overrideKey !== null && tiers.some((t) => t.key === overrideKey)) return { key: overrideKey, source: 'override' };
  for (const tier of tiers) {
    if (!tier.isDefault && matchesAccountRule(tier.rule, facts)) return { key: tier.key, source: 'rule' };
  }
  const fallback = tiers.find((t) => t.isDefault);
  return fallback ? { key: fallback.key, source: 'default' } : { key: null, source: null };
}
