/**
 * Answering a survey (SPEC §3.8): which questions show given the answers so far (branching),
 * whether a set of answers is acceptable, and the scores the analysis reads from it.
 *
 * Branching is evaluated in question order against the answers that are themselves visible and
 * valid, so an answer to a question that is hidden (or a condition on a later question) never
 * opens anything. The same functions run in the answer page (live branching) and on the server
 * (the authority), so both always agree on what was asked.
 */
import { type AnswerValue, type Answers, type ExtractedScores, type QuestionType, type ShowIf, type SurveyDefinition, type SurveyQuestion, TEXT_ANSWER_MAX } from './definition.js';

export type AnswerErrorCode =
  /** a required visible question has no answer */
  | 'required'
  /** the value has the wrong JSON type for the question (e.g. a string for an NPS question) */
  | 'wrong_type'
  /** a number outside the question's scale, or not a whole number */
  | 'out_of_range'
  /** a choice that is not one of the question's options */
  | 'unknown_option'
  /** a free-text answer longer than TEXT_ANSWER_MAX */
  | 'too_long'
  /** the answers are not an object keyed by question id */
  | 'not_an_object';

export interface AnswerError {
  /** the question id ('' when the answers as a whole are malformed) */
  question: string;
  code: AnswerErrorCode;
}

export type ValidateResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

/** The scale of each numeric question type, inclusive. */
export const SCALES: Partial<Record<QuestionType, { min: number; max: number }>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  continuation: { min: 1, max: 5 },
  recommendation: { min: 1, max: 5 },
};

const EXPECTATIONS = ['above', 'as', 'below'] as const;

/** Whether an earlier answer satisfies a branching condition; no answer never does. */
export function conditionHolds(condition: ShowIf, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  const { op, value } = condition;
  if (op === 'lte' || op === 'gte') {
    if (typeof answer !== 'number' || typeof value !== 'number') return false;
    return op === 'lte' ? answer <= value : answer >= value;
  }
  const wanted = op === 'in' ? (Array.isArray(value) ? value : [value]) : [value];
  if (op === 'equals' && Array.isArray(value)) return false;
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((a) => wanted.some((w) => w === a));
}

/** The questions shown for these answers, in order (branching applied). */
export function visibleQuestions(def: SurveyDefinition, answers: Answers): SurveyQuestion[] {
  const shown = new Set<string>();
  const out: SurveyQuestion[] = [];
  for (const q of def.questions) {
    const cond = q.showIf;
    if (cond && !(shown.has(cond.question) && conditionHolds(cond, answers[cond.question]))) continue;
    shown.add(q.id);
    out.push(q);
  }
  return out;
}

/** No answer given: absent, null, blank text, or no choice in a multi question. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null
    || (typeof value === 'string' && value.trim() === '')
    || (Array.isArray(value) && value.length === 0);
}

type Checked = { value: AnswerValue } | { code: AnswerErrorCode };

/** Checks one (non-blank) answer against its question; text is trimmed, multi choices deduplicated in option order. */
export function checkAnswer(q: SurveyQuestion, value: unknown): Checked {
  const scale = SCALES[q.type];
  if (scale) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong_type' };
    if (!Number.isInteger(value) || value < scale.min || value > scale.max) return { code: 'out_of_range' };
    return { value };
  }
  switch (q.type) {
    case 'yes_no':
      return typeof value === 'boolean' ? { value } : { code: 'wrong_type' };
    case 'expectation':
      if (typeof value !== 'string') return { code: 'wrong_type' };
      return (EXPECTATIONS as readonly string[]).includes(value) ? { value } : { code: 'out_of_range' };
    case 'single': {
      if (typeof value !== 'string') return { code: 'wrong_type' };
      return (q.options ?? []).some((o) => o.id === value) ? { value } : { code: 'unknown_option' };
    }
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'wrong_type' };
      const ids = (q.options ?? []).map((o) => o.id);
      if (value.some((v) => !ids.includes(v as string))) return { code: 'unknown_option' };
      return { value: ids.filter((id) => value.includes(id)) };
    }
    case 'text': {
      if (typeof value !== 'string') return { code: 'wrong_type' };
      const text = value.trim();
      return text.length > TEXT_ANSWER_MAX ? { code: 'too_long' } : { value: text };
    }
    default:
      return { code: 'wrong_type' };
  }
}

/**
 * Validates raw answers (e.g. a request body) against a definition. Keeps only answers to
 * visible questions (hidden and unknown ones are dropped silently, so a respondent who changes
 * an earlier answer need not clear what it hid); reports every required visible question left
 * blank and every value out of its question's range, in question order.
 */
export function validateAnswers(def: SurveyDefinition, raw: unknown): ValidateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ question: '', code: 'not_an_object' }] };
  }
  const given = raw as Record<string, unknown>;
  const answers: Answers = {};
  const errors: AnswerError[] = [];
  const shown = new Set<string>();
  for (const q of def.questions) {
    const cond = q.showIf;
    if (cond && !(shown.has(cond.question) && conditionHolds(cond, answers[cond.question]))) continue;
    shown.add(q.id);
    const value = Object.hasOwn(given, q.id) ? given[q.id] : undefined;
    if (isBlank(value)) {
      if (q.required) errors.push({ question: q.id, code: 'required' });
      continue;
    }
    const checked = checkAnswer(q, value);
    if ('code' in checked) errors.push({ question: q.id, code: checked.code });
    else if (!isBlank(checked.value)) answers[q.id] = checked.value;
    else if (q.required) errors.push({ question: q.id, code: 'required' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** The question playing a role: the role's question if set, else (for the scales) the first question of that type. */
function roleQuestion(def: SurveyDefinition, roleId: string | undefined, fallbackType: QuestionType | null): SurveyQuestion | undefined {
  if (roleId) return def.questions.find((q) => q.id === roleId);
  return fallbackType ? def.questions.find((q) => q.type === fallbackType) : undefined;
}

function scaleScore(def: SurveyDefinition, answers: Answers, roleId: string | undefined, type: QuestionType): number | null {
  const q = roleQuestion(def, roleId, type);
  const scale = q ? SCALES[q.type] : undefined;
  const v = q ? answers[q.id] : undefined;
  if (!scale || typeof v !== 'number' || !Number.isInteger(v) || v < scale.min || v > scale.max) return null;
  return v;
}

function yesNo(def: SurveyDefinition, answers: Answers, roleId: string | undefined): boolean | null {
  const q = roleQuestion(def, roleId, null);
  const v = q?.type === 'yes_no' ? answers[q.id] : undefined;
  return typeof v === 'boolean' ? v : null;
}

/**
 * The scores stored beside a response. NPS, CSAT, continuation and recommendation come from the
 * role's question or else the first question of that type; the CX tree's trouble, consulted and
 * handling only from their roles (a survey's other yes/no questions ask other things). Values of
 * the wrong type or range give null.
 */
export function extractScores(def: SurveyDefinition, answers: Answers): ExtractedScores {
  const roles = def.roles;
  const handlingQ = roleQuestion(def, roles.handling, null);
  const handling = handlingQ?.type === 'expectation' ? answers[handlingQ.id] : undefined;
  return {
    nps: scaleScore(def, answers, roles.nps, 'nps'),
    csat: scaleScore(def, answers, roles.csat, 'csat'),
    continuation: scaleScore(def, answers, roles.continuation, 'continuation'),
    recommendation: scaleScore(def, answers, roles.recommendation, 'recommendation'),
    trouble: yesNo(def, answers, roles.trouble),
    consulted: yesNo(def, answers, roles.consulted),
    handling: handling === 'above' || handling === 'as' || handling === 'below' ? handling : null,
  };
}

/** Progress through the visible questions: how many are answered out of how many show. */
export function answerProgress(def: SurveyDefinition, answers: Answers): { answered: number; total: number } {
  const visible = visibleQuestions(def, answers);
  return { answered: visible.filter((q) => !isBlank(answers[q.id])).length, total: visible.length };
}
