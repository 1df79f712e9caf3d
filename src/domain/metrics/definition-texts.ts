/**
 * The written definition of every metric (SPEC §3.2: "every metric has a written definition
 * in the app, ja/en"), shown on hover beside each figure. Which contested choices apply to
 * a metric is listed in `choices`; their texts, with the workspace's settings in force,
 * are in choice-texts.ts.
 */
import type { Text } from '../benchmarks/published-figures.js';
import type { ChoiceKey } from './choice-texts.js';

export interface MetricText {
  name: Text;
  definition: Text;
  choices: ChoiceKey[];
}

const MRR_CHOICES: ChoiceKey[] = ['normalisation', 'discounts', 'trials_and_pauses', 'churn_recognition', 'currency'];
const MOVE_CHOICES: ChoiceKey[] = [...MRR_CHOICES, 'movement_level', 'reactivation_gap'];

export const METRIC_TEXTS = {
  mrr: {
    name: { ja: 'MRR（月次経常収益）', en: 'MRR (monthly recurring revenue)' },
    definition: {
      ja: '期間末日の終わり時点で有効な契約の月額換算の経常収益の合計。割引後、税・一時費用・従量課金を除く。',
      en: 'Recurring revenue of the contracts in force at the close of the period\'s last day, normalised to a month, after recurring discounts; taxes, one-time fees and usage charges excluded.',
    },
    choices: MRR_CHOICES,
  },
  arr: {
    name: { ja: 'ARR（年次経常収益）', en: 'ARR (annual recurring revenue)' },
    definition: { ja: '期間末のMRR × 12。', en: 'MRR at the end of the period × 12.' },
    choices: MRR_CHOICES,
  },
  arpa: {
    name: { ja: 'ARPA（顧客あたり平均MRR）', en: 'ARPA (average MRR per account)' },
    definition: { ja: '期間末のMRR ÷ 期間末の課金中の顧客数。顧客がいなければ算出しない。', en: 'MRR at the end of the period ÷ paying accounts at the end. Undefined with no paying account.' },
    choices: MRR_CHOICES,
  },
  payingAccounts: {
    name: { ja: '課金中の顧客数', en: 'Paying accounts' },
    definition: { ja: '期間末にMRRが0より大きい顧客の数（再開までの猶予期間中の顧客を含む）。', en: 'Accounts with MRR above 0 at the end of the period (including accounts inside a reactivation grace gap).' },
    choices: ['trials_and_pauses', 'churn_recognition', 'reactivation_gap'],
  },
  'movements.new': {
    name: { ja: '新規MRR', en: 'New MRR' },
    definition: { ja: '初めてMRRが0より大きくなった顧客のMRR。既存顧客の追加契約は新規ではなく拡大。', en: 'MRR of accounts paying for the first time ever. An existing account\'s extra subscription is expansion, not new.' },
    choices: MOVE_CHOICES,
  },
  'movements.expansion': {
    name: { ja: '拡大MRR（アップセル・クロスセル）', en: 'Expansion MRR (upsell and cross-sell)' },
    definition: { ja: '課金中の顧客のMRR増加：席数増、上位プラン、追加契約、割引終了。', en: 'MRR increase of an account already paying: more seats, an upgrade, an extra subscription, a discount ending.' },
    choices: MOVE_CHOICES,
  },
  'movements.contraction': {
    name: { ja: '縮小MRR（ダウンセル）', en: 'Contraction MRR' },
    definition: { ja: '課金を続ける顧客のMRR減少：席数減、下位プラン、一部契約の解約、割引追加。', en: 'MRR decrease of an account that keeps paying: fewer seats, a downgrade, one subscription cancelled while another stays, a discount added.' },
    choices: MOVE_CHOICES,
  },
  'movements.churn': {
    name: { ja: '解約MRR', en: 'Churned MRR' },
    definition: { ja: '顧客のMRRが0になったときに失われたMRR。', en: 'MRR lost when an account\'s MRR falls to 0.' },
    choices: MOVE_CHOICES,
  },
  'movements.reactivation': {
    name: { ja: '再開MRR', en: 'Reactivation MRR' },
    definition: { ja: '過去に課金していた顧客のMRRが0から再び増えたときのMRR。', en: 'MRR of an account rising from 0 after having paid before.' },
    choices: MOVE_CHOICES,
  },
  'movements.netNew': {
    name: { ja: 'ネット新規MRR', en: 'Net new MRR' },
    definition: { ja: '新規 + 拡大 + 再開 − 縮小 − 解約。期首から期末へのMRRの増減に一致する。', en: 'New + expansion + reactivation − contraction − churn; equals the change in MRR from the start to the end of the period.' },
    choices: MOVE_CHOICES,
  },
  logoChurnRate: {
    name: { ja: 'ロゴ解約率（社数ベースの解約率）', en: 'Logo churn rate' },
    definition: { ja: '期間中に解約した顧客数 ÷ 期首の課金中の顧客数。', en: 'Accounts that churned in the period ÷ paying accounts at its start.' },
    choices: ['logo_churn_denominator', 'churn_recognition', 'reactivation_gap'],
  },
  grossMrrChurnRate: {
    name: { ja: '売上ベースの解約率（グロスMRR解約率）', en: 'Gross MRR churn rate (revenue churn)' },
    definition: { ja: '（解約MRR + 縮小MRR）÷ 期首MRR。', en: '(Churned MRR + contraction MRR) ÷ MRR at the start of the period.' },
    choices: MOVE_CHOICES,
  },
  netMrrChurnRate: {
    name: { ja: 'ネットMRR解約率', en: 'Net MRR churn rate' },
    definition: { ja: '（解約 + 縮小 − 拡大 − 再開）÷ 期首MRR。マイナスは拡大が解約を上回ったことを示す。', en: '(Churn + contraction − expansion − reactivation) ÷ MRR at the start. Negative when expansion outweighs churn.' },
    choices: MOVE_CHOICES,
  },
  retention: {
    name: { ja: '継続率・継続数・継続額', en: 'Retention rate, count and amount' },
    definition: {
      ja: '継続数：期首と期末の両方で課金中の顧客数。継続率：継続数 ÷ 期首の顧客数。継続額：期首の顧客のMRRから縮小と解約を引いた額（GRRの分子）。',
      en: 'Count: accounts paying at both the start and the end. Rate: that count ÷ paying accounts at the start. Amount: the start MRR of those accounts less their contraction and churn (the GRR numerator).',
    },
    choices: ['churn_recognition', 'reactivation_gap'],
  },
  churn: {
    name: { ja: '解約率・解約数・解約額', en: 'Churn rate, count and amount' },
    definition: { ja: '解約数：期間中に解約した顧客数。解約率：ロゴ解約率。解約額：解約MRR。', en: 'Count: accounts that churned in the period. Rate: the logo churn rate. Amount: churned MRR.' },
    choices: ['logo_churn_denominator', 'churn_recognition', 'reactivation_gap'],
  },
  upsell: {
    name: { ja: 'アップセル・クロスセル率／数／額', en: 'Upsell and cross-sell rate, count and amount' },
    definition: { ja: '額：拡大MRR。数：拡大のあった顧客数。率：拡大MRR ÷ 期首MRR（売上ベース）。', en: 'Amount: expansion MRR. Count: accounts that expanded. Rate: expansion MRR ÷ MRR at the start (revenue basis).' },
    choices: MOVE_CHOICES,
  },
  nrr: {
    name: { ja: 'NRR（売上継続率、期間）', en: 'NRR (net revenue retention, period)' },
    definition: { ja: '（期首MRR + 拡大 − 縮小 − 解約）÷ 期首MRR。期首に課金中の顧客のみ、解約までの動きを数え、新規と再開は含めない。', en: '(MRR at start + expansion − contraction − churn) ÷ MRR at start, over the accounts paying at the start and their movements until they churn; new and reactivation excluded.' },
    choices: ['nrr_contraction', ...MOVE_CHOICES],
  },
  grr: {
    name: { ja: 'GRR（グロス売上継続率、期間）', en: 'GRR (gross revenue retention, period)' },
    definition: { ja: '（期首MRR − 縮小 − 解約）÷ 期首MRR。拡大は含めない。', en: '(MRR at start − contraction − churn) ÷ MRR at start; expansion left out.' },
    choices: MOVE_CHOICES,
  },
  nrr12m: {
    name: { ja: 'NRR（12か月コホート）', en: 'NRR (12-month cohort)' },
    definition: { ja: '前年同月末に課金していた顧客の当月末MRR ÷ 前年同月末の同じ顧客のMRR。', en: 'MRR now of the accounts that paid 12 months before the period\'s end ÷ their MRR then.' },
    choices: MRR_CHOICES,
  },
  grr12m: {
    name: { ja: 'GRR（12か月コホート）', en: 'GRR (12-month cohort)' },
    definition: { ja: 'NRR（12か月）と同じ顧客で、各顧客の当月MRRを前年同月のMRRで頭打ちにして計算。', en: 'As 12-month NRR, each account\'s MRR now capped at its MRR then.' },
    choices: MRR_CHOICES,
  },
  logoRetention12m: {
    name: { ja: 'ロゴ継続率（12か月）', en: 'Logo retention (12 months)' },
    definition: { ja: '12か月前に課金していた顧客のうち、期末も課金中の割合。', en: 'Share of the accounts paying 12 months before the period\'s end that still pay at its end.' },
    choices: ['churn_recognition', 'reactivation_gap'],
  },
  ltv: {
    name: { ja: 'LTV（顧客生涯価値）', en: 'LTV (customer lifetime value)' },
    definition: { ja: 'ARPA ÷ 月次ロゴ解約率。解約が0のときは算出しない（無限大や0とは表示しない）。期間が1か月でないときは月次に複利換算した解約率を使う。', en: 'ARPA ÷ monthly logo churn rate. Undefined when churn is 0 (never shown as infinite or 0). For periods other than a month, the churn rate is converted to a monthly rate by compounding.' },
    choices: ['ltv_zero_churn', 'logo_churn_denominator'],
  },
  ltvRevenueChurn: {
    name: { ja: 'LTV（売上ベース解約率）', en: 'LTV (revenue churn basis)' },
    definition: { ja: 'ARPA ÷ 月次の売上ベース解約率。', en: 'ARPA ÷ monthly gross MRR churn rate.' },
    choices: ['ltv_zero_churn'],
  },
  ltvSimple: {
    name: { ja: 'LTV（簡易式）', en: 'LTV (simple form)' },
    definition: { ja: '平均購買単価（ARPA、月額）× 購買頻度（月1回）× 平均継続期間（期末までに解約した顧客の課金月数の平均）。', en: 'Average purchase (ARPA, monthly) × purchase frequency (once a month) × average lifetime (mean months paid by the accounts that had churned by the period\'s end).' },
    choices: ['ltv_zero_churn'],
  },
  cacPaybackMonths: {
    name: { ja: 'CAC回収期間（月）', en: 'CAC payback (months)' },
    definition: { ja: 'CAC ÷（ARPA × 粗利率）。CACと粗利率が設定されているときのみ。一般的なSaaSでは12〜24か月。', en: 'CAC ÷ (ARPA × gross margin), when CAC and gross margin are entered. A typical SaaS needs 12–24 months.' },
    choices: [],
  },
  quickRatio: {
    name: { ja: 'クイックレシオ', en: 'Quick ratio' },
    definition: { ja: '（新規 + 拡大 + 再開）÷（解約 + 縮小）。4超は力強い成長、2未満は解約過多の目安。', en: '(New + expansion + reactivation) ÷ (churn + contraction). Above 4 is strong growth, below 2 too much churn.' },
    choices: MOVE_CHOICES,
  },
  'renewal.logoRate': {
    name: { ja: '更新率（社数）', en: 'Renewal rate (logo)' },
    definition: { ja: '期間中に契約期間の終わり（更新日）を迎えた顧客のうち、更新した顧客の割合。', en: 'Of the accounts whose paid term reached its end (renewal date) in the period, the share that renewed.' },
    choices: ['renewal_terms'],
  },
  'renewal.grossDollarRate': {
    name: { ja: '更新率（金額、グロス）', en: 'Gross dollar renewal rate' },
    definition: { ja: '更新後の価値（更新前の価格を上限）÷ 更新対象の価値。', en: 'Renewed value, capped at the pre-renewal price ÷ value up for renewal.' },
    choices: ['renewal_terms'],
  },
  acv: {
    name: { ja: 'ACV（年間契約価値）', en: 'ACV (annual contract value)' },
    definition: { ja: '顧客ごとの年間の経常的な契約価値（MRR × 12）。一時費用は含めない。', en: 'Each account\'s recurring contract value per year (MRR × 12); one-time fees excluded.' },
    choices: ['currency'],
  },
  'monthly.churn': {
    name: { ja: '月次換算の解約率', en: 'Monthly-equivalent churn' },
    definition: { ja: '1か月以外の期間の解約率を、複利で月次に換算した値：1 − (1 − 期間の率)^(1/月数)。', en: 'A period\'s churn rate expressed per month by compounding: 1 − (1 − rate)^(1/months).' },
    choices: [],
  },
  'annualised.churn': {
    name: { ja: '年換算の解約率', en: 'Annualised churn' },
    definition: { ja: '月次の解約率を複利で年換算：1 − (1 − 月次)^12（月0.83% ≈ 年9.5%）。', en: 'Monthly churn compounded over a year: 1 − (1 − monthly)^12 (0.83%/month ≈ 9.5%/year).' },
    choices: [],
  },
  cohortHeatmap: {
    name: { ja: 'コホート継続ヒートマップ', en: 'Cohort retention heatmap' },
    definition: { ja: '初めて課金した月ごとの顧客群について、各月末に課金中の顧客の割合（ロゴ）と、開始時MRRに対する月末MRRの割合（MRR加重）。', en: 'For the accounts grouped by the month they first paid: the share still paying at each month end (by logo), and their MRR at each month end as a share of their starting MRR (MRR-weighted).' },
    choices: ['churn_recognition', 'currency'],
  },
} as const satisfies Record<string, MetricText>;

export type MetricKey = keyof typeof METRIC_TEXTS;
