/**
 * Turns one account's raw measure values into its score, band and explanation. Missing
 * values (no survey yet, no renewal date, no seats) are left out and the weights of what is
 * present are rescaled within each group, so a missing signal neither rewards nor punishes;
 * the explanation says which measures had no data.
 */
import { bandOf, type Band, type GroupNode, type MeasureNode, type Normalizer, type ScorecardDefinition, type ScoreNode } from './scorecard.js';
import { percentileRank, type Quantiles } from './quantiles.js';

export interface MeasureExplanation {
  id: string;
  label: string;
  /** the raw value (count, ratio, days…); null when there is no data */
  value: number | null;
  /** 0–100, null when there is no data */
  points: number | null;
  /** share of the whole score this measure carried, after rescaling for missing data (0–1) */
  weight: number;
  /** points × weight: what it added to the score */
  contribution: number;
  /** (100 − points) × weight: how much it pulls the score down */
  shortfall: number;
  /** ids of the groups above it, outermost first */
  path: string[];
}

export interface ScoreResult {
  /** 0–100 with one decimal; null when no measure had data */
  score: number | null;
  band: Band | null;
  measures: MeasureExplanation[];
  /** group id → its own 0–100 score (null when none of its measures had data) */
  groups: Record<string, number | null>;
  /** measure ids, the one that costs the most points first (only those below 100 points) */
  pullingDown: string[];
}

export type MeasureValues = Readonly<Record<string, number | null | undefined>>;
/** measure id → quantiles of its raw values across the workspace, for percentile normalisation */
export type PercentileTables = Readonly<Record<string, Quantiles | undefined>>;

/** Normalises one raw value to 0–100 points. */
export function pointsFor(value: number, normalizer: Normalizer, quantiles?: Quantiles): number {
  switch (normalizer.type) {
    case 'threshold': {
      let points = normalizer.below;
      let best = -Infinity;
      for (const step of normalizer.steps) {
        if (value >= step.min && step.min >= best) {
          best = step.min;
          points = step.points;
        }
      }
      return clamp(points);
    }
    case 'range': {
      const share = (value - normalizer.low) / (normalizer.high - normalizer.low);
      const points = clamp(share * 100);
      return normalizer.invert ? 100 - points : points;
    }
    case 'percentile': {
      const rank = quantiles ? percentileRank(value, quantiles) : 50;
      return normalizer.invert ? 100 - rank : rank;
    }
  }
}

const clamp = (points: number) => Math.min(100, Math.max(0, points));
const round1 = (n: number) => Math.round(n * 10) / 10;

interface NodeOutcome {
  points: number | null;
}

/** Scores one account against a scorecard definition. */
export function computeScore(definition: ScorecardDefinition, values: MeasureValues, percentiles: PercentileTables = {}): ScoreResult {
  const measures: MeasureExplanation[] = [];
  const groups: Record<string, number | null> = {};
  const leafPoints = new Map<string, number | null>();

  const evaluate = (node: ScoreNode): NodeOutcome => {
    if (node.kind === 'measure') {
      const value = values[node.id];
      const points = value === null || value === undefined || !Number.isFinite(value)
        ? null
        : pointsFor(value, node.normalize, percentiles[node.id]);
      leafPoints.set(node.id, points);
      return { points };
    }
    const outcomes = node.children.map((child) => ({ child, outcome: evaluate(child) }));
    const present = outcomes.filter(({ child, outcome }) => outcome.points !== null && child.weight > 0);
    const total = present.reduce((sum, { child }) => sum + child.weight, 0);
    const points = total > 0
      ? present.reduce((sum, { child, outcome }) => sum + (outcome.points ?? 0) * child.weight, 0) / total
      : null;
    groups[node.id] = points === null ? null : round1(points);
    return { points };
  };
  const root = evaluate(definition.root);

  // Effective weights: each present node's share of its group, multiplied down the tree.
  const distribute = (group: GroupNode, share: number, path: string[]) => {
    const present = group.children.filter((child) => child.weight > 0 && nodePoints(child) !== null);
    const total = present.reduce((sum, child) => sum + child.weight, 0);
    for (const child of group.children) {
      const childShare = total > 0 && present.includes(child) ? (share * child.weight) / total : 0;
      if (child.kind === 'group') distribute(child, childShare, [...path, group.id]);
      else measures.push(explain(child, childShare, [...path, group.id]));
    }
  };
  const nodePoints = (node: ScoreNode): number | null =>
    node.kind === 'measure' ? leafPoints.get(node.id) ?? null : groups[node.id] ?? null;
  const explain = (node: MeasureNode, weight: number, path: string[]): MeasureExplanation => {
    const points = leafPoints.get(node.id) ?? null;
    const value = values[node.id];
    return {
      id: node.id,
      label: node.label,
      value: value === undefined || value === null || !Number.isFinite(value) ? null : value,
      points: points === null ? null : round1(points),
      weight,
      contribution: points === null ? 0 : points * weight,
      shortfall: points === null ? 0 : (100 - points) * weight,
      path,
    };
  };
  distribute(definition.root, 1, []);

  const score = root.points === null ? null : round1(root.points);
  const pullingDown = measures
    .filter((m) => m.shortfall > 1e-9)
    .sort((a, b) => b.shortfall - a.shortfall || a.id.localeCompare(b.id))
    .map((m) => m.id);
  return { score, band: score === null ? null : bandOf(score, definition.bands), measures, groups, pullingDown };
}
