/**
 * Reading band changes for leadership: better or worse (red < yellow < green), worse first and
 * the larger accounts first within each, and which accounts turned red.
 */
export type Band = 'red' | 'yellow' | 'green';

export interface BandChangeLike {
  before: Band | null;
  now: Band | null;
  mrr: number;
}

const RANK: Record<Band, number> = { red: 0, yellow: 1, green: 2 };

/** +1 better, −1 worse, 0 when either side has no band or nothing changed. */
export function directionOf(change: Pick<BandChangeLike, 'before' | 'now'>): -1 | 0 | 1 {
  if (change.before === null || change.now === null) return 0;
  return Math.sign(RANK[change.now] - RANK[change.before]) as -1 | 0 | 1;
}

/** Counts of better and worse, the changes worse first (then by MRR, largest first), and the accounts newly red. */
export function readBandChanges<T extends BandChangeLike>(rows: readonly T[]) {
  const changed = rows.filter((r) => directionOf(r) !== 0);
  const ordered = [...changed].sort((a, b) => directionOf(a) - directionOf(b) || b.mrr - a.mrr);
  return {
    improved: changed.filter((r) => directionOf(r) > 0).length,
    worsened: changed.filter((r) => directionOf(r) < 0).length,
    changes: ordered,
    newRed: rows.filter((r) => r.now === 'red' && r.before !== 'red'),
  };
}
