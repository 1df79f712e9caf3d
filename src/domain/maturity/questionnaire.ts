/**
 * Kizuna's CS maturity questionnaire (SPEC §3.10): eight axes, four questions each, every
 * option worth 0–3 points. Written for Kizuna; the 2018 index that inspired the eight axes is a
 * trademark of its authors and none of its questions are used. Change the wording freely while
 * the meaning of an option holds; change what an option means and the version must go up,
 * since saved answers refer to option indexes of the version they were given against.
 */
import { ALIGNMENT_QUESTIONS, TEAM_QUESTIONS } from './questions/alignment-team.js';
import { ONBOARDING_QUESTIONS, RESOURCES_QUESTIONS } from './questions/resources-onboarding.js';
import { OUTCOME_QUESTIONS, RELATIONSHIP_QUESTIONS } from './questions/relationship-outcome.js';
import { PLAYBOOK_QUESTIONS, SEGMENTATION_QUESTIONS } from './questions/segmentation-playbook.js';
import type { AxisInfo, MaturityAxis, Questionnaire, Text } from './types.js';

export const QUESTIONNAIRE_VERSION = 1;

const axis = (id: MaturityAxis, name: Text, description: Text): AxisInfo => ({ axis: id, name, description });

const AXES: AxisInfo[] = [
  axis('alignment', { ja: '全社連携', en: 'Alignment' },
    { ja: 'CSの目的と指標が経営・他部門と共有され、評価にも結び付いているか', en: 'Whether CS goals and metrics are shared with leadership and other teams, and tied to how people are evaluated' }),
  axis('team', { ja: '組織体制', en: 'Team' },
    { ja: '担当と責任が明確で、人員配置と育成が計画的に行われているか', en: 'Whether ownership is clear and staffing and skills are planned' }),
  axis('segmentation', { ja: 'セグメンテーション', en: 'Segmentation' },
    { ja: '顧客を意味のある基準で分け、それぞれに合った関わり方をしているか', en: 'Whether customers are grouped by meaningful criteria and served accordingly' }),
  axis('playbook', { ja: 'プレイブック', en: 'Playbook' },
    { ja: '主要な場面の対応が標準化され、シグナルで動き、効果が測られているか', en: 'Whether responses to key moments are standard, triggered by signals and measured' }),
  axis('resources', { ja: 'リソース', en: 'Resources' },
    { ja: 'データ、ツール、コンテンツ、予算がCS活動を支えているか', en: 'Whether data, tools, content and budget support the work' }),
  axis('onboarding', { ja: 'オンボーディング', en: 'Onboarding' },
    { ja: '引き継ぎから最初の価値実感までが計画され、測られているか', en: 'Whether the path from handover to first value is planned and measured' }),
  axis('relationship', { ja: 'リレーション', en: 'Relationship' },
    { ja: '階層ごとの関係者を把握し、合意した頻度と手段で接点を持っているか', en: 'Whether stakeholders at each level are known and met at an agreed frequency and channel' }),
  axis('outcome', { ja: 'アウトカム', en: 'Outcome' },
    { ja: '顧客が望む成果を測れる目標として合意し、進み具合を測り、見直しているか', en: 'Whether the outcomes customers want are agreed as measurable goals, tracked and re-agreed' }),
];

export const QUESTIONNAIRE: Questionnaire = {
  version: QUESTIONNAIRE_VERSION,
  axes: AXES,
  questions: [
    ...ALIGNMENT_QUESTIONS, ...TEAM_QUESTIONS, ...SEGMENTATION_QUESTIONS, ...PLAYBOOK_QUESTIONS,
    ...RESOURCES_QUESTIONS, ...ONBOARDING_QUESTIONS, ...RELATIONSHIP_QUESTIONS, ...OUTCOME_QUESTIONS,
  ],
};

/** Every version an assessment may have been saved against; old answers stay scorable. */
export const QUESTIONNAIRES: Readonly<Record<number, Questionnaire>> = { [QUESTIONNAIRE_VERSION]: QUESTIONNAIRE };
