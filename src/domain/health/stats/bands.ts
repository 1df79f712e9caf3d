/**
 * Churn rate by band (or any grouping) and lift against the overall rate: the table the backtest shows beside the
 * ROC curve ("accounts in the red band churned 3.1× as often as average").
 */

export type GroupRate = { group: string; n: number; positives: number; rate: number };

/**
 * Count, positives and positive rate per group, groups in order of first appearance (so callers control the
 * order, e.g. red → yellow → green, by sorting rows first or by reordering the result).
 */
export function rateByGroup(groups: readonly string[], positives: readonly boolean[]): GroupRate[] {
  if (groups.length !== positives.length) {
    throw new RangeError(`positives: expected ${groups.length} labels to match groups, got ${positives.length}`);
  }
  const byGroup = new Map<string, { n: number; positives: number }>();
  groups.forEach((group, i) => {
    const counts = byGroup.get(group) ?? { n: 0, positives: 0 };
    counts.n++;
    if (positives[i]) counts.positives++;
    byGroup.set(group, counts);
  });
  return [...byGroup].map(([group, { n, positives: count }]) => ({ group, n, positives: count, rate: count / n }));
}

/** How many times the overall rate a group's rate is; null when the overall rate is 0 (lift undefined). */
export function lift(groupRate: number, overallRate: number): number | null {
  return overallRate === 0 ? null : groupRate / overallRate;
}
