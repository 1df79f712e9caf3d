/**
 * The choices SaaS vendors disagree on (reference/metrics.md, "Defaults"), written as they
 * apply in this workspace: the configurable ones read the workspace's settings, so the text
 * beside a figure always says which rule produced it.
 */
import type { Text } from '../benchmarks/published-figures.js';
import type { MetricSettings } from './metric-inputs.js';

export const CHOICE_KEYS = [
  'normalisation', 'discounts', 'trials_and_pauses', 'churn_recognition', 'currency', 'movement_level', 'reactivation_gap',
  'logo_churn_denominator', 'nrr_contraction', 'ltv_zero_churn', 'renewal_terms', 'segments', 'periods',
] as const;
export type ChoiceKey = (typeof CHOICE_KEYS)[number];

export interface ChoiceText {
  key: ChoiceKey;
  name: Text;
  /** the rule in force */
  text: Text;
  /** what other tools do */
  alternatives: Text;
  /** the setting that changes it, when it is configurable */
  setting: string | null;
}

export interface ChoiceContext {
  settings: MetricSettings;
  baseCurrency: string;
  fiscalYearStartMonth: number;
}

export function choiceTexts(ctx: ChoiceContext): ChoiceText[] {
  const gap = ctx.settings.reactivationGapDays;
  const atEnd = ctx.settings.churnRecognition === 'period_end';
  return [
    choice('normalisation', '月額換算', 'Normalisation', null,
      '月×1、四半期÷3、年÷12、複数年÷(12×年数)、週×52/12、日×365/12。',
      'month ×1; quarter ÷3; year ÷12; multi-year ÷(12 × years); week ×52/12; day ×365/12.',
      '週×4、日×30とするツールもある。', 'Some tools use week ×4 and day ×30.'),
    choice('discounts', '割引', 'Discounts', null,
      '継続的な割引は適用後の額で数える。割引の追加は縮小、終了は拡大。',
      'Recurring discounts are applied; a discount added is contraction, one ending is expansion.',
      'Stripeは期限付きクーポンを除外、Paddle classicは割引を無視。', 'Stripe leaves out coupons that are not "forever"; Paddle classic ignores discounts.'),
    choice('trials_and_pauses', 'トライアル・一時停止', 'Trials and pauses', null,
      'トライアル、一時停止、無料プランはMRR 0。有効と支払遅延中のみ数える。',
      'Trials, paused and free lines count 0; only active and past-due lines earn MRR.',
      '支払遅延を除外するツールもある。', 'Some tools drop past-due subscriptions.'),
    choice('churn_recognition', '解約の計上時期', 'Churn recognition', 'churnRecognition',
      atEnd ? '支払済みの契約期間の終わり（更新日）に計上（ChartMogulと同じ、既定）。更新日が記録されていない契約は解約した日。' : '解約した日に計上（StripeやPaddleと同じ）。',
      atEnd ? 'At the end of the paid service period, i.e. the renewal date (as ChartMogul; the default); on the cancellation date for a line with no recorded term end.' : 'On the cancellation date (as Stripe and Paddle).',
      atEnd ? 'StripeとPaddleは解約した日に計上する。' : 'ChartMogul (Kizuna\'s default) waits for the end of the paid period.',
      atEnd ? 'Stripe and Paddle remove MRR at cancellation.' : 'ChartMogul, Kizuna\'s default, removes it at the end of the paid period.'),
    choice('currency', '通貨', 'Currency', 'exchangeRates',
      `基準通貨（${ctx.baseCurrency}）に、その価格が始まった日（サービス期間の開始）に有効なレートで換算。レートの変動だけでは増減として数えない。日付つきレートがなければワークスペースの固定レート。`,
      `Converted into the base currency (${ctx.baseCurrency}) at the rate in force when the price took effect (the start of the service period); a rate change alone is never a movement. Without a dated rate, the workspace's fixed rate.`,
      'ProfitWellは購入日、Paddleは現在のレート。', 'ProfitWell uses the purchase date, Paddle the current rate.'),
    choice('movement_level', '増減の単位', 'Movement level', null,
      '顧客（アカウント）単位で、同じ日の変更は相殺して1つの増減とする。', 'Per account, changes on the same day netted into one movement.',
      'ChartMogulは60分以内の変更をまとめる。', 'ChartMogul groups changes within 60 minutes.'),
    choice('reactivation_gap', '再開とみなす間隔', 'Reactivation gap', 'reactivationGapDays',
      gap > 0 ? `MRRが0になってから${gap}日未満で戻った顧客は解約・再開とせず、縮小・拡大として数える（その間も課金中の顧客）。` : '間隔の条件なし：MRRが0から戻れば再開（既定）。',
      gap > 0 ? `An account back within ${gap} days of its MRR reaching 0 never left: the drop is contraction, the return expansion, and it counts as paying in between.` : 'No minimum gap: any return from 0 is a reactivation (the default).',
      'Recurlyは1か月以上、dbt_stripeは3か月以上の履歴を求める。', 'Recurly needs at least a month at 0; dbt_stripe three months of history.'),
    choice('logo_churn_denominator', 'ロゴ解約率の分母', 'Logo churn denominator', null,
      '期首の課金中の顧客数。期間中の新規顧客は分母に含めない。', 'Paying accounts at the start; accounts new in the period are not added.',
      'Stripeは期間中の新規顧客を分母に加える。', 'Stripe adds the period\'s new accounts to the denominator.'),
    choice('nrr_contraction', 'NRRと縮小', 'NRR and contraction', null,
      'NRRは縮小を差し引く。', 'NRR subtracts contraction.', 'Baremetricsは縮小を含めない。', 'Baremetrics leaves contraction out.'),
    choice('ltv_zero_churn', '解約0のLTV', 'LTV with no churn', null,
      '解約が0ならLTVは「算出不可」と表示。', 'With no churn, LTV is shown as undefined.',
      'ChartMogulは0、Stripeは解約率1.67%を仮定。', 'ChartMogul shows 0; Stripe assumes 1.67% churn.'),
    choice('renewal_terms', '更新の判定', 'What counts as a renewal', null,
      '契約の終了日（ends_on）を迎えた課金中の契約が、その日も課金を続けていれば更新。月額契約の毎月の更新も含む。',
      'A paying term that reaches its end date (ends_on) renews if the line still earns on that day; monthly terms count each month.',
      '年契約のみを対象にするツールもある。', 'Some tools count annual terms only.'),
    choice('segments', 'セグメント', 'Segments', null,
      '顧客の現在の項目値で分類（履歴は持たない）。未入力も1つの値。全セグメントの合計は全体に一致。',
      'Accounts are grouped by their current field value (fields keep no history); an empty field is a value of its own. Segments add up to the total.',
      '', ''),
    choice('periods', '期間', 'Periods', 'fiscalYearStartMonth',
      `期首MRRは初日の前日終わり、期末MRRは最終日の終わりの値。会計年度は${ctx.fiscalYearStartMonth}月始まり、四半期は会計年度に合わせる。`,
      `MRR at the start is read at the close of the day before the first day, at the end at the close of the last day. The fiscal year starts in month ${ctx.fiscalYearStartMonth}; quarters follow it.`,
      '', ''),
  ];
}

function choice(
  key: ChoiceKey, nameJa: string, nameEn: string, setting: string | null,
  textJa: string, textEn: string, altJa: string, altEn: string,
): ChoiceText {
  return { key, name: { ja: nameJa, en: nameEn }, text: { ja: textJa, en: textEn }, alternatives: { ja: altJa, en: altEn }, setting };
}
