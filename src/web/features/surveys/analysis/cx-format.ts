/** Small formatting helpers of the analysis tab: percentages, estimates with their intervals, leaf colours. */
import type { CxLeaf } from '../../../../domain/surveys/definition';
import type { Estimate } from '../../../api/survey-analysis';

export const LEAF_COLORS: Record<CxLeaf, string> = {
  no_trouble: 'teal', not_consulted: 'gray', above: 'green', as: 'blue', below: 'red',
};

export function pct(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(digits)}%`;
}

/**
 * "4.21 [3.90, 4.52]" — the value with its 95% interval, or a dash when it cannot be computed. `bounds` clips the
 * interval to the scale (a t interval from two answers can reach past 1–5; the scale cannot).
 */
export function estimateText(e: Estimate | null, digits = 2, bounds?: [number, number]): string {
  if (!e) return '—';
  const clip = (x: number) => (bounds ? Math.min(bounds[1], Math.max(bounds[0], x)) : x);
  return `${e.value.toFixed(digits)} [${clip(e.low).toFixed(digits)}, ${clip(e.high).toFixed(digits)}]`;
}

/** The 1–5 scales' bounds for estimateText. */
export const SCALE: [number, number] = [1, 5];

export function signed(x: number | null, digits = 2, suffix = ''): string {
  if (x === null) return '—';
  const text = x.toFixed(digits);
  return `${x > 0 ? '+' : ''}${text}${suffix}`;
}

export function pValueText(p: number | null): string {
  if (p === null) return '—';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
