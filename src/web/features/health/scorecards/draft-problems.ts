/**
 * What is wrong with a draft before it goes to the server: the domain's validateScorecard
 * (the same check the API runs) plus what the schema would refuse (names, labels, rule values),
 * each turned into a code the editor words in the UI language and a path that says where.
 */
import { validateScorecard, type GroupNode, type ScoreNode, type ScorecardDefinition, type ScorecardRule } from '../../../../domain/health/scorecard';

export type ProblemCode =
  | 'name_required' | 'rule_values' | 'bands_order' | 'duplicate_id' | 'negative_weight' | 'empty_group' | 'zero_weights'
  | 'window' | 'range_order' | 'no_steps' | 'label_required' | 'field_required';

export interface DraftProblem {
  /** 'name', 'rule.conditions.0', 'bands', or a node path as the domain writes it ('root.children.0.weight') */
  path: string;
  code: ProblemCode;
}

export interface Draft {
  name: string;
  rule: ScorecardRule;
  definition: ScorecardDefinition;
}

function nodeAtDomainPath(root: GroupNode, path: string): ScoreNode | undefined {
  const indexes = [...path.matchAll(/children\.(\d+)/g)].map((m) => Number(m[1]));
  let node: ScoreNode | undefined = root;
  for (const index of indexes) node = node?.kind === 'group' ? node.children[index] : undefined;
  return node;
}

/** The domain's problem → a code, by the end of its path (its messages are English, for the API). */
function codeOf(root: GroupNode, path: string): ProblemCode {
  if (path === 'bands') return 'bands_order';
  if (path.endsWith('.id')) return 'duplicate_id';
  if (path.endsWith('.weight')) return 'negative_weight';
  if (path.endsWith('.source.windowDays')) return 'window';
  if (path.endsWith('.normalize.steps')) return 'no_steps';
  if (path.endsWith('.normalize')) return 'range_order';
  const group = nodeAtDomainPath(root, path.replace(/\.children$/, ''));
  return group?.kind === 'group' && group.children.length === 0 ? 'empty_group' : 'zero_weights';
}

export function draftProblems(draft: Draft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.name.trim()) problems.push({ path: 'name', code: 'name_required' });
  draft.rule.conditions.forEach((condition, index) => {
    if (condition.values.filter((v) => v.trim()).length === 0) problems.push({ path: `rule.conditions.${index}`, code: 'rule_values' });
  });
  const walk = (node: ScoreNode, path: string) => {
    if (!node.label.trim()) problems.push({ path: `${path}.label`, code: 'label_required' });
    if (node.kind === 'group') {
      node.children.forEach((child, index) => walk(child, `${path}.children.${index}`));
    } else if (node.source.type === 'account_field' && !node.source.field.trim()) {
      problems.push({ path: `${path}.source.field`, code: 'field_required' });
    }
  };
  walk(draft.definition.root, 'root');
  for (const problem of validateScorecard(draft.definition)) {
    problems.push({ path: problem.path, code: codeOf(draft.definition.root, problem.path) });
  }
  return problems;
}

/**
 * The problems that belong to one node itself (its label, weight, source, normalisation, or
 * its children as a whole), not to a node below it.
 */
export function problemsOfNode(problems: readonly DraftProblem[], nodePath: string): DraftProblem[] {
  return problems.filter((p) => {
    if (!p.path.startsWith(`${nodePath}.`)) return false;
    return !/^children\.\d/.test(p.path.slice(nodePath.length + 1));
  });
}
