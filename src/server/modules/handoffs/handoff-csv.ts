/** The handoff list's filters and per-rep summary, and the list and the report as CSV (UTF-8 with BOM, ISO dates). */
import { completenessBand, type CompletenessBand } from '../../../domain/handoffs/bands.js';
import type { HandoffStatus } from '../../../domain/handoffs/status.js';
import { moneyCell, rateCell, toCsv } from '../metrics/csv.js';
import type { HandoffReport } from './handoff-report.js';
import type { Handoff } from './schema.js';

export function summariseList(all: Handoff[], q: { status?: HandoffStatus | undefined; band?: CompletenessBand | undefined }) {
  const count = (status: HandoffStatus) => all.filter((h) => h.status === status).length;
  const items = all.filter((h) => (!q.status || h.status === q.status) && (!q.band || completenessBand(h.completeness) === q.band));
  const reps = new Map<string | null, Handoff[]>();
  for (const h of items) reps.set(h.authorId, [...(reps.get(h.authorId) ?? []), h]);
  const byAuthor = [...reps].map(([authorId, list]) => ({
    authorId,
    authorName: list[0]?.authorName ?? null,
    handoffs: list.length,
    averageCompleteness: Math.round(list.reduce((s, h) => s + h.completeness, 0) / list.length),
    returned: list.filter((h) => h.status === 'returned').length,
  })).sort((a, b) => b.handoffs - a.handoffs || (a.authorName ?? '').localeCompare(b.authorName ?? ''));
  return {
    items,
    counts: { all: all.length, draft: count('draft'), submitted: count('submitted'), accepted: count('accepted'), returned: count('returned') },
    byAuthor,
  };
}

export function handoffListCsv(items: Handoff[]): string {
  return toCsv(
    ['account_id', 'account_name', 'status', 'completeness', 'band', 'author', 'account_owner', 'submitted_at', 'reviewer', 'reviewed_at', 'review_note', 'updated_at'],
    items.map((h) => [h.accountId, h.accountName, h.status, h.completeness, h.band, h.authorName, h.accountOwnerName, h.submittedAt,
      h.reviewerName, h.reviewedAt, h.reviewNote, h.updatedAt]),
  );
}

export function handoffReportCsv(report: HandoffReport): string {
  return toCsv(
    ['band', 'min_completeness', 'max_completeness', 'accounts', 'average_completeness', 'paying_accounts_start', 'mrr_start', 'mrr_end',
      'churned_accounts', 'monthly_revenue_churn', 'logo_churn_rate', 'nrr', 'grr', 'from', 'to', 'currency'],
    report.bands.map((b) => [b.band, b.min, b.max, b.accounts, b.averageCompleteness, b.payingAccountsStart,
      moneyCell(b.mrrStart, report.currency), moneyCell(b.mrr, report.currency), b.churnedAccounts, rateCell(b.monthlyRevenueChurn),
      rateCell(b.logoChurnRate), rateCell(b.nrr), rateCell(b.grr), report.from, report.to, report.currency]),
  );
}
