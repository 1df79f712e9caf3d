/**
 * The scorecard model (SPEC §3.3): measures normalised to 0–100 points, combined by weights
 * in groups (and groups of groups) into a score, banded red / yellow / green. Plain data so it
 * is stored as JSON in `scorecard_versions.definition` and edited in the web app.
 */

/** Where a measure's raw value comes from. Windows are whole days ending the day before "as of". */
export type MeasureSource =
  | { type: 'logins'; windowDays: number }
  | { type: 'events'; windowDays: number; event?: string | null }
  | { type: 'usage_time'; windowDays: number }
  | { type: 'active_user_ratio'; windowDays: number }
  | { type: 'active_users'; windowDays: number }
  | { type: 'feature_breadth'; windowDays: number }
  | { type: 'trend'; windowDays: number; of: TrendBase }
  | { type: 'survey'; metric: 'nps' | 'csat' }
  | { type: 'support_load'; windowDays: number; event?: string | null; field?: string | null }
  | { type: 'sentiment' }
  | { type: 'days_to_renewal' }
  | { type: 'account_field'; field: string }
  /** mean progress (0–100 %) of the account's success-plan goals that are not dropped */
  | { type: 'goal_progress' }
  /** open goals whose agreed review date has passed */
  | { type: 'overdue_reviews' };

export type MeasureType = MeasureSource['type'];
export type TrendBase = 'events' | 'active_users' | 'usage_time' | 'logins';

export const MEASURE_TYPES = [
  'logins', 'events', 'usage_time', 'active_user_ratio', 'active_users', 'feature_breadth', 'trend', 'survey',
  'support_load', 'sentiment', 'days_to_renewal', 'account_field', 'goal_progress', 'overdue_reviews',
] as const satisfies readonly MeasureType[];

/**
 * How a raw value becomes 0–100 points.
 * - threshold: the points of the highest step whose `min` the value reaches (steps sorted by min);
 *   below every step → `below` points.
 * - range: linear from `low` (0 points) to `high` (100 points), clamped; `invert` swaps the ends
 *   (for "less is better" measures such as support load).
 * - percentile: the value's percentile rank among the workspace's accounts (0–100), inverted on request.
 */
export type Normalizer =
  | { type: 'threshold'; steps: { min: number; points: number }[]; below: number }
  | { type: 'range'; low: number; high: number; invert?: boolean }
  | { type: 'percentile'; invert?: boolean };

export interface MeasureNode {
  kind: 'measure';
  id: string;
  label: string;
  weight: number;
  source: MeasureSource;
  normalize: Normalizer;
}

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  weight: number;
  children: ScoreNode[];
}

export type ScoreNode = MeasureNode | GroupNode;

/** Scores below `red` are red, at or above `green` are green, yellow between. */
export interface Bands {
  red: number;
  green: number;
}

export type Band = 'red' | 'yellow' | 'green';
export const BANDS = ['red', 'yellow', 'green'] as const satisfies readonly Band[];

export interface ScorecardDefinition {
  bands: Bands;
  root: GroupNode;
}

/** Which accounts a scorecard applies to; all conditions must hold. Empty = every account. */
export interface ScorecardRule {
  conditions: { field: RuleField; values: string[] }[];
}

export const RULE_FIELDS = ['plan', 'industry', 'size_band', 'use_case', 'touch_tier', 'phase', 'region'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export function bandOf(score: number, bands: Bands): Band {
  if (score < bands.red) return 'red';
  if (score >= bands.green) return 'green';
  return 'yellow';
}

/** Every measure of a definition, depth first, in the order the editor shows them. */
export function measuresOf(node: ScoreNode): MeasureNode[] {
  return node.kind === 'measure' ? [node] : node.children.flatMap(measuresOf);
}

/**
 * Checks what the schema cannot: unique node ids, positive total weight in every group, ordered
 * bands, sane windows. Returns every problem as a path and message (empty when valid).
 */
export function validateScorecard(definition: ScorecardDefinition): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  const { red, green } = definition.bands;
  if (!(red >= 0 && green <= 100 && red <= green)) {
    problems.push({ path: 'bands', message: 'Bands need 0 ≤ red ≤ green ≤ 100.' });
  }
  const walk = (node: ScoreNode, path: string) => {
    if (seen.has(node.id)) problems.push({ path: `${path}.id`, message: `The id "${node.id}" is used twice.` });
    seen.add(node.id);
    if (!(node.weight >= 0)) problems.push({ path: `${path}.weight`, message: 'A weight cannot be negative.' });
    if (node.kind === 'group') {
      if (node.children.length === 0) problems.push({ path: `${path}.children`, message: 'A group needs at least one measure.' });
      else if (node.children.every((child) => child.weight === 0)) {
        problems.push({ path: `${path}.children`, message: 'At least one weight in a group must be above 0.' });
      }
      node.children.forEach((child, index) => walk(child, `${path}.children.${index}`));
      return;
    }
    const source = node.source;
    if ('windowDays' in source && !(Number.isInteger(source.windowDays) && source.windowDays >= 1 && source.windowDays <= 366)) {
      problems.push({ path: `${path}.source.windowDays`, message: 'The window is a whole number of days from 1 to 366.' });
    }
    const normalize = node.normalize;
    if (normalize.type === 'range' && !(normalize.high > normalize.low)) {
      problems.push({ path: `${path}.normalize`, message: 'The range needs high above low.' });
    }
    if (normalize.type === 'threshold' && normalize.steps.length === 0) {
      problems.push({ path: `${path}.normalize.steps`, message: 'Add at least one threshold step.' });
    }
  };
  walk(definition.root, 'root');
  return problems;
}
