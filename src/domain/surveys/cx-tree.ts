/**
 * The CX tree (SPEC §3.8, seed: Synergy Marketing's yearly satisfaction survey): each response
 * falls in one leaf — no trouble; trouble but did not consult the vendor; consulted and the
 * handling was above / as / below expectations — and each leaf gets its n, share, mean
 * satisfaction, mean continuation intent and NPS, each with a 95% interval (stats.ts).
 *
 * A response missing an answer the tree needs (trouble unanswered; trouble but consulted
 * unanswered; consulted but handling unanswered) is "unclassified": counted apart and left out
 * of the leaf shares, so a half-answered survey never dilutes a leaf.
 */
import { CX_LEAVES, type CxLeaf } from './definition.js';
import { meanCI, npsCI, proportionCI, type Estimate } from './stats.js';

/** The columns of one survey_responses row the analysis reads. */
export interface CxResponse {
  trouble: boolean | null;
  consulted: boolean | null;
  handling: 'above' | 'as' | 'below' | null;
  csat: number | null;
  continuation: number | null;
  nps: number | null;
}

export interface LeafSummary {
  leaf: CxLeaf;
  n: number;
  /** share of the classified responses, with its Wilson interval; null when nothing is classified */
  share: Estimate | null;
  satisfaction: Estimate | null;
  continuation: Estimate | null;
  nps: Estimate | null;
}

export interface CxTree {
  /** responses in some leaf */
  classified: number;
  /** responses missing an answer the tree needs */
  unclassified: number;
  leaves: LeafSummary[];
  /** the branch points: how many had trouble, and how many of those consulted */
  trouble: { yes: number; no: number };
  consulted: { yes: number; no: number };
}

/**
 * The leaf of one response, or null when an answer the tree needs is missing.
 * @example leafOf({ trouble: true, consulted: true, handling: 'above', … }) === 'above'
 */
export function leafOf(r: Pick<CxResponse, 'trouble' | 'consulted' | 'handling'>): CxLeaf | null {
  if (r.trouble === null) return null;
  if (!r.trouble) return 'no_trouble';
  if (r.consulted === null) return null;
  if (!r.consulted) return 'not_consulted';
  return r.handling;
}

const numbers = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);

/** The responses of each leaf, in CX_LEAVES order (every leaf present, possibly empty). */
export function groupByLeaf<T extends Pick<CxResponse, 'trouble' | 'consulted' | 'handling'>>(
  responses: readonly T[],
): { groups: Record<CxLeaf, T[]>; unclassified: T[] } {
  const groups = Object.fromEntries(CX_LEAVES.map((l) => [l, [] as T[]])) as Record<CxLeaf, T[]>;
  const unclassified: T[] = [];
  for (const r of responses) {
    const leaf = leafOf(r);
    if (leaf === null) unclassified.push(r);
    else groups[leaf].push(r);
  }
  return { groups, unclassified };
}

/** Per-leaf n, share, satisfaction, continuation and NPS with their intervals. */
export function buildCxTree(responses: readonly CxResponse[]): CxTree {
  const { groups, unclassified } = groupByLeaf(responses);
  const classified = responses.length - unclassified.length;
  const leaves = CX_LEAVES.map((leaf): LeafSummary => {
    const rows = groups[leaf];
    return {
      leaf,
      n: rows.length,
      share: classified === 0 ? null : proportionCI(rows.length, classified),
      satisfaction: meanCI(numbers(rows.map((r) => r.csat))),
      continuation: meanCI(numbers(rows.map((r) => r.continuation))),
      nps: npsCI(numbers(rows.map((r) => r.nps))),
    };
  });
  const consultedYes = groups.above.length + groups.as.length + groups.below.length;
  return {
    classified,
    unclassified: unclassified.length,
    leaves,
    trouble: { yes: consultedYes + groups.not_consulted.length, no: groups.no_trouble.length },
    consulted: { yes: consultedYes, no: groups.not_consulted.length },
  };
}
