import { describe, expect, it } from 'vitest';
import { defaultScorecardDefinition } from '../../../../domain/health/default-scorecard';
import type { GroupNode, ScorecardDefinition } from '../../../../domain/health/scorecard';
import { draftProblems, problemsOfNode } from './draft-problems';

const valid = () => ({ name: 'Enterprise', rule: { conditions: [{ field: 'plan' as const, values: ['Enterprise'] }] }, definition: defaultScorecardDefinition('en') });

function withRoot(definition: ScorecardDefinition, change: (root: GroupNode) => GroupNode): ScorecardDefinition {
  return { ...definition, root: change(definition.root) };
}

describe('problems of a scorecard draft', () => {
  it('finds none in the default scorecard with a name and a rule', () => {
    expect(draftProblems(valid())).toEqual([]);
  });

  it('asks for a name, rule values and labels', () => {
    const draft = valid();
    draft.name = '  ';
    draft.rule = { conditions: [{ field: 'plan', values: [] }] };
    draft.definition = withRoot(draft.definition, (root) => ({ ...root, children: [{ ...root.children[0]!, label: '' }, root.children[1]!] }));
    expect(draftProblems(draft)).toEqual([
      { path: 'name', code: 'name_required' },
      { path: 'rule.conditions.0', code: 'rule_values' },
      { path: 'root.children.0.label', code: 'label_required' },
    ]);
  });

  it('words the domain\'s checks as codes at their paths', () => {
    const draft = valid();
    const engagement = draft.definition.root.children[0] as GroupNode;
    draft.definition = {
      bands: { red: 80, green: 20 },
      root: {
        ...draft.definition.root,
        children: [
          { ...engagement, children: engagement.children.map((c) => ({ ...c, weight: 0 })) },
          { kind: 'group', id: 'relationship', label: 'Empty', weight: 1, children: [] },
          { kind: 'measure', id: 'logins', label: 'Again', weight: -1, source: { type: 'logins', windowDays: 400 }, normalize: { type: 'range', low: 5, high: 5 } },
        ],
      },
    };
    expect(draftProblems(draft)).toEqual([
      { path: 'bands', code: 'bands_order' },
      { path: 'root.children.0.children', code: 'zero_weights' },
      { path: 'root.children.1.children', code: 'empty_group' },
      { path: 'root.children.2.id', code: 'duplicate_id' },
      { path: 'root.children.2.weight', code: 'negative_weight' },
      { path: 'root.children.2.source.windowDays', code: 'window' },
      { path: 'root.children.2.normalize', code: 'range_order' },
    ]);
  });

  it('hands each node only its own problems, not its descendants\'', () => {
    const problems = [
      { path: 'root.children.0.children', code: 'zero_weights' as const },
      { path: 'root.children.0.children.1.weight', code: 'negative_weight' as const },
      { path: 'root.children.0.label', code: 'label_required' as const },
      { path: 'root.children.10.label', code: 'label_required' as const },
    ];
    expect(problemsOfNode(problems, 'root.children.0').map((p) => p.path)).toEqual(['root.children.0.children', 'root.children.0.label']);
    expect(problemsOfNode(problems, 'root.children.0.children.1').map((p) => p.code)).toEqual(['negative_weight']);
  });
});
