/** Every metrics table as CSV rows: the same figures as the JSON, one row per period (and segment value). */
import type { PeriodMetrics } from '../../../domain/metrics/period-metrics.js';
import { moneyCell, rateCell, toCsv, type Cell } from './csv.js';
import type { MetricsSummary } from './report-schema.js';

type Column = [header: string, kind: 'money' | 'rate' | 'count', pick: (m: PeriodMetrics) => number | null];

const SUMMARY_COLUMNS: Column[] = [
  ['mrr_start', 'money', (m) => m.mrrStart], ['mrr', 'money', (m) => m.mrr], ['arr', 'money', (m) => m.arr], ['arpa', 'money', (m) => m.arpa],
  ['paying_accounts_start', 'count', (m) => m.payingAccountsStart], ['paying_accounts', 'count', (m) => m.payingAccounts],
  ['new_mrr', 'money', (m) => m.movements.new], ['expansion_mrr', 'money', (m) => m.movements.expansion],
  ['contraction_mrr', 'money', (m) => m.movements.contraction], ['churned_mrr', 'money', (m) => m.movements.churn],
  ['reactivation_mrr', 'money', (m) => m.movements.reactivation], ['net_new_mrr', 'money', (m) => m.movements.netNew],
  ['new_accounts', 'count', (m) => m.movementAccounts.new], ['expansion_accounts', 'count', (m) => m.movementAccounts.expansion],
  ['contraction_accounts', 'count', (m) => m.movementAccounts.contraction], ['churned_accounts', 'count', (m) => m.movementAccounts.churn],
  ['reactivated_accounts', 'count', (m) => m.movementAccounts.reactivation],
  ['logo_churn_rate', 'rate', (m) => m.logoChurnRate], ['gross_mrr_churn_rate', 'rate', (m) => m.grossMrrChurnRate],
  ['net_mrr_churn_rate', 'rate', (m) => m.netMrrChurnRate],
  ['retention_rate', 'rate', (m) => m.retention.rate], ['retention_count', 'count', (m) => m.retention.count], ['retention_amount', 'money', (m) => m.retention.amount],
  ['churn_rate', 'rate', (m) => m.churn.rate], ['churn_count', 'count', (m) => m.churn.count], ['churn_amount', 'money', (m) => m.churn.amount],
  ['upsell_rate', 'rate', (m) => m.upsell.rate], ['upsell_count', 'count', (m) => m.upsell.count], ['upsell_amount', 'money', (m) => m.upsell.amount],
  ['nrr', 'rate', (m) => m.nrr], ['grr', 'rate', (m) => m.grr], ['nrr_12m', 'rate', (m) => m.nrr12m], ['grr_12m', 'rate', (m) => m.grr12m],
  ['logo_retention_12m', 'rate', (m) => m.logoRetention12m],
  ['ltv', 'money', (m) => m.ltv], ['ltv_revenue_churn', 'money', (m) => m.ltvRevenueChurn], ['ltv_simple', 'money', (m) => m.ltvSimple],
  ['average_lifetime_months', 'rate', (m) => m.averageLifetimeMonths], ['cac_payback_months', 'rate', (m) => m.cacPaybackMonths],
  ['quick_ratio', 'rate', (m) => m.quickRatio],
  ['renewal_logo_rate', 'rate', (m) => m.renewal.logoRate], ['renewal_gross_dollar_rate', 'rate', (m) => m.renewal.grossDollarRate],
  ['renewal_accounts_up', 'count', (m) => m.renewal.accountsUp], ['renewal_accounts_renewed', 'count', (m) => m.renewal.accountsRenewed],
  ['renewal_value_up', 'money', (m) => m.renewal.valueUp], ['renewal_value_renewed', 'money', (m) => m.renewal.valueRenewed],
  ['monthly_logo_churn_rate', 'rate', (m) => m.monthly.logoChurnRate], ['monthly_gross_mrr_churn_rate', 'rate', (m) => m.monthly.grossMrrChurnRate],
  ['annualised_logo_churn_rate', 'rate', (m) => m.annualised.logoChurnRate], ['annualised_gross_mrr_churn_rate', 'rate', (m) => m.annualised.grossMrrChurnRate],
];

export function summaryCsv(s: MetricsSummary): string {
  const cells = (m: PeriodMetrics): Cell[] => SUMMARY_COLUMNS.map(([, kind, pick]) => {
    const v = pick(m);
    return kind === 'money' ? moneyCell(v, s.currency) : kind === 'rate' ? rateCell(v) : v;
  });
  const header = ['segment', 'segment_value', 'period', 'start', 'end', 'currency', ...SUMMARY_COLUMNS.map(([h]) => h)];
  const rows: Cell[][] = s.periods.map((p, i) => ['(total)', '', p.key, p.start, p.end, s.currency, ...cells(s.total[i] as PeriodMetrics)]);
  for (const v of s.segment?.values ?? []) {
    s.periods.forEach((p, i) => rows.push([s.segment?.field, v.label, p.key, p.start, p.end, s.currency, ...cells(v.metrics[i] as PeriodMetrics)]));
  }
  return toCsv(header, rows);
}

export function movementsCsv(r: { currency: string; items: Array<{ date: string; accountId: string; accountName: string; type: string; mrrBefore: number; mrrAfter: number; amount: number }> }): string {
  return toCsv(['date', 'account_id', 'account_name', 'type', 'mrr_before', 'mrr_after', 'amount', 'currency'],
    r.items.map((m) => [m.date, m.accountId, m.accountName, m.type, moneyCell(m.mrrBefore, r.currency), moneyCell(m.mrrAfter, r.currency), moneyCell(m.amount, r.currency), r.currency]));
}

export function payingAccountsCsv(r: { currency: string; on: string; items: Array<{ accountId: string; accountName: string; mrr: number; acv: number }> }): string {
  return toCsv(['on', 'account_id', 'account_name', 'mrr', 'acv', 'currency'],
    r.items.map((a) => [r.on, a.accountId, a.accountName, moneyCell(a.mrr, r.currency), moneyCell(a.acv, r.currency), r.currency]));
}

export function renewalsCsv(r: { currency: string; items: Array<{ date: string; accountId: string; accountName: string; valueBefore: number; valueAfter: number; renewed: boolean }> }): string {
  return toCsv(['date', 'account_id', 'account_name', 'value_before', 'value_after', 'renewed', 'currency'],
    r.items.map((t) => [t.date, t.accountId, t.accountName, moneyCell(t.valueBefore, r.currency), moneyCell(t.valueAfter, r.currency), t.renewed, r.currency]));
}

export function cohortsCsv(r: { currency: string; rows: Array<{ cohort: string; accounts: number; startingMrr: number; cells: Array<{ offset: number; month: string; payingAccounts: number; mrr: number; logoRetention: number | null; mrrRetention: number | null }> }> }): string {
  const rows: Cell[][] = r.rows.flatMap((c) => c.cells.map((cell) => [
    c.cohort, c.accounts, moneyCell(c.startingMrr, r.currency), cell.offset, cell.month, cell.payingAccounts, moneyCell(cell.mrr, r.currency),
    rateCell(cell.logoRetention), rateCell(cell.mrrRetention), r.currency,
  ]));
  return toCsv(['cohort', 'cohort_accounts', 'starting_mrr', 'months_since_start', 'month', 'paying_accounts', 'mrr', 'logo_retention', 'mrr_retention', 'currency'], rows);
}

export function acvCsv(r: { currency: string; on: string; bandSets: Array<{ id: string; currency: string; bands: Array<{ key: string; label: { ja: string; en: string }; min: number | null; max: number | null; accounts: number; share: number | null; acvTotal: number; publishedShare: number | null }> }> }): string {
  const rows: Cell[][] = r.bandSets.flatMap((set) => set.bands.map((b) => [
    r.on, set.id, set.currency, b.key, b.label.ja, b.label.en, b.min, b.max, b.accounts, rateCell(b.share), moneyCell(b.acvTotal, r.currency), rateCell(b.publishedShare), r.currency,
  ]));
  return toCsv(['on', 'band_set', 'band_currency', 'band', 'label_ja', 'label_en', 'min', 'max', 'accounts', 'share', 'acv_total', 'published_share', 'currency'], rows);
}

type BenchmarkFigureRow = { key: string; value: number | null; unit: string; comparisons: Array<{
  kind: string; source: { name: { en: string }; year: number }; label?: { en: string }; reference?: number; difference?: number | null;
  standing?: string | null; bands?: Array<{ key: string; label: { en: string }; share: number | null; placed: boolean }>;
}> };

/** One row per comparison: the band the figure falls in, or the reference it is measured against. */
export function benchmarksCsv(r: { on: string; currency: string; figures: BenchmarkFigureRow[] }): string {
  const rows: Cell[][] = r.figures.flatMap((f) => f.comparisons.map((c) => {
    const placed = c.bands?.find((b) => b.placed);
    const value = f.unit === 'money' ? f.value : rateCell(f.value);
    return [r.on, f.key, value, c.source.name.en, c.source.year, c.kind, placed?.label.en ?? c.label?.en ?? '',
      placed ? rateCell(placed.share) : '', c.reference === undefined ? '' : rateCell(c.reference), rateCell(c.difference ?? null), c.standing ?? ''];
  }));
  return toCsv(['on', 'figure', 'value', 'source', 'year', 'kind', 'band_or_reference', 'published_share', 'reference', 'difference', 'standing'], rows);
}
