import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from './questionnaire.js';
import { checkAnswers, scoreAssessment, weakestAxes } from './score-assessment.js';
import { MATURITY_AXES, type Answers, type AxisScores, type Questionnaire } from './types.js';

const answerAll = (option: (questionId: string) => number): Answers =>
  Object.fromEntries(QUESTIONNAIRE.questions.map((q) => [q.id, option(q.id)]));

/** A two-axis questionnaire small enough to score by hand. */
const TINY: Questionnaire = {
  version: 99,
  axes: [],
  questions: [
    { id: 'team.a', axis: 'team', text: { ja: 'a', en: 'a' }, options: [0, 1, 2, 3].map((points) => ({ points, text: { ja: '', en: '' } })) },
    { id: 'team.b', axis: 'team', text: { ja: 'b', en: 'b' }, options: [0, 1, 2].map((points) => ({ points, text: { ja: '', en: '' } })) },
    { id: 'outcome.a', axis: 'outcome', text: { ja: 'c', en: 'c' }, options: [0, 1, 2, 3].map((points) => ({ points, text: { ja: '', en: '' } })) },
  ],
};

describe('scoreAssessment', () => {
  it('scores the least mature answer everywhere as 0 and the most mature as 800', () => {
    const none = scoreAssessment(QUESTIONNAIRE, answerAll(() => 0));
    const full = scoreAssessment(QUESTIONNAIRE, answerAll((id) => QUESTIONNAIRE.questions.find((q) => q.id === id)!.options.length - 1));
    expect(none).toMatchObject({ ok: true, total: 0 });
    expect(full).toMatchObject({ ok: true, total: 800 });
    if (full.ok) for (const axis of MATURITY_AXES) expect(full.scores[axis]).toBe(100);
  });

  it('scales an axis by the points its questions can give and rounds to whole points', () => {
    // team: (2 + 1) of (3 + 2) possible = 60; outcome: 1 of 3 = 33.3 → 33; other axes have no questions → 0.
    const result = scoreAssessment(TINY, { 'team.a': 2, 'team.b': 1, 'outcome.a': 1 });
    expect(result).toMatchObject({ ok: true, total: 93 });
    if (result.ok) expect(result.scores).toMatchObject({ team: 60, outcome: 33, alignment: 0 });
  });

  it('makes the total the sum of the rounded axis scores, as the radar shows them', () => {
    // Option 1 of four options on every question: 4 × 1 of 4 × 3 points = 33.3 → 33 per axis; 8 × 33 = 264.
    const result = scoreAssessment(QUESTIONNAIRE, answerAll(() => 1));
    expect(result).toMatchObject({ ok: true, total: 264 });
  });

  it('names every unanswered, unknown or out-of-range answer', () => {
    const answers = answerAll(() => 1);
    delete answers['outcome.measured'];
    answers['team.ownership'] = 7;
    answers['team.skills'] = 1.5;
    answers['nope.q'] = 0;
    const result = scoreAssessment(QUESTIONNAIRE, answers);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path).sort()).toEqual(['answers.nope.q', 'answers.outcome.measured', 'answers.team.ownership', 'answers.team.skills']);
    }
    expect(checkAnswers(QUESTIONNAIRE, answerAll(() => 3))).toEqual([]);
  });
});

describe('weakestAxes', () => {
  it('orders from the lowest score and breaks ties by axis order', () => {
    const scores: AxisScores = { alignment: 50, team: 20, segmentation: 20, playbook: 90, resources: 70, onboarding: 10, relationship: 60, outcome: 40 };
    expect(weakestAxes(scores, 3)).toEqual(['onboarding', 'team', 'segmentation']);
  });
});
