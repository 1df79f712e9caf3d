/**
 * Pure readings for the executive page (no React, no fetching), unit-tested: the change against
 * last month and whether it is good news, where a figure falls on a published band, and the
 * months a leader can pick.
 */
import type { BenchmarkFigure } from '../../api/metrics';

/** The change from `previous` to `value`; null when either is undefined. */
export function changeOf(value: number | null, previous: number | null): number | null {
  return value === null || previous === null ? null : value - previous;
}

/** true when a change is good news given which way is better, false when bad, null when flat or unknown. */
export function isGoodChange(change: number | null, better: 'higher' | 'lower'): boolean | null {
  if (change === null || Math.abs(change) < 1e-9) return null;
  return (change > 0) === (better === 'higher');
}

export interface BandPlacement {
  sourceName: { ja: string; en: string };
  year: number;
  label: { ja: string; en: string };
  share: number | null;
  mostCommon: boolean;
}

/** The published bands a figure is placed in (one per band distribution that places it). */
export function bandPlacements(figure: BenchmarkFigure | null): BandPlacement[] {
  if (!figure) return [];
  return figure.comparisons.flatMap((c) => {
    const placed = c.bands?.find((b) => b.placed);
    return placed ? [{ sourceName: c.source.name, year: c.source.year, label: placed.label, share: placed.share, mostCommon: placed.mostCommon === true }] : [];
  });
}

type Comparison = BenchmarkFigure['comparisons'][number];

/** The reference values a figure is compared with (e.g. the 2018 NRR averages), grouped by source in the order given. */
export function referencesBySource(figure: BenchmarkFigure | null): { source: Comparison['source']; items: Comparison[] }[] {
  const groups: { source: Comparison['source']; items: Comparison[] }[] = [];
  for (const c of figure?.comparisons ?? []) {
    if (c.kind !== 'reference' || c.reference === undefined) continue;
    const group = groups.find((g) => g.source.id === c.source.id);
    if (group) group.items.push(c);
    else groups.push({ source: c.source, items: [c] });
  }
  return groups;
}

/** 'YYYY-MM' of the month `offset` months from the one holding `today` (YYYY-MM-DD). */
export function monthKey(today: string, offset: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 + offset;
  const d = new Date(Date.UTC(year, month, 1));
  return d.toISOString().slice(0, 7);
}

/** The months to choose from, newest first: this month (to date), then the `count` − 1 before it. */
export function monthChoices(today: string, count = 24): string[] {
  return Array.from({ length: count }, (_, i) => monthKey(today, -i));
}
