/**
 * GET /surveys/{id}/analysis: NPS with its interval, CSAT, continuation and recommendation
 * intent — means with intervals and the distribution of answers — for the whole survey and, on
 * request, for each value of one account segment (use case, size, plan, tier, phase).
 */
import { meanCI, npsCI, type Estimate } from '../../../domain/surveys/stats.js';
import type { AnalysedResponse } from './analysis-store.js';

export const ANALYSIS_SEGMENTS = ['use_case', 'size', 'plan', 'tier', 'phase'] as const;
export type AnalysisSegment = (typeof ANALYSIS_SEGMENTS)[number];

const SEGMENT_VALUE: Record<AnalysisSegment, (r: AnalysedResponse) => string | null> = {
  use_case: (r) => r.useCase, size: (r) => r.sizeBand, plan: (r) => r.plan, tier: (r) => r.touchTier, phase: (r) => r.phase,
};

export interface ScaleSummary {
  n: number;
  mean: Estimate | null;
  /** answers per scale point, lowest first */
  counts: number[];
}

export interface GroupSummary {
  /** the segment's value; null = the accounts without one (or the whole survey) */
  value: string | null;
  responses: number;
  nps: { n: number; score: Estimate | null; promoters: number; passives: number; detractors: number; counts: number[] };
  csat: ScaleSummary;
  continuation: ScaleSummary;
  recommendation: ScaleSummary;
}

function scale(values: Array<number | null>, min: number, max: number): ScaleSummary {
  const xs = values.filter((v): v is number => v !== null);
  const counts = Array.from({ length: max - min + 1 }, (_, i) => xs.filter((x) => x === min + i).length);
  return { n: xs.length, mean: meanCI(xs), counts };
}

export function summarise(value: string | null, rows: readonly AnalysedResponse[]): GroupSummary {
  const nps = rows.map((r) => r.nps).filter((v): v is number => v !== null);
  return {
    value,
    responses: rows.length,
    nps: {
      n: nps.length, score: npsCI(nps),
      promoters: nps.filter((s) => s >= 9).length, passives: nps.filter((s) => s === 7 || s === 8).length, detractors: nps.filter((s) => s <= 6).length,
      counts: Array.from({ length: 11 }, (_, i) => nps.filter((s) => s === i).length),
    },
    csat: scale(rows.map((r) => r.csat), 1, 5),
    continuation: scale(rows.map((r) => r.continuation), 1, 5),
    recommendation: scale(rows.map((r) => r.recommendation), 1, 5),
  };
}

/** The whole survey, and one group per value of the segment (largest first, no value last). */
export function analyseSurvey(rows: readonly AnalysedResponse[], segment: AnalysisSegment | undefined) {
  const overall = summarise(null, rows);
  if (!segment) return { segment: null, overall, groups: [] };
  const byValue = new Map<string | null, AnalysedResponse[]>();
  for (const r of rows) {
    const v = SEGMENT_VALUE[segment](r);
    const list = byValue.get(v);
    if (list) list.push(r);
    else byValue.set(v, [r]);
  }
  const groups = [...byValue]
    .map(([v, list]) => summarise(v, list))
    .sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || b.responses - a.responses || String(a.value).localeCompare(String(b.value)));
  return { segment, overall, groups };
}
