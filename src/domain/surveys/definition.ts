/**
 * What a survey asks (SPEC §3.8): its questions with Japanese and English texts, branching
 * (a question shows only when an earlier answer says so), and which questions play the CX
 * tree's roles. Stored as surveys.definition; validated here at every edge.
 *
 * Question types and the values their answers take:
 * - nps: 0–10 (how likely to recommend; Reichheld's Net Promoter question)
 * - csat: 1–5 (satisfaction, 5 = very satisfied)
 * - continuation: 1–5 continuation intent (継続意向, 5 = will certainly continue)
 * - recommendation: 1–5 recommendation intent (推奨意向, 5 = will certainly recommend)
 * - yes_no: true | false
 * - expectation: 'above' | 'as' | 'below' (how a response compared with expectations)
 * - single: one option id; multi: an array of option ids
 * - text: free text (at most 4,000 characters)
 */
import { z } from 'zod';

export const SURVEY_LANGUAGES = ['ja', 'en'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** A text in both languages; the builder requires the languages the survey is offered in. */
export const LocalText = z.object({ ja: z.string().max(2000).default(''), en: z.string().max(2000).default('') });
export type LocalText = z.infer<typeof LocalText>;

export const QUESTION_TYPES = ['nps', 'csat', 'continuation', 'recommendation', 'yes_no', 'expectation', 'single', 'multi', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const TEXT_ANSWER_MAX = 4000;

const QuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter');

/**
 * Show a question only when an earlier question's answer satisfies this. `equals` compares
 * with the answer (for multi: the option is among those chosen); `in` with any of the values;
 * `lte`/`gte` with a numeric answer. An unanswered or hidden earlier question never satisfies it.
 */
export const ShowIf = z.object({
  question: QuestionId,
  op: z.enum(['equals', 'in', 'lte', 'gte']),
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.union([z.number(), z.boolean(), z.string()]))]),
});
export type ShowIf = z.infer<typeof ShowIf>;

export const ChoiceOption = z.object({ id: QuestionId, text: LocalText });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const SurveyQuestion = z.object({
  id: QuestionId,
  type: z.enum(QUESTION_TYPES),
  text: LocalText,
  /** an optional note under the question */
  help: LocalText.optional(),
  required: z.boolean().default(false),
  /** single and multi only: at least two */
  options: z.array(ChoiceOption).max(30).optional(),
  showIf: ShowIf.optional(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

/**
 * Which questions the analysis reads. nps/csat/continuation/recommendation default to the first
 * question of that type; trouble and consulted are yes_no questions, handling an expectation
 * question. A survey with trouble, consulted and handling has a CX tree.
 */
export const SurveyRoles = z.object({
  nps: QuestionId.optional(),
  csat: QuestionId.optional(),
  continuation: QuestionId.optional(),
  recommendation: QuestionId.optional(),
  trouble: QuestionId.optional(),
  consulted: QuestionId.optional(),
  handling: QuestionId.optional(),
});
export type SurveyRoles = z.infer<typeof SurveyRoles>;

export const SurveyDefinition = z.object({
  /** shown at the top of the answer page */
  intro: LocalText.optional(),
  /** shown after submitting */
  thanks: LocalText.optional(),
  questions: z.array(SurveyQuestion).min(1).max(60),
  roles: SurveyRoles.default({}),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

export type AnswerValue = number | boolean | string | string[];
export type Answers = Record<string, AnswerValue>;

/** The scores stored beside a response's answers (survey_responses columns). */
export interface ExtractedScores {
  nps: number | null;
  csat: number | null;
  continuation: number | null;
  recommendation: number | null;
  trouble: boolean | null;
  consulted: boolean | null;
  handling: 'above' | 'as' | 'below' | null;
}

/** The CX tree's five leaves (SPEC §3.8). */
export const CX_LEAVES = ['no_trouble', 'not_consulted', 'above', 'as', 'below'] as const;
export type CxLeaf = (typeof CX_LEAVES)[number];
