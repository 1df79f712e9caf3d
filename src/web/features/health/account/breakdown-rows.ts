/**
 * The rows of the breakdown table: each group of the scorecard as a heading with its own score,
 * its measures under it in the scorecard's order, each with the source it was read from. Without
 * the scorecard (not loaded) the measures are listed flat in the explanation's order.
 */
import type { MeasureExplanation } from '../../../../domain/health/compute-score';
import type { GroupNode, MeasureSource, ScorecardDefinition } from '../../../../domain/health/scorecard';

export type BreakdownRow =
  | { kind: 'group'; id: string; label: string; depth: number; score: number | null }
  | { kind: 'measure'; measure: MeasureExplanation; source: MeasureSource | undefined; depth: number };

export function breakdownRows(
  definition: ScorecardDefinition | undefined,
  explanation: { measures: MeasureExplanation[]; groups: Record<string, number | null> },
): BreakdownRow[] {
  const byId = new Map(explanation.measures.map((m) => [m.id, m]));
  if (!definition) return explanation.measures.map((measure) => ({ kind: 'measure', measure, source: undefined, depth: 0 }));
  const rows: BreakdownRow[] = [];
  const shown = new Set<string>();
  // The root group is the whole score (shown above the table); its children start at depth 0.
  const walk = (group: GroupNode, depth: number) => {
    for (const child of group.children) {
      if (child.kind === 'group') {
        rows.push({ kind: 'group', id: child.id, label: child.label, depth, score: explanation.groups[child.id] ?? null });
        walk(child, depth + 1);
        continue;
      }
      const measure = byId.get(child.id);
      if (!measure) continue;
      shown.add(child.id);
      rows.push({ kind: 'measure', measure, source: child.source, depth });
    }
  };
  walk(definition.root, 0);
  // A measure the explanation has but this definition lacks (an older version): still listed, never dropped.
  for (const measure of explanation.measures) {
    if (!shown.has(measure.id)) rows.push({ kind: 'measure', measure, source: undefined, depth: 0 });
  }
  return rows;
}

/** The measures costing the most points, worst first, with their shortfall (points of score lost). */
export function topShortfalls(explanation: { measures: MeasureExplanation[]; pullingDown: string[] }, count = 3): MeasureExplanation[] {
  const byId = new Map(explanation.measures.map((m) => [m.id, m]));
  return explanation.pullingDown
    .map((id) => byId.get(id))
    .filter((m): m is MeasureExplanation => m !== undefined && m.points !== null && m.shortfall > 0)
    .slice(0, count);
}
