/**
 * Scoring a maturity self-assessment: each axis is the share of the points its questions can
 * give, scaled to 0–100 and rounded to a whole point; the total is the sum of the eight axis
 * scores (0–800), so it always equals what the radar chart shows.
 */
import { AXIS_MAX, MATURITY_AXES, type Answers, type AxisScores, type MaturityAxis, type Questionnaire } from './types.js';

export interface AnswerIssue {
  /** e.g. "answers.outcome.measured" */
  path: string;
  message: string;
}

export type ScoreResult =
  | { ok: true; scores: AxisScores; total: number }
  | { ok: false; issues: AnswerIssue[] };

/** Every question must be answered with one of its options; unknown question ids are refused. */
export function checkAnswers(questionnaire: Questionnaire, answers: Answers): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const known = new Set(questionnaire.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ path: `answers.${id}`, message: 'is not a question of this questionnaire version' });
  }
  for (const question of questionnaire.questions) {
    const chosen = answers[question.id];
    if (chosen === undefined) issues.push({ path: `answers.${question.id}`, message: 'is not answered' });
    else if (!Number.isInteger(chosen) || chosen < 0 || chosen >= question.options.length) {
      issues.push({ path: `answers.${question.id}`, message: `must be an option index from 0 to ${question.options.length - 1}` });
    }
  }
  return issues;
}

/**
 * @example
 * scoreAssessment(QUESTIONNAIRE, answers) // → { ok: true, scores: { alignment: 50, … }, total: 400 }
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): ScoreResult {
  const issues = checkAnswers(questionnaire, answers);
  if (issues.length > 0) return { ok: false, issues };
  const earned = Object.fromEntries(MATURITY_AXES.map((a) => [a, 0])) as Record<MaturityAxis, number>;
  const possible = Object.fromEntries(MATURITY_AXES.map((a) => [a, 0])) as Record<MaturityAxis, number>;
  for (const question of questionnaire.questions) {
    const option = question.options[answers[question.id] ?? -1];
    earned[question.axis] += option?.points ?? 0;
    possible[question.axis] += Math.max(...question.options.map((o) => o.points));
  }
  const scores = Object.fromEntries(MATURITY_AXES.map((a) => [
    a, possible[a] === 0 ? 0 : Math.round((AXIS_MAX * earned[a]) / possible[a]),
  ])) as AxisScores;
  const total = MATURITY_AXES.reduce((sum, a) => sum + scores[a], 0);
  return { ok: true, scores, total };
}

/** The axes from the weakest up; ties keep the questionnaire's axis order. */
export function weakestAxes(scores: AxisScores, count: number): MaturityAxis[] {
  return [...MATURITY_AXES].sort((a, b) => scores[a] - scores[b] || MATURITY_AXES.indexOf(a) - MATURITY_AXES.indexOf(b)).slice(0, count);
}
