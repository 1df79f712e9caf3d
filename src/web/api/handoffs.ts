/**
 * Client and shapes for sales → CS handoffs (src/server/modules/handoffs): an account's handoff
 * with its content, completeness and history; the list across accounts; the completeness report
 * against later churn and NRR.
 */
import { request } from './http';
import type { CompletenessBand } from '../../domain/handoffs/bands';
import type { HandoffContent, HandoffContentInput, HandoffSection } from '../../domain/handoffs/content';
import type { MissingItem } from '../../domain/handoffs/completeness';
import type { HandoffAction, HandoffStatus } from '../../domain/handoffs/status';

export interface Handoff {
  id: string;
  accountId: string;
  accountName: string;
  accountOwnerId: string | null;
  accountOwnerName: string | null;
  status: HandoffStatus;
  completeness: number;
  band: CompletenessBand;
  missing: MissingItem[];
  authorId: string | null;
  authorName: string | null;
  submittedAt: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  /** CS's questions when returned; its note when accepted */
  reviewNote: string | null;
  actions: HandoffAction[];
  createdAt: string;
  updatedAt: string;
}

export interface HandoffEvent {
  event: string;
  at: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface HandoffDetail extends Handoff {
  content: HandoffContent;
  sections: Array<{ section: HandoffSection; points: number; weight: number; missing: MissingItem[] }>;
  history: HandoffEvent[];
}

export interface HandoffListQuery {
  status?: HandoffStatus;
  authorId?: string;
  band?: CompletenessBand;
}

export interface HandoffList {
  items: Handoff[];
  counts: Record<'all' | HandoffStatus, number>;
  byAuthor: Array<{ authorId: string | null; authorName: string | null; handoffs: number; averageCompleteness: number | null; returned: number }>;
}

export type ReportGroup = CompletenessBand | 'none';

export interface HandoffReportBand {
  band: ReportGroup;
  min: number | null;
  max: number | null;
  accounts: number;
  averageCompleteness: number | null;
  payingAccountsStart: number;
  mrrStart: number;
  mrr: number;
  churnedAccounts: number;
  monthlyRevenueChurn: number | null;
  logoChurnRate: number | null;
  nrr: number | null;
  grr: number | null;
}

export interface HandoffReport {
  currency: string;
  from: string;
  to: string;
  months: number;
  bands: HandoffReportBand[];
  tooRecent: number;
  comparison: { churnRatio: number | null; nrrDifference: number | null };
  reference: {
    source: { id: string; name: { ja: string; en: string }; year: number };
    insufficientShareOfCs: number;
    churnAtLeast2PctMonthly: { insufficient: number; ratio: number; sufficient: number };
    nrrAtLeast100Pct: { sufficient: number; ratio: number; insufficient: number };
    gapPoints: { goals: number; decisionMaker: number; stakeholders: number };
  };
}

export const handoffApi = {
  ofAccount: (accountId: string) => request<{ handoff: HandoffDetail | null }>('GET', `/accounts/${accountId}/handoff`),
  get: (id: string) => request<HandoffDetail>('GET', `/handoffs/${id}`),
  create: (accountId: string, content?: HandoffContentInput) =>
    request<HandoffDetail>('POST', `/accounts/${accountId}/handoff`, { json: content ? { content } : {} }),
  update: (id: string, content: HandoffContentInput) => request<HandoffDetail>('PATCH', `/handoffs/${id}`, { json: { content } }),
  submit: (id: string) => request<HandoffDetail>('POST', `/handoffs/${id}/submit`),
  accept: (id: string, note?: string) => request<HandoffDetail>('POST', `/handoffs/${id}/accept`, { json: note ? { note } : {} }),
  returnWithQuestions: (id: string, questions: string) => request<HandoffDetail>('POST', `/handoffs/${id}/return`, { json: { questions } }),
  list: (query: HandoffListQuery) => request<HandoffList>('GET', '/handoffs', { query: { ...query } }),
  report: (query: { from?: string; to?: string }) => request<HandoffReport>('GET', '/handoffs/report', { query }),
};

/** CSV downloads: the same URLs with format=csv (same origin, the session cookie goes along). */
export function handoffCsvUrl(path: '/handoffs' | '/handoffs/report', query: Record<string, string | undefined>): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return `/api/v1${path}?${params.toString()}`;
}

/** Every key starts with 'handoffs', so invalidating it after any write refreshes them all. */
export const handoffKeys = {
  all: ['handoffs'] as const,
  account: (accountId: string) => ['handoffs', 'account', accountId] as const,
  list: (query: HandoffListQuery) => ['handoffs', 'list', query] as const,
  report: (from: string | undefined, to: string | undefined) => ['handoffs', 'report', from ?? null, to ?? null] as const,
};
