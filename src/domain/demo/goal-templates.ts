/**
 * Outcome goals Japanese B2B customers typically set with a reporting/analytics SaaS, for the
 * demo's success plans: what they want, the metric that proves it, and a typical start and
 * target (some go down: hours, errors, days). Two follow the product's own usage by binding.
 */
import type { GoalBinding } from '../outcomes/goal-binding.js';
import { CORE_EVENT } from './usage-drivers.js';

export interface GoalTemplate {
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  /** values are whole numbers (counts, days) rather than one decimal */
  whole: boolean;
  binding?: GoalBinding;
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  { title: '月次レポート作成時間の削減', metric: '月次レポート作成にかかる時間', unit: '時間', baseline: 40, target: 10, whole: false },
  { title: '問い合わせ一次回答の自動化', metric: '一次回答の自動化率', unit: '%', baseline: 10, target: 60, whole: false },
  { title: '営業日報の入力定着', metric: '日報の入力率', unit: '%', baseline: 45, target: 90, whole: false },
  { title: '利用部署の全社展開', metric: '利用している部署数', unit: '部署', baseline: 2, target: 8, whole: true },
  { title: '集計ミスの削減', metric: '月間の集計ミス件数', unit: '件', baseline: 12, target: 2, whole: true },
  { title: '請求処理のリードタイム短縮', metric: '締め日から請求書発行までの日数', unit: '日', baseline: 10, target: 3, whole: true },
  { title: '経営ダッシュボードの定着', metric: '週次で閲覧する管理職の割合', unit: '%', baseline: 20, target: 80, whole: false },
  { title: '現場でのレポート活用', metric: '直近30日のレポート閲覧数', unit: '回', baseline: 0, target: 0, whole: true,
    binding: { type: 'usage_events', event: CORE_EVENT, windowDays: 30 } },
  { title: '利用者の拡大', metric: '直近30日のアクティブユーザー数', unit: '人', baseline: 0, target: 0, whole: true,
    binding: { type: 'active_users', windowDays: 30 } },
];

/** Reasons a customer and CSM re-agreed a goal, by the kind of change. */
export const REVIEW_REASONS = {
  raise: ['想定より早く定着したため、目標値を引き上げ', '利用部署が増えたため、対象範囲を広げて目標を再設定'],
  extend: ['先方の組織変更で導入が遅れたため、期限を延長', '繁忙期と重なったため、達成期限を四半期後ろ倒し'],
  lower: ['対象業務の一部が外部委託となったため、目標値を見直し', '予算凍結で展開範囲を縮小したため、目標を再設定'],
  confirm: ['定例で進捗を確認し、現状の目標で合意', '先方部長と進捗を共有し、目標・期限とも据え置きで合意'],
} as const;
