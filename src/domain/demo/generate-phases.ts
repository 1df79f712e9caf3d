/**
 * The demo's success roadmap: the default phases (in Japanese) with their checklists, and for
 * every customer the path it took — driven by the hidden true health and the account's age.
 * - enters 導入期 on its first paid day;
 * - moves to 活用・定着期 after 60 days or more (the default criterion: score ≥ 60 and 60 days
 *   since the subscription started) — sooner the healthier; unhealthy accounts (true health
 *   below 0.35) stay in onboarding;
 * - healthy accounts (≥ 0.65) move to 拡大期 after 90 days or more in adopt;
 * - 90 days before each yearly anniversary it enters 更新期; ten days after a renewal its CSM
 *   moves it back (by hand, with a reason) and unpins it so rules resume;
 * - a few accounts were moved back to onboarding by hand and stay pinned (a new project owner);
 * - churned accounts stop where they churned.
 * Onboarding checklist items are ticked during onboarding: the whole list for most healthy accounts.
 */
import { addDays, daysBetween, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount } from './demo-types.js';
import { createRandom } from './random.js';
import { defaultPhases, type DefaultPhase } from '../phases/default-phases.js';
import type { PhaseCriterion } from '../phases/criteria.js';

export interface DemoPhaseTransition {
  accountId: string;
  from: string | null;
  to: string;
  on: IsoDate;
  source: 'initial' | 'rule' | 'manual';
  criterion: { criterion: PhaseCriterion; saw: Record<string, number | string | null> } | null;
  reason: string | null;
  actorId: string | null;
}

export interface DemoChecklistTick {
  accountId: string;
  itemId: string;
  on: IsoDate;
  by: string | null;
}

export interface DemoPhases {
  phases: Array<DefaultPhase & { position: number; itemIds: string[] }>;
  transitions: DemoPhaseTransition[];
  ticks: DemoChecklistTick[];
  /** the final place of each account on the roadmap */
  placements: Array<{ accountId: string; phaseKey: string; enteredOn: IsoDate; pinned: boolean; pinReason: string | null }>;
}

const RESET_REASONS = ['先方の推進担当が交代したため、導入支援からやり直す', '利用部署が入れ替わり、初期設定と研修を再実施する'] as const;
const AFTER_RENEWAL = '更新が完了。次の契約期間の活用計画を合意したため'; // moved back after a renewal

export function generatePhases(input: { seed: number; today: IsoDate; accounts: readonly DemoAccount[]; truth: readonly AccountTruth[] }): DemoPhases {
  const random = createRandom(input.seed, 'phases');
  const defaults = defaultPhases('ja');
  const phases = defaults.map((p, i) => ({ ...p, position: (i + 1) * 10, itemIds: p.checklist.map(() => random.uuid()) }));
  const criterionOf = new Map(defaults.map((p) => [p.key, p.criterion]));
  const owner = new Map(input.accounts.map((a) => [a.id, a.ownerId]));
  const transitions: DemoPhaseTransition[] = [];
  const ticks: DemoChecklistTick[] = [];
  const placements: DemoPhases['placements'] = [];
  const onboardingItems = phases[0]!.itemIds;
  const adoptItems = phases[1]!.itemIds;

  for (const truth of input.truth) {
    if (!truth.firstPaidOn || truth.firstPaidOn > input.today) continue;
    const r = random.fork(truth.accountId);
    const h = truth.trueHealth;
    const end = truth.churnedOn && truth.churnedOn <= input.today ? truth.churnedOn : input.today;
    const by = owner.get(truth.accountId) ?? null;
    const start = truth.firstPaidOn;
    const path: DemoPhaseTransition[] = [];
    const move = (to: string, on: IsoDate, source: DemoPhaseTransition['source'], saw: Record<string, number | string | null> | null, reason: string | null = null) => {
      const criterion = criterionOf.get(to) ?? null;
      path.push({
        accountId: truth.accountId, from: path.at(-1)?.to ?? null, to, on, source,
        criterion: source === 'rule' && criterion && saw ? { criterion, saw } : null, reason, actorId: source === 'manual' ? by : null,
      });
    };
    move('onboarding', start, 'initial', null);
    // Onboarding checklist: each item ticked in order, most of them for healthy accounts.
    const onboardingDays = 60 + Math.max(0, Math.round((1 - h) * 80 + r.normal(0, 12)));
    // The whole list is done with a chance that grows with true health (0.3 → 46%, 0.8 → 81%); else about half the items.
    const completes = r.chance(0.25 + 0.7 * h);
    onboardingItems.forEach((itemId, i) => {
      const on = addDays(start, Math.round(((i + 1) / (onboardingItems.length + 1)) * onboardingDays * 0.9));
      if (on <= end && (completes || r.chance(0.5))) ticks.push({ accountId: truth.accountId, itemId, on, by });
    });
    let day = start;
    if (h >= 0.35) {
      const adoptOn = addDays(start, onboardingDays);
      if (adoptOn <= end) {
        move('adopt', adoptOn, 'rule', { score: round1(60 + h * 30 + r.normal(0, 3)), days: daysBetween(start, adoptOn), since: 'subscription_start' });
        day = adoptOn;
        adoptItems.forEach((itemId, i) => {
          const on = addDays(adoptOn, 20 + i * 25);
          if (on <= end && r.chance(h * 0.8)) ticks.push({ accountId: truth.accountId, itemId, on, by });
        });
        if (h >= 0.65) {
          const inAdopt = 90 + Math.max(0, Math.round((1 - h) * 150 + r.normal(0, 20)));
          const expandOn = addDays(adoptOn, inAdopt);
          if (expandOn <= end) {
            move('expand', expandOn, 'rule', { score: round1(75 + (h - 0.65) * 50 + r.normal(0, 2)), days: inAdopt, since: 'phase_entered' });
            day = expandOn;
          }
        }
      }
    }
    // Renewals: 90 days before each yearly anniversary, back by hand ten days after it.
    for (let year = 1; year <= 10; year += 1) {
      const anniversary = addDays(start, Math.round(year * 365.25));
      const renewalOn = addDays(anniversary, -90);
      if (renewalOn > end) break;
      if (renewalOn <= day) continue;
      move('renewal', renewalOn, 'rule', { daysToRenewal: 90 });
      day = renewalOn;
      const backOn = addDays(anniversary, 10);
      if (backOn > end) break;
      move(h >= 0.65 ? 'expand' : 'adopt', backOn, 'manual', null, AFTER_RENEWAL);
      day = backOn;
    }
    // A few accounts were sent back to onboarding by hand, and stay pinned there.
    let pinReason: string | null = null;
    if (path.length > 2 && r.chance(0.04)) {
      const resetOn = addDays(end, -r.int(5, 40));
      if (resetOn > day) {
        pinReason = RESET_REASONS[r.int(0, RESET_REASONS.length - 1)]!;
        move('onboarding', resetOn, 'manual', null, pinReason);
      }
    }
    transitions.push(...path);
    const last = path.at(-1)!;
    placements.push({ accountId: truth.accountId, phaseKey: last.to, enteredOn: last.on, pinned: pinReason !== null, pinReason });
  }
  return { phases, transitions, ticks, placements };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
