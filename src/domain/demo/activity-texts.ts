/**
 * Short timeline texts in Japanese, as a CSM would log them. `{…}` slots are filled from the
 * account's situation; the tone of routine entries follows the account's true health.
 */
import type { Random } from './random.js';

export interface TextSlots {
  contact: string;
  plan: string;
  seats: number;
  previousSeats?: number;
  previousPlan?: string;
  addOn?: string;
  useCase: string;
  month: string;
  session?: number;
}

export interface Text {
  subject: string;
  body: string;
}

type Template = readonly [subject: string, body: string];
export type Tone = 'positive' | 'neutral' | 'negative';

export const ROUTINE: Record<'meeting' | 'call' | 'email' | 'note', Record<Tone, readonly Template[]>> = {
  meeting: {
    positive: [
      ['定例ミーティング', '{contact}と定例。{useCase}での利用が定着し、他部署への展開を検討中とのこと。展開計画のたたき台を次回お持ちする。'],
      ['利用状況レビュー', 'アクティブ率は高水準を維持。{contact}より新機能への期待の声をいただいた。活用事例の取材も打診し快諾。'],
      ['活用相談', '{contact}より、集計レポートの自動化について相談。設定方法をその場でご案内し、解決。'],
    ],
    neutral: [
      ['定例ミーティング', '{contact}と定例。利用状況は横ばい。入力ルールの統一が課題とのことで、運用ガイドのサンプルを共有する。'],
      ['利用状況レビュー', '{month}の利用状況を確認。一部部署でログインが少ないため、ミニ研修を提案。'],
    ],
    negative: [
      ['定例ミーティング', '{contact}より、現場の入力負荷が高く利用が伸びていないとの指摘。改善案を次回までに提示する。'],
      ['利用状況レビュー', 'アクティブユーザーが前月から減少。{contact}は他ツールとの二重運用に不満。至急フォローが必要。'],
      ['課題ヒアリング', '動作が遅いとの声が複数部署から上がっているとのこと。サポートと連携して調査する。'],
    ],
  },
  call: {
    positive: [
      ['フォローコール', '{contact}に近況確認。順調に利用いただいている。追加ライセンスの相談を来月いただける見込み。'],
      ['活用状況の確認', '{contact}と通話。ダッシュボードを経営会議で使い始めたとのこと。'],
    ],
    neutral: [
      ['フォローコール', '{contact}に近況確認。特に課題なし。次回定例の日程を調整。'],
      ['問い合わせ対応', '権限設定について{contact}から質問。手順を案内し解決。'],
    ],
    negative: [
      ['フォローコール', '{contact}より、期待していた効果が出ていないとの率直なご意見。改善プランを作成する。'],
      ['問い合わせ対応', 'データ連携のエラーについて{contact}からお叱り。サポートへエスカレーション済み。'],
    ],
  },
  email: {
    positive: [
      ['活用セミナーのご案内', '{contact}へ活用セミナーを案内。3名の参加登録をいただいた。'],
      ['利用状況レポートの送付', '{month}の利用状況レポートを送付。{contact}より社内共有したとのご返信。'],
    ],
    neutral: [
      ['アップデートのご案内', '新機能リリースのお知らせを{contact}へ送付。'],
      ['利用状況レポートの送付', '{month}の利用状況レポートを{contact}へ送付。'],
    ],
    negative: [
      ['利用状況レポートの送付', '{month}の利用状況レポートを{contact}へ送付。返信なし。'],
      ['定例日程のご相談', '{contact}へ定例の日程候補を送付したが返信なし。来週再度連絡する。'],
    ],
  },
  note: {
    positive: [['社内メモ', '{contact}は社内の推進役として非常に協力的。事例化の候補。']],
    neutral: [['社内メモ', '次回定例では{useCase}の運用ルール見直しを議題にする。']],
    negative: [['社内メモ', '利用低迷が続いている。更新に向けてマネージャーと対策を相談する。']],
  },
};

export const QBR: Record<Tone, Template> = {
  positive: ['四半期ビジネスレビュー', '{contact}にQBRを実施。目標KPIに対して順調に推移。次四半期は{useCase}の全社展開を目標に設定。'],
  neutral: ['四半期ビジネスレビュー', '{contact}にQBRを実施。目標に対する進捗は半ば。活用促進策を合意。'],
  negative: ['四半期ビジネスレビュー', '{contact}にQBRを実施。投資対効果に疑問が呈された。改善計画を30日以内に提示する。'],
};

export const UNANSWERED: Record<'qbr' | 'meeting' | 'call', readonly Template[]> = {
  qbr: [['QBR延期', '{contact}の都合がつかずQBRを延期。役員層との接点が薄くなっている。']],
  meeting: [['定例ミーティング延期', '先方都合により直前でリスケ。次回日程は未定。'], ['定例ミーティング中止', '{contact}の都合がつかず中止。代替日程を打診中。']],
  call: [['不在', '{contact}不在のため、折り返しをお願いした。'], ['不在', '{contact}に架電したがつながらず。メールで用件を送付。']],
};

export const COMPLAINTS: readonly Template[] = [
  ['障害に関するお問い合わせ', '{contact}より、朝の時間帯につながりにくいとのご指摘。障害報告書を共有予定。'],
  ['請求内容へのお問い合わせ', '{contact}より請求額が想定と違うとのご連絡。ライセンス数の内訳を説明。'],
  ['サポート対応へのご不満', '問い合わせへの回答が遅いとのお声。{contact}へお詫びし、対応体制を説明。'],
];

export const MILESTONES = {
  trial_started: ['トライアル開始', '14日間のトライアルを開始。{contact}が評価担当。'],
  trial_welcome: ['トライアルのご案内', '{contact}へ初期設定ガイドと相談会の日程を送付。'],
  kickoff: ['キックオフミーティング', '{contact}と導入キックオフを実施。{useCase}での活用を目標に、初期設定と展開スケジュールを合意。'],
  onboarding: ['オンボーディング研修（第{session}回）', '{contact}ほか担当者向けに操作研修を実施。'],
  started: ['ご契約', '{plan}プラン {seats}ライセンスでご契約いただいた。'],
  seats_added: ['追加ライセンスのご発注', '{previousSeats}→{seats}ライセンスに増席。{useCase}の利用部署が拡大。'],
  upgraded: ['プラン変更（アップグレード）', '{previousPlan}から{plan}プランへ変更。上位機能を活用したいとのこと。'],
  addon_added: ['{addOn}のご契約', '{addOn}を追加でご契約いただいた。'],
  renewal_talk: ['契約更新のご相談', '{contact}と次年度の契約について協議。'],
  renewed: ['契約更新', '{plan}プラン {seats}ライセンスで契約を更新。'],
  seats_reduced: ['更新時の減席', '{previousSeats}→{seats}ライセンスに減席。利用者が限定的との理由。'],
  downgraded: ['プラン変更（ダウングレード）', '{previousPlan}から{plan}プランへ変更。コスト見直しのため。'],
  discount_added: ['更新条件の調整', '継続を前提に値引きを適用。定着支援を強化する。'],
  addon_dropped: ['{addOn}の解約', '{addOn}は利用が少ないため解約のお申し出。本体契約は継続。'],
  churn_notice: ['解約のお申し出', '{contact}より解約のお申し出。理由：{reason}'],
  churned: ['契約終了', '本日をもってご契約終了。'],
  reactivated: ['再契約', '{plan}プラン {seats}ライセンスで再契約いただいた。前回の課題を踏まえ、導入支援を手厚くする。'],
  win_back: ['近況伺い', '{contact}へ近況伺いのメールを送付。新機能のご案内を添付。'],
} as const satisfies Record<string, Template>;

export const CHURN_REASONS = [
  '社内で利用が定着しなかったため', 'コスト削減の方針のため', '他社サービスへ乗り換えるため',
  '推進担当者の異動により運用できなくなったため', 'プロジェクトが終了したため',
] as const;

export function fillText(random: Random, template: Template, slots: TextSlots): Text {
  const values: Record<string, string> = {
    contact: slots.contact, plan: slots.plan, seats: String(slots.seats), previousSeats: String(slots.previousSeats ?? ''),
    previousPlan: slots.previousPlan ?? '', addOn: slots.addOn ?? '', useCase: slots.useCase, month: slots.month,
    session: String(slots.session ?? 1),
  };
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'reason' ? random.pick(CHURN_REASONS) : values[key] ?? ''));
  return { subject: fill(template[0]), body: fill(template[1]) };
}
