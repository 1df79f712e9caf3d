/**
 * The rules a survey definition must keep beyond its shape (definition.ts): question ids
 * unique; single/multi questions with at least two options of unique ids; branching only on an
 * EARLIER question and on a value that question can take; roles pointing at a question of the
 * right type; texts in every language the survey is offered in. Every issue names the
 * question and the field path, so the builder can show it beside the question.
 *
 * Missing texts (`text_missing`) do not stop saving a draft — people write one language first
 * — but a survey cannot open with them (`blocksDraft`).
 */
import { z } from 'zod';
import {
  SurveyDefinition, type LocalText, type ShowIf, type SurveyLanguage, type SurveyQuestion, type SurveyRoles, type QuestionType,
} from './definition.js';

export type DefinitionIssueCode =
  | 'invalid' | 'duplicate_id' | 'too_few_options' | 'duplicate_option' | 'options_not_allowed'
  | 'show_if_unknown' | 'show_if_not_earlier' | 'show_if_op' | 'show_if_value'
  | 'role_unknown' | 'role_type' | 'text_missing';

export interface DefinitionIssue {
  /** dotted field path, e.g. "questions.3.showIf.value" */
  path: string;
  /** the question at fault, when there is one */
  question: string | null;
  code: DefinitionIssueCode;
  message: string;
}

/** Whether an issue stops saving a draft (all do except missing texts, which only stop opening). */
export const blocksDraft = (issue: DefinitionIssue): boolean => issue.code !== 'text_missing';

const SCALE_RANGE: Partial<Record<QuestionType, [number, number]>> = {
  nps: [0, 10], csat: [1, 5], continuation: [1, 5], recommendation: [1, 5],
};
export const EXPECTATIONS = ['above', 'as', 'below'] as const;

/** The question type each role reads (definition.ts, SurveyRoles). */
export const ROLE_TYPES: Record<keyof SurveyRoles, QuestionType> = {
  nps: 'nps', csat: 'csat', continuation: 'continuation', recommendation: 'recommendation',
  trouble: 'yes_no', consulted: 'yes_no', handling: 'expectation',
};

export const hasOptions = (type: QuestionType): boolean => type === 'single' || type === 'multi';

/** Whether `value` is one answer (or, for multi, one chosen option) the question can take. */
export function canTake(question: SurveyQuestion, value: unknown): boolean {
  const range = SCALE_RANGE[question.type];
  if (range) return typeof value === 'number' && Number.isInteger(value) && value >= range[0] && value <= range[1];
  switch (question.type) {
    case 'yes_no': return typeof value === 'boolean';
    case 'expectation': return typeof value === 'string' && (EXPECTATIONS as readonly string[]).includes(value);
    case 'single': case 'multi': return typeof value === 'string' && (question.options ?? []).some((o) => o.id === value);
    default: return false;
  }
}

/** Which branching operators make sense on a question of this type (text answers never branch). */
export function branchOps(type: QuestionType): ShowIf['op'][] {
  if (SCALE_RANGE[type]) return ['equals', 'in', 'lte', 'gte'];
  return type === 'text' ? [] : ['equals', 'in'];
}

function checkShowIf(q: SurveyQuestion, index: number, earlier: Map<string, SurveyQuestion>, ids: Set<string>): DefinitionIssue[] {
  const showIf = q.showIf;
  if (!showIf) return [];
  const at = (field: string) => `questions.${index}.showIf${field}`;
  const issue = (code: DefinitionIssueCode, path: string, message: string): DefinitionIssue[] => [{ path, question: q.id, code, message }];
  const target = earlier.get(showIf.question);
  if (!target) {
    return ids.has(showIf.question)
      ? issue('show_if_not_earlier', at('.question'), `${q.id}: branching may only depend on an earlier question, not ${showIf.question}`)
      : issue('show_if_unknown', at('.question'), `${q.id}: no question ${showIf.question}`);
  }
  if (!branchOps(target.type).includes(showIf.op)) {
    return issue('show_if_op', at('.op'), `${q.id}: "${showIf.op}" cannot be used on ${target.id} (${target.type})`);
  }
  const values = showIf.op === 'in' ? showIf.value : [showIf.value];
  const ok = Array.isArray(values) && values.length > 0 && values.every((v) => canTake(target, v));
  return ok ? [] : issue('show_if_value', at('.value'), `${q.id}: ${target.id} never answers ${JSON.stringify(showIf.value)}`);
}

function checkOptions(q: SurveyQuestion, index: number): DefinitionIssue[] {
  const path = `questions.${index}.options`;
  if (!hasOptions(q.type)) {
    return q.options && q.options.length > 0
      ? [{ path, question: q.id, code: 'options_not_allowed', message: `${q.id}: only single and multiple choice questions have options` }] : [];
  }
  const options = q.options ?? [];
  if (options.length < 2) return [{ path, question: q.id, code: 'too_few_options', message: `${q.id}: give at least two options` }];
  const seen = new Set<string>();
  const issues: DefinitionIssue[] = [];
  options.forEach((o, i) => {
    if (seen.has(o.id)) issues.push({ path: `${path}.${i}.id`, question: q.id, code: 'duplicate_option', message: `${q.id}: option id ${o.id} is used twice` });
    seen.add(o.id);
  });
  return issues;
}

function checkText(text: LocalText | undefined, path: string, question: string | null, languages: readonly SurveyLanguage[], optional: boolean): DefinitionIssue[] {
  if (!text) return [];
  if (optional && languages.every((l) => text[l].trim() === '')) return [];
  return languages.filter((l) => text[l].trim() === '').map((l) => ({
    path: `${path}.${l}`, question, code: 'text_missing' as const, message: `${question ? `${question}: ` : ''}the ${l} text is missing`,
  }));
}

function checkRoles(def: SurveyDefinition, byId: Map<string, SurveyQuestion>): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  for (const [role, id] of Object.entries(def.roles) as Array<[keyof SurveyRoles, string | undefined]>) {
    if (id === undefined) continue;
    const q = byId.get(id);
    const path = `roles.${role}`;
    if (!q) issues.push({ path, question: id, code: 'role_unknown', message: `role ${role}: no question ${id}` });
    else if (q.type !== ROLE_TYPES[role]) {
      issues.push({ path, question: id, code: 'role_type', message: `role ${role} needs a ${ROLE_TYPES[role]} question; ${id} is ${q.type}` });
    }
  }
  return issues;
}

/** Every rule broken by a well-shaped definition, in question order then roles. */
export function validateDefinition(def: SurveyDefinition, languages: readonly SurveyLanguage[]): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const ids = new Set(def.questions.map((q) => q.id));
  const earlier = new Map<string, SurveyQuestion>();
  issues.push(...checkText(def.intro, 'intro', null, languages, true), ...checkText(def.thanks, 'thanks', null, languages, true));
  def.questions.forEach((q, i) => {
    if (earlier.has(q.id)) issues.push({ path: `questions.${i}.id`, question: q.id, code: 'duplicate_id', message: `question id ${q.id} is used twice` });
    issues.push(...checkText(q.text, `questions.${i}.text`, q.id, languages, false));
    issues.push(...checkText(q.help, `questions.${i}.help`, q.id, languages, true));
    issues.push(...checkOptions(q, i));
    if (hasOptions(q.type)) (q.options ?? []).forEach((o, j) => issues.push(...checkText(o.text, `questions.${i}.options.${j}.text`, q.id, languages, false)));
    issues.push(...checkShowIf(q, i, earlier, ids));
    if (!earlier.has(q.id)) earlier.set(q.id, q);
  });
  issues.push(...checkRoles(def, earlier));
  return issues;
}

export type ParsedDefinition = { ok: true; definition: SurveyDefinition; issues: DefinitionIssue[] } | { ok: false; issues: DefinitionIssue[] };

/**
 * Shape and rules together, for anything arriving from outside. `ok` when nothing blocks a
 * draft; `issues` still lists the missing texts that would stop it opening.
 */
export function parseDefinition(raw: unknown, languages: readonly SurveyLanguage[]): ParsedDefinition {
  const shaped = SurveyDefinition.safeParse(raw);
  if (!shaped.success) {
    return {
      ok: false,
      issues: shaped.error.issues.map((i) => ({ path: i.path.join('.'), question: questionAt(raw, i.path), code: 'invalid', message: i.message })),
    };
  }
  const issues = validateDefinition(shaped.data, languages);
  return issues.some(blocksDraft) ? { ok: false, issues } : { ok: true, definition: shaped.data, issues };
}

function questionAt(raw: unknown, path: PropertyKey[]): string | null {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return null;
  const parsed = z.object({ questions: z.array(z.object({ id: z.string() }).loose().catch({ id: '' })) }).loose().safeParse(raw);
  const id = parsed.success ? parsed.data.questions[path[1]]?.id : undefined;
  return id || `#${path[1] + 1}`;
}
