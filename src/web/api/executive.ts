/**
 * Client and shapes for /api/v1/executive/summary (src/server/modules/executive/README.md).
 * Money in minor units of `currency`; rates as fractions; a null figure is undefined ("—").
 */
import { request } from './http';
import type { BenchmarkFigure, KpiTarget, MovementItem, ReportPeriod } from './metrics';
import type { Band, Distribution } from './scorecards';

export type ExecutiveKpiKey = 'nrr_12m' | 'grr_12m' | 'revenue_churn_rate' | 'retention_rate';

export interface ExecutiveKpi {
  key: ExecutiveKpiKey;
  better: 'higher' | 'lower';
  value: number | null;
  previous: number | null;
  trend: { key: string; value: number | null }[];
  target: KpiTarget | null;
  benchmark: BenchmarkFigure | null;
}

export interface BandChange {
  accountId: string;
  accountName: string;
  before: Band | null;
  now: Band | null;
  score: number | null;
  mrr: number;
}

export interface AssessmentSummary { id: string; assessedOn: string; total: number }

export interface ExecutiveSummary {
  currency: string;
  today: string;
  month: ReportPeriod & { complete: boolean };
  headline: { mrr: number; mrrStart: number; arr: number; payingAccounts: number; payingAccountsStart: number; netNewMrr: number; previousArr: number | null };
  kpis: ExecutiveKpi[];
  benchmarkWindow: { from: string; to: string };
  movements: {
    totals: Record<string, { movements: number; accounts: number; amount: number }>;
    netNew: number;
    largest: MovementItem[];
  };
  health: {
    distribution: Distribution;
    since: string;
    hasBaseline: boolean;
    improved: number;
    worsened: number;
    changes: BandChange[];
    newRed: BandChange[];
  };
  renewals: {
    from: string; to: string; accounts: number; mrr: number; atRisk: number;
    items: { accountId: string; accountName: string; renewalDate: string; mrr: number; band: Band | null }[];
  };
  maturity: { latest: AssessmentSummary | null; previous: AssessmentSummary | null; max: 800 };
}

export const executiveApi = {
  /** `month` YYYY-MM; without it the last whole month. */
  summary: (month?: string) => request<ExecutiveSummary>('GET', '/executive/summary', { query: { month } }),
};

export const executiveKeys = {
  all: ['executive'] as const,
  summary: (month: string | undefined) => ['executive', 'summary', month ?? 'last'] as const,
};
