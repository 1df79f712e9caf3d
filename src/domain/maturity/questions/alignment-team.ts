/** Questions on the alignment and team axes (questionnaire version 1). Written for Kizuna. */
import { ask } from './ask.js';

export const ALIGNMENT_QUESTIONS = [
  ask('alignment', 'mandate', [
    '経営陣はカスタマーサクセスの目的（解約抑止・拡大・顧客の成果）を明文化し、全社に共有していますか。',
    'Has leadership written down what customer success is for (retention, expansion, customer outcomes) and shared it company-wide?',
  ], [
    ['明文化されていない', 'It is not defined'],
    ['経営陣の認識はあるが、文書にはなっていない', 'Leadership understands it, but it is not written down'],
    ['文書化されているが、他部門にはあまり浸透していない', 'It is written down, but other teams hardly know it'],
    ['文書化され、全社の方針や計画に組み込まれている', 'It is written down and built into company plans and goals'],
  ]),
  ask('alignment', 'kpis', [
    'NRRや解約率などのCS指標に、期ごとの目標値を設定していますか。',
    'Do your CS metrics, such as NRR and churn, have a target for each period?',
  ], [
    ['指標を定めていない', 'No metrics are defined'],
    ['指標は見ているが、目標値はない', 'We watch metrics but set no targets'],
    ['目標値はあるが、振り返りは不定期', 'Targets exist, but are reviewed irregularly'],
    ['目標値があり、毎月または四半期ごとに実績と比べて振り返っている', 'Targets exist and actuals are reviewed against them monthly or quarterly'],
  ]),
  ask('alignment', 'cross_team', [
    '営業・プロダクト・サポートと、顧客の状況や課題を定期的に共有する場がありますか。',
    'Do you regularly share customers\' situation and issues with sales, product and support?',
  ], [
    ['ない', 'No'],
    ['問題が起きたときだけ個別に共有する', 'Only case by case, when something goes wrong'],
    ['一部の部門とは定例がある', 'There are regular meetings with some teams'],
    ['関係部門すべてと定例があり、決めたことが実行されている', 'There are regular meetings with every related team, and what is agreed gets done'],
  ]),
  ask('alignment', 'incentives', [
    '営業やCSの評価・報酬に、契約の継続や拡大（NRRなど）が反映されていますか。',
    'Do evaluations and pay in sales and CS reflect renewals and expansion (e.g. NRR)?',
  ], [
    ['反映されていない', 'No'],
    ['CSの評価にのみ一部反映されている', 'Partly, for CS only'],
    ['CSと営業の評価に反映されている', 'Yes, for both CS and sales'],
    ['経営陣を含む関係部門すべての評価に反映されている', 'Yes, for every related team, leadership included'],
  ]),
];

export const TEAM_QUESTIONS = [
  ask('team', 'dedicated', [
    'カスタマーサクセスを専任で担う担当者がいますか。',
    'Does anyone work on customer success full-time?',
  ], [
    ['いない（営業やサポートが兼務している）', 'No; sales or support cover it on the side'],
    ['兼務だが、主担当は決まっている', 'Part-time, with a named lead'],
    ['専任の担当者がいる', 'Yes, dedicated people'],
    ['専任チームがあり、責任者が経営会議に参加している', 'A dedicated team whose head sits in management meetings'],
  ]),
  ask('team', 'ownership', [
    'すべての契約顧客に、担当CSM（またはテックタッチを担うチーム）を割り当てていますか。',
    'Is every paying customer assigned to a CSM (or to the team running tech-touch)?',
  ], [
    ['割り当てていない', 'No'],
    ['大口顧客のみ割り当てている', 'Only the largest customers'],
    ['ほとんどの顧客に割り当てている', 'Most customers'],
    ['全顧客に割り当て、担当替えの際の引き継ぎ手順もある', 'Every customer, with a handover procedure when the owner changes'],
  ]),
  ask('team', 'capacity', [
    'CSM一人あたりの担当社数や担当ARRを把握し、人員配置の判断に使っていますか。',
    'Do you track the accounts and ARR per CSM and use them to decide staffing?',
  ], [
    ['把握していない', 'No'],
    ['おおよそ把握している', 'Roughly'],
    ['定期的に集計している', 'We report them regularly'],
    ['集計し、採用や担当の再配分に使っている', 'We report them and use them for hiring and rebalancing'],
  ]),
  ask('team', 'skills', [
    'CSMを育成する仕組み（入社時研修、スキル基準、ナレッジ共有）がありますか。',
    'Is there a way to develop CSMs (onboarding training, skill standards, knowledge sharing)?',
  ], [
    ['ない', 'None'],
    ['OJTのみ', 'On-the-job only'],
    ['研修資料やナレッジを共有する場がある', 'Training material and knowledge-sharing sessions'],
    ['スキル基準があり、定期的に評価し育成している', 'Skill standards, with regular assessment and coaching'],
  ]),
];
