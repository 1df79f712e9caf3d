/**
 * Two past CS maturity self-assessments for the demo workspace, about a year apart. The first
 * sits near the 2018 Japanese average (289 of 800): tiers and a health score exist, outcomes
 * and playbooks barely. A year on the team has worked on outcomes and relationships (success
 * plans, stakeholder maps), so every answer is the same or one step better, most on those axes.
 */
import { QUESTIONNAIRE } from '../maturity/questionnaire.js';
import { scoreAssessment } from '../maturity/score-assessment.js';
import type { Answers, AxisScores, MaturityAxis } from '../maturity/types.js';
import { addDays, onWeekday, type IsoDate } from './calendar.js';
import { createRandom } from './random.js';

export interface DemoAssessment {
  id: string;
  assessedOn: IsoDate;
  questionnaireVersion: number;
  answers: Answers;
  scores: AxisScores;
  total: number;
  note: string;
}

/** Where the team stood a year ago, on the 0–3 answer scale. */
const FIRST_LEVEL: Record<MaturityAxis, number> = {
  alignment: 1.4, team: 1.5, segmentation: 1.6, playbook: 0.6, resources: 1.3, onboarding: 1.0, relationship: 1.1, outcome: 0.5,
};
/** How likely each answer is one step better a year later. */
const IMPROVEMENT: Record<MaturityAxis, number> = {
  alignment: 0.3, team: 0.25, segmentation: 0.3, playbook: 0.15, resources: 0.3, onboarding: 0.25, relationship: 0.6, outcome: 0.75,
};

const FIRST_DAYS_AGO = 400;
const LATER_DAYS_AGO = 35;

export function generateAssessments(input: { seed: number; today: IsoDate }): [DemoAssessment, DemoAssessment] {
  const random = createRandom(input.seed, 'assessments');
  const first: Answers = {};
  const later: Answers = {};
  for (const question of QUESTIONNAIRE.questions) {
    const top = question.options.length - 1;
    const before = Math.min(top, Math.max(0, Math.round(FIRST_LEVEL[question.axis] + random.normal(0, 0.5))));
    first[question.id] = before;
    later[question.id] = Math.min(top, before + (random.chance(IMPROVEMENT[question.axis]) ? 1 : 0));
  }
  // The year's main work: outcome goals are now recorded for the key customers at least.
  later['outcome.defined'] = Math.max(later['outcome.defined'] ?? 0, 2);
  const ids = random.fork('ids');
  return [
    assessment(ids.uuid(), onWeekday(addDays(input.today, -FIRST_DAYS_AGO)), first, '初回の自己診断。成果（アウトカム）の記録とプレイブックが弱い。'),
    assessment(ids.uuid(), onWeekday(addDays(input.today, -LATER_DAYS_AGO)), later, 'サクセスプランとステークホルダーマップの導入後に再診断。'),
  ];
}

function assessment(id: string, assessedOn: IsoDate, answers: Answers, note: string): DemoAssessment {
  const result = scoreAssessment(QUESTIONNAIRE, answers);
  if (!result.ok) throw new Error(`demo assessment does not score: ${JSON.stringify(result.issues)}`);
  return { id, assessedOn, questionnaireVersion: QUESTIONNAIRE.version, answers, scores: result.scores, total: result.total, note };
}
