/**
 * Edits of a survey definition in the builder, as pure functions: add a question of a type,
 * change its type, move, rename and remove it — keeping the branching and the roles that point
 * at it consistent — and group the definition's issues by question for display.
 */
import type { ShowIf, SurveyDefinition, SurveyLanguage, SurveyQuestion, SurveyRoles, QuestionType } from '../../../../domain/surveys/definition';
import { branchOps, hasOptions, validateDefinition, type DefinitionIssue } from '../../../../domain/surveys/validate-definition';

const blank = () => ({ ja: '', en: '' });

function unusedId(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newQuestion(type: QuestionType, def: SurveyDefinition): SurveyQuestion {
  const id = unusedId('q', new Set(def.questions.map((q) => q.id)));
  return changeType({ id, type, text: blank(), required: false }, type);
}

/** The question as another type: options appear for choices (two to start) and go for the rest; a branch on it may no longer fit (the validator says so). */
export function changeType(q: SurveyQuestion, type: QuestionType): SurveyQuestion {
  const { options, ...rest } = q;
  if (!hasOptions(type)) return { ...rest, type };
  const kept = options && options.length > 0 ? options : [{ id: 'opt1', text: blank() }, { id: 'opt2', text: blank() }];
  return { ...rest, type, options: kept };
}

export function addOption(q: SurveyQuestion): SurveyQuestion {
  const options = q.options ?? [];
  return { ...q, options: [...options, { id: unusedId('opt', new Set(options.map((o) => o.id))), text: blank() }] };
}

export function replaceQuestion(def: SurveyDefinition, index: number, q: SurveyQuestion): SurveyDefinition {
  return { ...def, questions: def.questions.map((x, i) => (i === index ? q : x)) };
}

export function insertQuestion(def: SurveyDefinition, q: SurveyQuestion): SurveyDefinition {
  return { ...def, questions: [...def.questions, q] };
}

export function moveQuestion(def: SurveyDefinition, index: number, by: -1 | 1): SurveyDefinition {
  const to = index + by;
  if (to < 0 || to >= def.questions.length) return def;
  const questions = [...def.questions];
  const [moved] = questions.splice(index, 1);
  questions.splice(to, 0, moved!);
  return { ...def, questions };
}

function withoutRolesOf(roles: SurveyRoles, id: string): SurveyRoles {
  return Object.fromEntries(Object.entries(roles).filter(([, v]) => v !== id)) as SurveyRoles;
}

/** Removes the question; questions that branched on it show always, and roles pointing at it are cleared. */
export function removeQuestion(def: SurveyDefinition, index: number): SurveyDefinition {
  const id = def.questions[index]?.id;
  if (id === undefined || def.questions.length <= 1) return def;
  const questions = def.questions.filter((_, i) => i !== index).map((q) => {
    if (q.showIf?.question !== id) return q;
    const { showIf: _dropped, ...rest } = q;
    return rest;
  });
  return { ...def, questions, roles: withoutRolesOf(def.roles, id) };
}

/** Renames a question's id, and the branches and roles that point at it. */
export function renameQuestion(def: SurveyDefinition, index: number, id: string): SurveyDefinition {
  const old = def.questions[index]?.id;
  if (old === undefined || old === id) return def;
  const questions = def.questions.map((q, i) => {
    const renamed = i === index ? { ...q, id } : q;
    return renamed.showIf?.question === old ? { ...renamed, showIf: { ...renamed.showIf, question: id } } : renamed;
  });
  const roles = Object.fromEntries(Object.entries(def.roles).map(([k, v]) => [k, v === old ? id : v])) as SurveyRoles;
  return { ...def, questions, roles };
}

/** Earlier questions a question may branch on (text answers never branch). */
export function branchTargets(def: SurveyDefinition, index: number): SurveyQuestion[] {
  return def.questions.slice(0, index).filter((q) => branchOps(q.type).length > 0);
}

/** A starting condition on a question: "equals" its first possible value. */
export function defaultCondition(target: SurveyQuestion): ShowIf {
  switch (target.type) {
    case 'yes_no': return { question: target.id, op: 'equals', value: true };
    case 'expectation': return { question: target.id, op: 'equals', value: 'below' };
    case 'single': case 'multi': return { question: target.id, op: 'equals', value: target.options?.[0]?.id ?? '' };
    case 'nps': return { question: target.id, op: 'lte', value: 6 };
    default: return { question: target.id, op: 'lte', value: 2 };
  }
}

export interface GroupedIssues {
  /** by question index */
  questions: Map<number, DefinitionIssue[]>;
  /** intro, thanks, roles */
  other: DefinitionIssue[];
  blocking: number;
  all: number;
}

export function groupIssues(def: SurveyDefinition, languages: readonly SurveyLanguage[]): GroupedIssues {
  const issues = validateDefinition(def, languages);
  const questions = new Map<number, DefinitionIssue[]>();
  const other: DefinitionIssue[] = [];
  for (const issue of issues) {
    const m = /^questions\.(\d+)\./.exec(issue.path);
    if (m) questions.set(Number(m[1]), [...(questions.get(Number(m[1])) ?? []), issue]);
    else other.push(issue);
  }
  return { questions, other, blocking: issues.filter((i) => i.code !== 'text_missing').length, all: issues.length };
}
