/**
 * The explanation stored with each current score, slimmed to what the definition cannot give
 * back: per measure its raw value, points and effective weight; group scores; what pulls the
 * score down. Labels and group paths live in the versioned definition the score names, and
 * contribution and shortfall follow from points and weight, so they are restored on reading.
 * Measured at 100,000 accounts: the full explanation (~1.2 KB each) made writing scores the
 * largest part of a full recompute.
 */
import type { ScoreResult } from './compute-score.js';
import type { ScoreNode, ScorecardDefinition } from './scorecard.js';

export interface StoredMeasure {
  id: string;
  value: number | null;
  points: number | null;
  weight: number;
  /** only in rows written before explanations were slimmed */
  label?: string;
  path?: string[];
}

export interface StoredExplanation {
  measures: StoredMeasure[];
  groups: Record<string, number | null>;
  pullingDown: string[];
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function storeExplanation(result: ScoreResult): StoredExplanation {
  return {
    measures: result.measures.map((m) => ({
      id: m.id, value: m.value === null ? null : round(m.value, 4), points: m.points, weight: round(m.weight, 6),
    })),
    groups: result.groups,
    pullingDown: result.pullingDown,
  };
}

/** A stored explanation with labels and paths from the definition it was scored with. */
export function explainStored(
  stored: StoredExplanation,
  definition: ScorecardDefinition | null,
): Pick<ScoreResult, 'measures' | 'groups' | 'pullingDown'> {
  const placed = new Map<string, { label: string; path: string[] }>();
  const walk = (node: ScoreNode, path: string[]) => {
    if (node.kind === 'measure') placed.set(node.id, { label: node.label, path });
    else for (const child of node.children) walk(child, [...path, node.id]);
  };
  if (definition) walk(definition.root, []);
  return {
    measures: stored.measures.map((m) => ({
      id: m.id,
      label: placed.get(m.id)?.label ?? m.label ?? m.id,
      value: m.value,
      points: m.points,
      weight: m.weight,
      contribution: m.points === null ? 0 : m.points * m.weight,
      shortfall: m.points === null ? 0 : (100 - m.points) * m.weight,
      path: placed.get(m.id)?.path ?? m.path ?? [],
    })),
    groups: stored.groups,
    pullingDown: stored.pullingDown,
  };
}
