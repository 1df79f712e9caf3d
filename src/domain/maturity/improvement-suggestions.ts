/**
 * Concrete next steps for the weakest axes, each pointing at the Kizuna screen that helps.
 * Where Kizuna has no feature yet (playbooks, onboarding: issue 5), the step says what to do
 * with what exists today and does not pretend a screen is there.
 */
import { weakestAxes } from './score-assessment.js';
import { AXIS_MAX, type AxisScores, type MaturityAxis, type Text } from './types.js';

export interface Suggestion {
  key: string;
  text: Text;
  /** a path inside the web app */
  link: string;
  /** the name of the screen the link opens */
  feature: Text;
}

const s = (key: string, ja: string, en: string, link: string, feature: Text): Suggestion => ({ key, text: { ja, en }, link, feature });

const SCREENS = {
  targets: { ja: 'KPI目標', en: 'KPI targets' },
  revenue: { ja: '収益ダッシュボード', en: 'Revenue dashboard' },
  accounts: { ja: '顧客一覧', en: 'Accounts' },
  members: { ja: 'メンバー設定', en: 'Members' },
  scorecards: { ja: 'スコアカード', en: 'Scorecards' },
  health: { ja: 'ヘルス', en: 'Health' },
  backtest: { ja: 'バックテスト', en: 'Backtest' },
  usage: { ja: '利用データ設定', en: 'Usage data settings' },
  import: { ja: 'インポート', en: 'Import' },
  successPlans: { ja: 'サクセスプラン', en: 'Success plans' },
  stakeholders: { ja: 'ステークホルダー', en: 'Stakeholders' },
} as const satisfies Record<string, Text>;

export const SUGGESTIONS: Record<MaturityAxis, Suggestion[]> = {
  alignment: [
    s('set_targets', 'NRR・解約率・アップセルの目標値を期ごとに登録し、実績との差を毎月の経営会議で確認しましょう。',
      'Enter period targets for NRR, churn and upsell, and review actual against target in the monthly leadership meeting.', '/revenue/targets', SCREENS.targets),
    s('share_dashboard', '収益ダッシュボードのNRRと収益の動きを、営業・プロダクトとの定例で共有しましょう。',
      'Share the NRR and MRR movements from the revenue dashboard in your regular meeting with sales and product.', '/revenue', SCREENS.revenue),
  ],
  team: [
    s('assign_owners', '担当者が未設定の顧客に担当CSMを割り当て、担当替えは顧客画面で記録しましょう。',
      'Give every customer without an owner a CSM, and record owner changes on the account.', '/accounts', SCREENS.accounts),
    s('roles', 'CS担当をメンバーとして招待し、役割（マネージャー・CSM）を分けて権限を整えましょう。',
      'Invite the CS team as members with distinct roles (manager, CSM) so ownership is explicit.', '/settings/members', SCREENS.members),
  ],
  segmentation: [
    s('touch_tiers', '全顧客にタッチモデル（ハイ・ロー・テック）を設定し、一覧で絞り込めるようにしましょう。',
      'Set a touch tier (high, low, tech) on every customer so the list can be filtered by it.', '/accounts', SCREENS.accounts),
    s('segment_scorecards', 'セグメントごとのルールを持つスコアカードを作り、バックテストで解約との関係を確かめましょう。',
      'Create a scorecard with its own rule for each segment, then check it against churn with the backtest.', '/health/scorecards', SCREENS.scorecards),
  ],
  playbook: [
    s('attention_list', 'プレイブック機能の準備が整うまでは、ヘルス画面の要注意リストを週次で確認し、対応を顧客のタイムラインに残しましょう。',
      'Until playbooks arrive in Kizuna, review the health attention list weekly and log each response on the account timeline.', '/health', SCREENS.health),
    s('validate_signals', 'バックテストで、解約を最もよく予測する指標を確かめ、対応のきっかけ（トリガー）の候補にしましょう。',
      'Use the backtest to find the measures that best predict churn, as candidate triggers for your plays.', '/health/backtest', SCREENS.backtest),
  ],
  resources: [
    s('connect_usage', '製品の利用データをKizunaへ送る設定をして、顧客ごとの利用状況を自動で更新しましょう。',
      'Send product usage to Kizuna so each customer\'s usage updates itself.', '/settings/usage', SCREENS.usage),
    s('import_data', '契約や顧客の情報をCRMや請求システムから取り込み、一か所にまとめましょう。',
      'Import accounts and contracts from your CRM and billing system so the data sits in one place.', '/import', SCREENS.import),
  ],
  onboarding: [
    s('onboarding_goals', 'オンボーディング機能の準備が整うまでは、導入時の到達目標をサクセスプランのゴールとして期限付きで登録しましょう。',
      'Until onboarding checklists arrive in Kizuna, record each customer\'s onboarding milestones as dated success-plan goals.', '/success-plans', SCREENS.successPlans),
    s('handoff_contacts', '受注時に、決裁者と推進役を関係者として登録し、営業からの引き継ぎ内容を顧客のメモに残しましょう。',
      'At deal close, add the decision maker and champion as contacts and put sales\'s handover notes on the account.', '/accounts', SCREENS.accounts),
  ],
  relationship: [
    s('coverage', '決裁者やチャンピオンがいない顧客を確認し、関係者と接点の頻度を登録しましょう。',
      'Find customers without an executive sponsor or champion, and record stakeholders with their agreed contact frequency.', '/stakeholders', SCREENS.stakeholders),
    s('overdue', '接点が予定より遅れている関係者から順に連絡し、会議や電話をタイムラインに記録しましょう。',
      'Contact overdue stakeholders first, and log each meeting or call on the timeline.', '/stakeholders', SCREENS.stakeholders),
  ],
  outcome: [
    s('record_goals', 'ハイタッチ顧客から順に、顧客が達成したい成果を基準値・目標値・期限付きのゴールとして登録しましょう。',
      'Starting with high-touch customers, record the outcomes they want as goals with a baseline, target and due date.', '/success-plans', SCREENS.successPlans),
    s('review_goals', 'レビュー期限を過ぎたゴールを顧客と見直し、変更点と理由を記録しましょう。',
      'Review goals past their review date with the customer, and record what changed and why.', '/success-plans', SCREENS.successPlans),
  ],
};

/**
 * The suggestions for the `count` weakest axes, weakest first; an axis at full marks needs none.
 * @example
 * suggestImprovements(scores, 3) // → [{ axis: 'outcome', score: 25, suggestions: [...] }, …]
 */
export function suggestImprovements(scores: AxisScores, count = 3): { axis: MaturityAxis; score: number; suggestions: Suggestion[] }[] {
  return weakestAxes(scores, count).filter((axis) => scores[axis] < AXIS_MAX).map((axis) => ({ axis, score: scores[axis], suggestions: SUGGESTIONS[axis] }));
}
