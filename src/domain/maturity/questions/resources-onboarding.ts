/** Questions on the resources and onboarding axes (questionnaire version 1). Written for Kizuna. */
import { ask } from './ask.js';

export const RESOURCES_QUESTIONS = [
  ask('resources', 'data', [
    '契約・利用状況・問い合わせなどの顧客データを、一か所で見られますか。',
    'Can you see a customer\'s contract, usage and support data in one place?',
  ], [
    ['各システムに分散している', 'It is scattered across systems'],
    ['必要なときに手作業で集めている', 'We gather it by hand when needed'],
    ['主要なデータは一か所にまとまっている', 'The main data is in one place'],
    ['一か所にまとまり、自動で更新されている', 'It is in one place and updated automatically'],
  ]),
  ask('resources', 'usage', [
    '製品の利用データ（ログイン、機能の利用など）を顧客ごとに把握していますか。',
    'Do you know each customer\'s product usage (logins, features used)?',
  ], [
    ['取得していない', 'We do not collect it'],
    ['取得しているが、CSからは見られない', 'It is collected, but CS cannot see it'],
    ['CSも見られるが、定期的には確認していない', 'CS can see it, but does not check it regularly'],
    ['顧客ごとに定期的に確認し、対応に活かしている', 'It is checked per customer on a regular basis and acted on'],
  ]),
  ask('resources', 'content', [
    '顧客が自分で解決できるコンテンツ（ヘルプ、動画、コミュニティなど）が整っていますか。',
    'Do customers have content to help themselves (help centre, videos, community)?',
  ], [
    ['ほとんどない', 'Hardly any'],
    ['基本的なヘルプのみ', 'Basic help pages only'],
    ['主要な機能とよくある課題を網羅している', 'It covers the main features and common problems'],
    ['網羅しており、利用状況を見て改善している', 'It covers them and is improved based on how it is used'],
  ]),
  ask('resources', 'budget', [
    'CS活動やツールへの予算が、計画的に確保されていますか。',
    'Is there a planned budget for CS work and tools?',
  ], [
    ['予算はない', 'There is no budget'],
    ['必要になるたびに申請している', 'It is requested case by case'],
    ['年度の予算がある', 'There is an annual budget'],
    ['予算があり、投資対効果を測って見直している', 'There is a budget whose return is measured and reviewed'],
  ]),
];

export const ONBOARDING_QUESTIONS = [
  ask('onboarding', 'handoff', [
    '受注時に、顧客の目的や関係者の情報が、営業からCSへ決まった形式で引き継がれますか。',
    'When a deal closes, does sales hand the customer\'s goals and people over to CS in a set format?',
  ], [
    ['引き継ぎはない', 'There is no handover'],
    ['口頭やチャットで伝えている', 'By word of mouth or chat'],
    ['決まった形式はあるが、内容にばらつきがある', 'There is a set format, filled in unevenly'],
    ['決まった形式で漏れなく引き継がれ、CSが受け入れを確認している', 'A set format, complete, and accepted by CS'],
  ]),
  ask('onboarding', 'plan', [
    '導入時の計画（やること、期限、顧客側の担当者）を顧客と合意していますか。',
    'Do you agree an onboarding plan (tasks, dates, customer-side owners) with the customer?',
  ], [
    ['していない', 'No'],
    ['大まかなスケジュールのみ', 'A rough schedule only'],
    ['計画を作成して共有している', 'A plan is written and shared'],
    ['マイルストーンを顧客と合意し、進み具合を追っている', 'Milestones are agreed with the customer and tracked'],
  ]),
  ask('onboarding', 'first_value', [
    '顧客が最初に価値を実感するまでの期間を定義し、測っていますか。',
    'Have you defined, and do you measure, the time until a customer first sees value?',
  ], [
    ['定義していない', 'It is not defined'],
    ['定義はあるが、測っていない', 'It is defined but not measured'],
    ['測っている', 'It is measured'],
    ['測っており、短縮に向けた改善を続けている', 'It is measured, and we keep working to shorten it'],
  ]),
  ask('onboarding', 'completion', [
    'オンボーディングの完了を判定する基準があり、完了率を把握していますか。',
    'Are there criteria for finishing onboarding, and do you know the completion rate?',
  ], [
    ['基準はない', 'There are no criteria'],
    ['担当者の判断で完了としている', 'The owner decides'],
    ['基準があり、完了率を集計している', 'Criteria exist and the rate is reported'],
    ['完了率と、その後の定着や解約との関係まで見ている', 'We also study how completion relates to later adoption and churn'],
  ]),
];
