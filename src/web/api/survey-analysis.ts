/**
 * Client and shapes for the survey analysis (src/server/modules/surveys/analysis-routes.ts): the cuts, the CX tree
 * with its hypotheses, churn risk with the simulator baseline, and year over year. The statistics' own types come
 * from the domain, which the web app may import.
 */
import { buildUrl, request } from './http';
import type { CxLeaf } from '../../domain/surveys/definition';
import type { Estimate, TestResult } from '../../domain/surveys/stats';
import type { Hypothesis } from '../../domain/surveys/cx-hypotheses';
import type { ChurnMapping } from '../../domain/surveys/churn-risk';
import type { SimBaseline } from '../../domain/surveys/simulate';
import type { YearComparison } from '../../domain/surveys/compare-years';

export type AnalysisSegment = 'use_case' | 'size' | 'plan' | 'tier' | 'phase';
export const ANALYSIS_SEGMENTS: AnalysisSegment[] = ['use_case', 'size', 'plan', 'tier', 'phase'];

export interface ScaleSummary { n: number; mean: Estimate | null; counts: number[] }

export interface GroupSummary {
  value: string | null;
  responses: number;
  nps: { n: number; score: Estimate | null; promoters: number; passives: number; detractors: number; counts: number[] };
  csat: ScaleSummary;
  continuation: ScaleSummary;
  recommendation: ScaleSummary;
}

export interface SurveyAnalysis {
  surveyId: string;
  segment: AnalysisSegment | null;
  overall: GroupSummary;
  groups: GroupSummary[];
}

export interface CxTreeReport {
  surveyId: string;
  hasTree: boolean;
  classified: number;
  unclassified: number;
  trouble: { yes: number; no: number };
  consulted: { yes: number; no: number };
  leaves: Array<{ leaf: CxLeaf; n: number; share: Estimate | null; satisfaction: Estimate | null; continuation: Estimate | null; nps: Estimate | null }>;
  hypotheses: Hypothesis[];
  minGroupN: number;
  alpha: number;
}

export interface ChurnRiskReport {
  surveyId: string;
  currency: string;
  asOf: string;
  mapping: ChurnMapping;
  respondents: number;
  accountsAssessed: number;
  overallRisk: number | null;
  totalArr: number;
  arrAtRisk: number;
  weighting: 'arr' | 'accounts';
  accounts: Array<{ accountId: string; accountName: string; respondents: number; risk: number; arr: number; arrAtRisk: number }>;
  simulation: { baseline: SimBaseline; current: { consultRate: number | null; aboveShare: number | null } };
}

export interface SurveyRef { id: string; name: string; runOn: string; status: string }

export interface YearComparisonReport {
  current: SurveyRef;
  previous: SurveyRef | null;
  comparison: YearComparison | null;
}

export type { Estimate, TestResult };

export const surveyAnalysisApi = {
  analysis: (id: string, segment: AnalysisSegment | null) =>
    request<SurveyAnalysis>('GET', `/surveys/${id}/analysis`, { query: { segment: segment ?? undefined } }),
  cxTree: (id: string) => request<CxTreeReport>('GET', `/surveys/${id}/cx-tree`),
  churnRisk: (id: string) => request<ChurnRiskReport>('GET', `/surveys/${id}/churn-risk`),
  /** The tree's leaves as CSV (UTF-8 with BOM, for Excel), headers in the given language; same origin, the session cookie goes along. */
  cxTreeCsvUrl: (id: string, lang: 'ja' | 'en') => buildUrl(`/surveys/${id}/cx-tree`, { format: 'csv', lang }),
  compare: (id: string, withId?: string) => request<YearComparisonReport>('GET', `/surveys/${id}/compare`, { query: { with: withId } }),
};

/** Every key starts with 'survey-analysis' and the survey id, so a new answer can refresh them all. */
export const surveyAnalysisKeys = {
  all: (id: string) => ['survey-analysis', id] as const,
  analysis: (id: string, segment: AnalysisSegment | null) => ['survey-analysis', id, 'analysis', segment] as const,
  cxTree: (id: string) => ['survey-analysis', id, 'cx-tree'] as const,
  churnRisk: (id: string) => ['survey-analysis', id, 'churn-risk'] as const,
  /** The tree's leaves as CSV (UTF-8 with BOM, for Excel), headers in the given language; same origin, the session cookie goes along. */
  cxTreeCsvUrl: (id: string, lang: 'ja' | 'en') => buildUrl(`/surveys/${id}/cx-tree`, { format: 'csv', lang }),
  compare: (id: string, withId?: string) => ['survey-analysis', id, 'compare', withId ?? null] as const,
};
