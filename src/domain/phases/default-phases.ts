/**
 * The roadmap a workspace starts with (SPEC §4 self-serve), editable afterwards:
 * 導入期 Onboarding → 活用・定着期 Adopt → 拡大期 Expand → 更新期 Renewal.
 * Why these criteria:
 * - Adopt: health score ≥ 60 and at least 60 days since the subscription started. Sixty days
 *   covers a typical B2B SaaS onboarding; the score shows the product is actually in use (60 is
 *   the default scorecard's green/yellow neighbourhood, not a bare "time passed").
 * - Expand: health score ≥ 75 after at least 90 days in Adopt — a healthy, settled customer is
 *   the one to talk to about more seats or a higher plan.
 * - Renewal: the renewal date is within 90 days — the usual lead time for a renewal conversation.
 * Onboarding is the first phase (no criterion) and its checklist defines onboarding completion.
 */
import type { PhaseCriterion } from './criteria.js';

export interface DefaultPhase {
  key: string;
  name: string;
  description: string;
  criterion: PhaseCriterion | null;
  isOnboarding: boolean;
  checklist: string[];
}

export function defaultPhases(locale: 'ja' | 'en'): DefaultPhase[] {
  const ja = locale === 'ja';
  return [
    {
      key: 'onboarding', name: ja ? '導入期' : 'Onboarding', isOnboarding: true, criterion: null,
      description: ja ? '契約から初期設定・初回活用まで' : 'From signing to set-up and first value',
      checklist: ja
        ? ['キックオフミーティングを実施', '管理者アカウントの初期設定', '利用ユーザーの招待', '成功指標（KPI）の合意', '操作トレーニングの実施']
        : ['Hold the kickoff meeting', 'Set up the admin account', 'Invite the users', 'Agree the success KPIs', 'Run the product training'],
    },
    {
      key: 'adopt', name: ja ? '活用・定着期' : 'Adopt', isOnboarding: false,
      criterion: { kind: 'score_and_time', op: 'gte', value: 60, days: 60, since: 'subscription_start' },
      description: ja ? '日常業務での定着と活用範囲の拡大' : 'Daily use takes root and spreads',
      checklist: ja ? ['利用状況レビューの実施', '活用事例の共有'] : ['Hold a usage review', 'Share a success story'],
    },
    {
      key: 'expand', name: ja ? '拡大期' : 'Expand', isOnboarding: false,
      criterion: { kind: 'score_and_time', op: 'gte', value: 75, days: 90, since: 'phase_entered' },
      description: ja ? '追加席・上位プランなどの拡大提案' : 'More seats, a higher plan, new teams',
      checklist: ja ? ['拡大余地の確認', 'アップセル提案の実施'] : ['Size the expansion room', 'Make the upsell proposal'],
    },
    {
      key: 'renewal', name: ja ? '更新期' : 'Renewal', isOnboarding: false,
      criterion: { kind: 'renewal_within', days: 90 },
      description: ja ? '更新に向けた成果の振り返りと合意' : 'Review the results and agree the renewal',
      checklist: ja ? ['成果の振り返り（ビジネスレビュー）', '更新条件の合意'] : ['Hold the business review', 'Agree the renewal terms'],
    },
  ];
}
