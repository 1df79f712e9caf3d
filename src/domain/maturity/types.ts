/** Shapes of the CS maturity self-assessment (SPEC §3.10): eight axes, questions with scored options. */

export const MATURITY_AXES = ['alignment', 'team', 'segmentation', 'playbook', 'resources', 'onboarding', 'relationship', 'outcome'] as const;
export type MaturityAxis = (typeof MATURITY_AXES)[number];

/** Each axis is worth 100 points, so the whole assessment is worth 800. */
export const AXIS_MAX = 100;
export const TOTAL_MAX = AXIS_MAX * MATURITY_AXES.length;

export interface Text {
  ja: string;
  en: string;
}

export interface AnswerOption {
  /** raw points of this option; the axis score scales the sum of an axis to 0–100 */
  points: number;
  text: Text;
}

export interface Question {
  /** stable across versions while the meaning holds, e.g. "outcome.measured" */
  id: string;
  axis: MaturityAxis;
  text: Text;
  /** from the least to the most mature practice */
  options: AnswerOption[];
}

export interface AxisInfo {
  axis: MaturityAxis;
  name: Text;
  description: Text;
}

export interface Questionnaire {
  version: number;
  axes: AxisInfo[];
  questions: Question[];
}

/** question id → index of the chosen option */
export type Answers = Record<string, number>;
export type AxisScores = Record<MaturityAxis, number>;
