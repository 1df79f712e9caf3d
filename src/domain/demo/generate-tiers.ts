/**
 * The demo's touch model: the default tiers (domain/tiers/default-tiers.ts, in Japanese) and a
 * few CSM overrides, each with the kind of reason a CSM writes — mid-sized accounts lifted to
 * high touch ahead of an expansion, big accounts eased to mid touch at the customer's request.
 * Accounts are placed by the loader (refreshTiers) from their MRR, so the rules decide the rest.
 */
import { addDays, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount } from './demo-types.js';
import { createRandom } from './random.js';
import { defaultTiers, HIGH_TOUCH_MIN_ARR, MID_TOUCH_MIN_ARR, type DefaultTier } from '../tiers/default-tiers.js';

export interface DemoTierOverride {
  accountId: string;
  tierKey: string;
  reason: string;
  /** the account's owner, who set it */
  setBy: string | null;
  setOn: IsoDate;
}

export interface DemoTiers {
  tiers: DefaultTier[];
  overrides: DemoTierOverride[];
}

const LIFT_REASONS = [
  '全社展開の商談が進行中のため、更新まで毎月の定例を実施する',
  '業界の旗艦事例として重点的に支援する',
  '決裁者が交代したため、関係を作り直すまで手厚く支援する',
  '競合からの乗り換え直後で、定着まで伴走が必要',
] as const;
const EASE_REASONS = [
  '先方の希望により定例は隔月で合意',
  '自走できており、月次の定例は不要と先方と合意',
] as const;

/** Up to this many lifted and eased accounts. */
export const LIFTED = 4;
export const EASED = 2;

export function generateTiers(input: { seed: number; today: IsoDate; accounts: readonly DemoAccount[]; truth: readonly AccountTruth[] }): DemoTiers {
  const random = createRandom(input.seed, 'tiers');
  const arr = new Map(input.truth.map((t) => [t.accountId, t.mrrJpy * 12]));
  const paying = input.accounts.filter((a) => (arr.get(a.id) ?? 0) > 0 && a.ownerId !== null);
  // Lifted: mid touch by ARR, on the bigger plans, the healthier half (an expansion in view).
  const health = new Map(input.truth.map((t) => [t.accountId, t.trueHealth]));
  const liftable = paying.filter((a) => {
    const v = arr.get(a.id) ?? 0;
    return v >= MID_TOUCH_MIN_ARR && v < HIGH_TOUCH_MIN_ARR && (a.plan === 'Pro' || a.plan === 'Enterprise') && (health.get(a.id) ?? 0) >= 0.5;
  });
  const easable = paying.filter((a) => (arr.get(a.id) ?? 0) >= HIGH_TOUCH_MIN_ARR && (health.get(a.id) ?? 0) >= 0.7);
  const override = (a: DemoAccount, tierKey: string, reason: string): DemoTierOverride => ({
    accountId: a.id, tierKey, reason, setBy: a.ownerId, setOn: addDays(input.today, -random.int(7, 120)),
  });
  return {
    tiers: defaultTiers('ja'),
    overrides: [
      ...random.fork('lift').sample(liftable, Math.min(LIFTED, liftable.length)).map((a, i) => override(a, 'high', LIFT_REASONS[i % LIFT_REASONS.length]!)),
      ...random.fork('ease').sample(easable, Math.min(EASED, easable.length)).map((a, i) => override(a, 'mid', EASE_REASONS[i % EASE_REASONS.length]!)),
    ],
  };
}
