/** Questions on the relationship and outcome axes (questionnaire version 1). Written for Kizuna. */
import { ask } from './ask.js';

export const RELATIONSHIP_QUESTIONS = [
  ask('relationship', 'map', [
    '主要な顧客について、決裁者・推進役（チャンピオン）・現場の利用者を把握していますか。',
    'For your key customers, do you know the decision maker, the champion and the day-to-day users?',
  ], [
    ['把握していない', 'No'],
    ['窓口の担当者のみ把握している', 'Only our point of contact'],
    ['主要な顧客については把握している', 'Yes, for key customers'],
    ['全顧客について把握し、記録を最新に保っている', 'Yes, for every customer, and kept up to date'],
  ]),
  ask('relationship', 'cadence', [
    '経営層・管理職・利用者のそれぞれと、どの頻度・手段で接点を持つかを決めていますか。',
    'Have you set how often, and through which channel, you talk to executives, managers and users?',
  ], [
    ['決めていない', 'No'],
    ['窓口の担当者とだけ定期的に話している', 'We talk regularly to our point of contact only'],
    ['階層ごとに頻度を決めている', 'There is a frequency per level'],
    ['頻度と手段を決め、守れているかを確認している', 'There is a frequency and channel per level, and we check they are kept'],
  ]),
  ask('relationship', 'executive', [
    '顧客の経営層と、成果や今後の方針を話し合う場（定期レビューなど）がありますか。',
    'Do you meet the customer\'s executives to discuss results and plans (e.g. business reviews)?',
  ], [
    ['ない', 'No'],
    ['契約時や問題が起きたときのみ', 'Only at signing or when things go wrong'],
    ['大口顧客とは定期的に行っている', 'Regularly, with the largest customers'],
    ['対象の顧客すべてと定期的に行い、議事を記録している', 'Regularly, with every customer in scope, and minutes are kept'],
  ]),
  ask('relationship', 'voice', [
    '顧客の声（要望・不満・満足度）を集め、対応した結果を顧客に伝えていますか。',
    'Do you collect customer feedback (requests, complaints, satisfaction) and tell customers what you did about it?',
  ], [
    ['集めていない', 'No'],
    ['届いたものに個別に対応するだけ', 'We only answer what arrives'],
    ['定期的に集め、社内で共有している', 'It is collected regularly and shared internally'],
    ['集めて優先順位を付け、対応結果を顧客に伝えている', 'It is collected and prioritised, and customers are told what was done'],
  ]),
];

export const OUTCOME_QUESTIONS = [
  ask('outcome', 'defined', [
    '顧客ごとに、製品を通じて達成したい成果（ゴール）を聞き取り、記録していますか。',
    'Do you ask each customer what they want to achieve with the product, and record it?',
  ], [
    ['していない', 'No'],
    ['商談時に聞くが、記録はしていない', 'It is asked during the sale, but not recorded'],
    ['主要な顧客については記録している', 'It is recorded for key customers'],
    ['全顧客について記録し、社内で共有している', 'It is recorded for every customer and shared internally'],
  ]),
  ask('outcome', 'measured', [
    'その成果に、測定できる指標と、基準値・目標値・期限がありますか。',
    'Do those outcomes have a measurable metric, with a baseline, a target and a due date?',
  ], [
    ['ない', 'No'],
    ['定性的な目標のみ', 'Qualitative goals only'],
    ['指標と目標値はあるが、基準値や期限がない', 'A metric and a target, but no baseline or date'],
    ['指標・基準値・目標値・期限がそろっている', 'Metric, baseline, target and date are all set'],
  ]),
  ask('outcome', 'progress', [
    '成果の達成状況を定期的に測り、顧客と共有していますか。',
    'Do you measure progress towards those outcomes regularly and share it with the customer?',
  ], [
    ['していない', 'No'],
    ['聞かれたときに答えている', 'When asked'],
    ['定期的に測っている', 'It is measured regularly'],
    ['定期的に測り、顧客とのレビューで共有している', 'It is measured regularly and shared in reviews with the customer'],
  ]),
  ask('outcome', 'reagree', [
    '顧客の事業や体制が変わったとき、目標を見直して合意し直していますか。',
    'When the customer\'s business or organisation changes, do you revisit and re-agree the goals?',
  ], [
    ['していない', 'No'],
    ['顧客から言われたときのみ', 'Only when the customer raises it'],
    ['契約更新のときに見直している', 'At renewal'],
    ['見直す時期を決めて定期的に合意し直し、経緯を記録している', 'On a set schedule, with each re-agreement recorded'],
  ]),
];
