/**
 * Immutable edits of a scorecard's tree for the editor: a node is addressed by its path of
 * child indexes from the root ([] is the root, [1, 0] the first child of the second child).
 * Also each node's share of the overall score, fresh node ids, and the starting source and
 * normalisation of a measure type. Pure, so the editor's behaviour is unit-tested here.
 */
import type { GroupNode, MeasureNode, MeasureSource, MeasureType, Normalizer, ScoreNode } from '../../../../domain/health/scorecard';

export type NodePath = readonly number[];

/** Groups nest three deep (schema.ts): the root (depth 0) and depth-1 groups may hold groups; depth-2 groups only measures. */
export const MAX_GROUP_DEPTH = 2;

export function nodeAt(root: GroupNode, path: NodePath): ScoreNode | undefined {
  let node: ScoreNode = root;
  for (const index of path) {
    if (node.kind !== 'group') return undefined;
    const child: ScoreNode | undefined = node.children[index];
    if (!child) return undefined;
    node = child;
  }
  return node;
}

/** The root with the node at `path` replaced by `change(node)`; unchanged when the path leads nowhere. */
export function updateAt(root: GroupNode, path: NodePath, change: (node: ScoreNode) => ScoreNode): GroupNode {
  const walk = (node: ScoreNode, depth: number): ScoreNode => {
    if (depth === path.length) return change(node);
    if (node.kind !== 'group') return node;
    const index = path[depth] as number;
    if (index < 0 || index >= node.children.length) return node;
    return { ...node, children: node.children.map((child, i) => (i === index ? walk(child, depth + 1) : child)) };
  };
  const next = walk(root, 0);
  return next.kind === 'group' ? next : root;
}

function updateParent(root: GroupNode, path: NodePath, change: (parent: GroupNode, index: number) => GroupNode): GroupNode {
  if (path.length === 0) return root;
  const index = path[path.length - 1] as number;
  return updateAt(root, path.slice(0, -1), (parent) => (parent.kind === 'group' ? change(parent, index) : parent));
}

export function removeAt(root: GroupNode, path: NodePath): GroupNode {
  return updateParent(root, path, (parent, index) => ({ ...parent, children: parent.children.filter((_, i) => i !== index) }));
}

/** Moves a node one place up (-1) or down (+1) among its siblings; no-op at either end. */
export function moveAt(root: GroupNode, path: NodePath, delta: -1 | 1): GroupNode {
  return updateParent(root, path, (parent, index) => {
    const target = index + delta;
    if (target < 0 || target >= parent.children.length) return parent;
    const children = [...parent.children];
    [children[index], children[target]] = [children[target] as ScoreNode, children[index] as ScoreNode];
    return { ...parent, children };
  });
}

export function appendChild(root: GroupNode, parentPath: NodePath, child: ScoreNode): GroupNode {
  return updateAt(root, parentPath, (parent) => (parent.kind === 'group' ? { ...parent, children: [...parent.children, child] } : parent));
}

/**
 * Each node's share of the overall score (0–1) when every measure has data, keyed by its
 * path joined with '.' ('' is the root): a child's share is its parent's share times its
 * weight over the sum of its siblings' weights.
 */
export function sharesOf(root: GroupNode): Map<string, number> {
  const shares = new Map<string, number>([['', 1]]);
  const walk = (group: GroupNode, path: NodePath, share: number) => {
    const total = group.children.reduce((sum, child) => sum + (child.weight > 0 ? child.weight : 0), 0);
    group.children.forEach((child, index) => {
      const childPath = [...path, index];
      const childShare = total > 0 && child.weight > 0 ? (share * child.weight) / total : 0;
      shares.set(childPath.join('.'), childShare);
      if (child.kind === 'group') walk(child, childPath, childShare);
    });
  };
  walk(root, [], 1);
  return shares;
}

export function allIds(root: ScoreNode): Set<string> {
  const ids = new Set<string>();
  const walk = (node: ScoreNode) => {
    ids.add(node.id);
    if (node.kind === 'group') node.children.forEach(walk);
  };
  walk(root);
  return ids;
}

/** `base`, or `base_2`, `base_3`… — the first id the tree does not use yet (ids allow letters, digits, - and _). */
export function uniqueId(root: GroupNode, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 50) || 'node';
  const ids = allIds(root);
  if (!ids.has(clean)) return clean;
  for (let n = 2; ; n += 1) {
    const candidate = `${clean}_${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

const DEFAULT_WINDOW = 30;

/** A source of `type`, keeping the window (and event name) of the previous source where the new type has one. */
export function sourceOfType(type: MeasureType, previous?: MeasureSource): MeasureSource {
  const windowDays = previous && 'windowDays' in previous ? previous.windowDays : DEFAULT_WINDOW;
  const event = previous && 'event' in previous ? previous.event ?? null : null;
  switch (type) {
    case 'logins': return { type, windowDays };
    case 'events': return { type, windowDays, event };
    case 'usage_time': return { type, windowDays };
    case 'active_user_ratio': return { type, windowDays };
    case 'active_users': return { type, windowDays };
    case 'feature_breadth': return { type, windowDays };
    case 'trend': return { type, windowDays, of: 'events' };
    case 'survey': return { type, metric: 'nps' };
    case 'support_load': return { type, windowDays, event, field: null };
    case 'sentiment': return { type };
    case 'days_to_renewal': return { type };
    case 'account_field': return { type, field: 'mrr' };
    case 'goal_progress': return { type };
    case 'overdue_reviews': return { type };
  }
}

/**
 * A sensible first normalisation for each type, so a new measure scores something at once:
 * ranks for open-ended counts, the natural scale where there is one (sentiment 1–5, NPS
 * answers 0–10, CSAT 1–5, active ratio 10–80 %, trend −50 %…+20 %), and "fewer is better"
 * for support load.
 */
export function normalizerFor(source: MeasureSource): Normalizer {
  switch (source.type) {
    case 'active_user_ratio': return { type: 'range', low: 0.1, high: 0.8 };
    case 'trend': return { type: 'range', low: -50, high: 20 };
    case 'survey': return source.metric === 'nps' ? { type: 'range', low: 0, high: 10 } : { type: 'range', low: 1, high: 5 };
    case 'sentiment': return { type: 'range', low: 1, high: 5 };
    case 'days_to_renewal': return { type: 'range', low: 0, high: 120 };
    case 'feature_breadth': return { type: 'threshold', steps: [{ min: 2, points: 40 }, { min: 4, points: 70 }, { min: 6, points: 100 }], below: 0 };
    case 'support_load': return { type: 'percentile', invert: true };
    case 'goal_progress': return { type: 'range', low: 0, high: 100 };
    // none overdue is full marks, three or more is none
    case 'overdue_reviews': return { type: 'range', low: 0, high: 3, invert: true };
    default: return { type: 'percentile' };
  }
}

export function newMeasure(root: GroupNode, type: MeasureType, label: string): MeasureNode {
  const source = sourceOfType(type);
  return { kind: 'measure', id: uniqueId(root, type), label, weight: 10, source, normalize: normalizerFor(source) };
}

/** A group needs at least one measure to be valid, so a new one starts with one. */
export function newGroup(root: GroupNode, label: string, firstMeasure: { type: MeasureType; label: string }): GroupNode {
  const id = uniqueId(root, 'group');
  const withGroup: GroupNode = { ...root, children: [...root.children, { kind: 'group', id, label, weight: 10, children: [] }] };
  return { kind: 'group', id, label, weight: 10, children: [newMeasure(withGroup, firstMeasure.type, firstMeasure.label)] };
}

/** The domain's path for a node ('root.children.1.children.0'), as validateScorecard reports problems. */
export function domainPath(path: NodePath): string {
  return ['root', ...path.map((index) => `children.${index}`)].join('.');
}
