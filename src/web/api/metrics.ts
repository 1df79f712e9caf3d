/**
 * Client and shapes for /api/v1/metrics (documented in src/server/modules/metrics/README.md).
 * Money is in minor units of `currency`; rates are fractions; a null figure is undefined ("—"), never zero.
 */
import { buildUrl, request, type QueryValue } from './http';
import type { CustomFieldDef } from './types';

export type MetricsInterval = 'month' | 'quarter' | 'fiscal_year';
export const MOVEMENT_TYPES = ['new', 'expansion', 'reactivation', 'contraction', 'churn'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
export type ChurnRecognition = 'period_end' | 'cancellation';

export interface Bilingual { ja: string; en: string }

interface RateCountAmount { rate: number | null; count: number; amount: number }

export interface PeriodMetrics {
  mrr: number; mrrStart: number; arr: number; arpa: number | null; payingAccounts: number; payingAccountsStart: number;
  movements: Record<MovementType | 'netNew', number>;
  movementAccounts: Record<MovementType, number>;
  logoChurnRate: number | null; grossMrrChurnRate: number | null; netMrrChurnRate: number | null;
  retention: RateCountAmount; churn: RateCountAmount; upsell: RateCountAmount;
  nrr: number | null; grr: number | null; nrr12m: number | null; grr12m: number | null; logoRetention12m: number | null;
  ltv: number | null; ltvRevenueChurn: number | null; ltvSimple: number | null; averageLifetimeMonths: number | null;
  cacPaybackMonths: number | null; quickRatio: number | null;
  monthly: { logoChurnRate: number | null; grossMrrChurnRate: number | null };
  annualised: { logoChurnRate: number | null; grossMrrChurnRate: number | null };
}

export interface ReportPeriod { key: string; start: string; end: string; months: number }

export interface MetricsSummary {
  currency: string; interval: string; from: string; to: string; fiscalYearStartMonth: number;
  periods: ReportPeriod[];
  total: PeriodMetrics[];
  segment: null | { field: string; values: { value: string | null; label: string; metrics: PeriodMetrics[] }[] };
  warnings: { code: 'missing_rate'; currency: string }[];
}

export interface CohortRow {
  cohort: string; accounts: number; startingMrr: number;
  cells: { offset: number; month: string; payingAccounts: number; mrr: number; logoRetention: number | null; mrrRetention: number | null }[];
}

export interface BenchmarkSource { id: string; name: Bilingual; year: number; region: string }

export interface AcvReport {
  currency: string; on: string;
  stats: { accounts: number; total: number; mean: number | null; median: number | null; p25: number | null; p75: number | null };
  bandSets: {
    id: string; currency: string; source: BenchmarkSource;
    bands: { key: string; label: Bilingual; min: number | null; max: number | null; accounts: number; share: number | null; acvTotal: number; publishedShare: number | null }[];
  }[];
}

export interface BenchmarkBand {
  key: string; min: number | null; max: number | null; share: number | null; mostCommon?: boolean; label: Bilingual; placed: boolean;
}

export interface BenchmarkFigure {
  key: string; value: number | null; unit: 'rate' | 'money' | 'ratio'; currency?: string;
  comparisons: {
    kind: 'bands' | 'reference'; source: BenchmarkSource; label?: Bilingual; bands?: BenchmarkBand[]; note?: Bilingual;
    reference?: number; difference?: number | null; standing?: 'better' | 'worse' | 'equal' | null;
  }[];
}

export interface MetricsDashboard {
  summary: MetricsSummary;
  cohorts: { currency: string; from: string; to: string; rows: CohortRow[] };
  acv: AcvReport;
  benchmarks: { currency: string; on: string; window: { from: string; to: string }; figures: BenchmarkFigure[] };
}

export interface MetricDefinitions {
  metrics: { key: string; name: Bilingual; definition: Bilingual; choices: string[] }[];
  choices: { key: string; name: Bilingual; text: Bilingual; alternatives: Bilingual; setting: string | null }[];
}

export interface MovementItem {
  date: string; accountId: string; accountName: string; type: MovementType; mrrBefore: number; mrrAfter: number; amount: number;
}
export interface MovementList {
  currency: string; from: string; to: string; items: MovementItem[];
  totals: Record<string, { movements: number; accounts: number; amount: number }>;
}
export interface PayingAccountList {
  currency: string; on: string; items: { accountId: string; accountName: string; mrr: number; acv: number }[];
  total: { accounts: number; mrr: number };
}

export interface MetricSettings {
  churnRecognition: ChurnRecognition; reactivationGapDays: number; cac: number | null; grossMarginPercent: number | null;
  baseCurrency: string; fiscalYearStartMonth: number; fixedExchangeRates: Record<string, number>;
}
export type MetricSettingsPatch = Partial<Pick<MetricSettings, 'churnRecognition' | 'reactivationGapDays' | 'cac' | 'grossMarginPercent'>>;

export interface ExchangeRate { id: string; currency: string; validFrom: string; rate: number; createdAt: string; updatedAt: string }

export interface KpiTarget {
  id: string; kpi: string; unit: 'rate' | 'count' | 'amount' | 'ratio'; better: 'higher' | 'lower'; interval: MetricsInterval;
  periodStart: string; periodEnd: string; complete: boolean; target: number; note: string | null;
  actual: number | null; difference: number | null; met: boolean | null; updatedAt: string;
}
export interface KpiTargetInput { kpi: string; interval: MetricsInterval; periodStart: string; target: number; note?: string | null }

export interface BeforeAfterReport {
  kpi: string; unit: string; better: 'higher' | 'lower'; currency: string;
  windows: { before: { start: string; end: string }; after: { start: string; end: string }; days: number; complete: boolean };
  before: number | null; after: number | null; difference: number | null; relativeChange: number | null;
  direction: 'up' | 'down' | 'flat' | null; verdict: 'better' | 'worse' | 'unchanged' | null;
}

/** The slice of the portfolio a report is about: `segment` (e.g. 'plan', 'custom:region') and one of its values. */
export interface SegmentFilter { segment?: string; segmentValue?: string | null }

export interface RangeQuery { from?: string; to?: string; interval: MetricsInterval; segment?: string }
export interface MovementsQuery extends SegmentFilter { from: string; to: string; type?: string }
export interface AccountsQuery extends SegmentFilter { on: string }

/** segmentValue '' selects the accounts with no value, so it must survive buildUrl (which drops ''). */
function segmentQuery(filter: SegmentFilter): Record<string, QueryValue> {
  if (!filter.segment) return {};
  const empty = filter.segmentValue === null || filter.segmentValue === '';
  return { segment: filter.segment, segmentValue: empty ? '\u0000' : filter.segmentValue };
}

function withSegment(query: Record<string, QueryValue>, filter: SegmentFilter): Record<string, QueryValue> {
  return { ...query, ...segmentQuery(filter) };
}

/** buildUrl drops empty values; put an explicitly empty segmentValue back. */
function urlOf(path: string, query: Record<string, QueryValue>): string {
  return buildUrl(path, query).replace('segmentValue=%00', 'segmentValue=');
}

async function getJson<T>(path: string, query: Record<string, QueryValue>): Promise<T> {
  const url = urlOf(path, query);
  // request() builds its own URL; hand it the finished query string through a path without one.
  const [, search = ''] = url.split('?');
  return request<T>('GET', `${path}${search ? `?${search}` : ''}`);
}

export const metricsApi = {
  dashboard: (query: RangeQuery) => request<MetricsDashboard>('GET', '/metrics/dashboard', { query: { ...query } }),
  definitions: () => request<MetricDefinitions>('GET', '/metrics/definitions'),
  movements: (query: MovementsQuery) => getJson<MovementList>('/metrics/movements', withSegment({ from: query.from, to: query.to, type: query.type }, query)),
  accounts: (query: AccountsQuery) => getJson<PayingAccountList>('/metrics/accounts', withSegment({ on: query.on }, query)),
  settings: () => request<MetricSettings>('GET', '/metrics/settings'),
  updateSettings: (patch: MetricSettingsPatch) => request<MetricSettings>('PATCH', '/metrics/settings', { json: patch }),
  exchangeRates: () => request<{ items: ExchangeRate[] }>('GET', '/metrics/exchange-rates'),
  addExchangeRate: (input: { currency: string; validFrom: string; rate: number }) => request<ExchangeRate>('POST', '/metrics/exchange-rates', { json: input }),
  deleteExchangeRate: (id: string) => request<void>('DELETE', `/metrics/exchange-rates/${id}`),
  targets: (query: { interval?: MetricsInterval }) => request<{ currency: string; items: KpiTarget[] }>('GET', '/metrics/targets', { query: { ...query } }),
  putTarget: (input: KpiTargetInput) => request<KpiTarget>('PUT', '/metrics/targets', { json: input }),
  deleteTarget: (id: string) => request<void>('DELETE', `/metrics/targets/${id}`),
  beforeAfter: (query: { kpi: string; start: string; months: number }) => request<BeforeAfterReport>('GET', '/metrics/before-after', { query: { ...query } }),
};

/** The CSV of a table: the same URL as its JSON with format=csv (UTF-8 with BOM, for Excel). */
export function metricsCsvUrl(path: '/metrics/movements' | '/metrics/accounts' | '/metrics/summary' | '/metrics/cohorts' | '/metrics/acv' | '/metrics/benchmarks' | '/metrics/targets',
  query: Record<string, QueryValue>, filter: SegmentFilter = {}): string {
  return urlOf(path, { ...withSegment(query, filter), format: 'csv' });
}

/** Every metrics query starts with 'metrics', so one invalidation refreshes all numbers after a settings change. */
export const metricsKeys = {
  all: ['metrics'] as const,
  dashboard: (query: RangeQuery) => ['metrics', 'dashboard', query] as const,
  definitions: ['metrics', 'definitions'] as const,
  movements: (query: MovementsQuery) => ['metrics', 'movements', query] as const,
  accounts: (query: AccountsQuery) => ['metrics', 'accounts', query] as const,
  settings: ['metrics', 'settings'] as const,
  exchangeRates: ['metrics', 'exchange-rates'] as const,
  targets: (interval?: MetricsInterval) => ['metrics', 'targets', interval ?? 'all'] as const,
  beforeAfter: (query: { kpi: string; start: string; months: number }) => ['metrics', 'before-after', query] as const,
};

/** The segment choices: the built-in account fields, then one per account custom field. */
export const BUILT_IN_SEGMENTS = ['plan', 'industry', 'sizeBand', 'region', 'owner', 'useCase'] as const;
export function customSegmentKey(def: CustomFieldDef): string {
  return `custom:${def.key}`;
}
