/**
 * Client and shapes for the touch model (src/server/modules/tiers): tiers with their rules and
 * cadences, the preview of a draft, one account's tier and override, and the report.
 */
import type { AccountRule } from '../../domain/journey/account-rule';
import { buildUrl, request } from './http';

export interface Tier {
  id: string;
  key: string;
  name: string;
  description: string | null;
  position: number;
  rule: AccountRule;
  isDefault: boolean;
  meetingEveryDays: number | null;
  reviewEveryDays: number | null;
  automatedOnly: boolean;
  accounts: number;
  overrides: number;
  updatedAt: string;
}

export interface TierInput {
  key?: string;
  name: string;
  description: string | null;
  rule: AccountRule;
  meetingEveryDays: number | null;
  reviewEveryDays: number | null;
  automatedOnly: boolean;
  isDefault: boolean;
}

export interface TierPreview {
  accounts: number;
  moving: number;
  transitions: Array<{ from: string | null; to: string | null; count: number; arr: number }>;
  perTier: Array<{ key: string; before: number; after: number }>;
  sample: Array<{ accountId: string; name: string; from: string | null; to: string | null; arr: number }>;
  currency: string;
}

export interface OverdueTouch {
  kind: 'meeting' | 'review';
  lastAt: string | null;
  dueOn: string;
  daysOverdue: number;
}

export interface AccountTier {
  accountId: string;
  tierKey: string | null;
  tierName: string | null;
  source: 'override' | 'rule' | 'default' | null;
  ruleTierKey: string | null;
  override: { tierKey: string; reason: string; setBy: string | null; setByName: string | null; setAt: string } | null;
  cadence: { meetingEveryDays: number | null; reviewEveryDays: number | null; automatedOnly: boolean } | null;
  lastTouchAt: string | null;
  lastReviewAt: string | null;
  overdue: OverdueTouch | null;
  tiers: Array<{ key: string; name: string }>;
}

export interface Tally {
  accounts: number;
  arr: number;
  overdue: number;
}

export interface TouchReport {
  today: string;
  currency: string;
  totals: Tally;
  tiers: Array<Tally & { key: string | null; name: string | null; meetingEveryDays: number | null; reviewEveryDays: number | null; automatedOnly: boolean }>;
  owners: Array<Tally & { ownerId: string | null; ownerName: string | null; byTier: Record<string, Tally> }>;
  overdue: Array<OverdueTouch & { accountId: string; name: string; ownerId: string | null; ownerName: string | null; tierKey: string; arr: number }>;
}

export type ReportTable = 'tiers' | 'owners' | 'overdue';

export const tierApi = {
  list: () => request<{ tiers: Tier[] }>('GET', '/touch-tiers'),
  create: (input: TierInput) => request<{ tier: Tier; moved: number }>('POST', '/touch-tiers', { json: input }),
  update: (id: string, input: Partial<TierInput>) => request<{ tier: Tier; moved: number }>('PATCH', `/touch-tiers/${id}`, { json: input }),
  remove: (id: string) => request<{ moved: number }>('DELETE', `/touch-tiers/${id}`),
  reorder: (ids: string[]) => request<{ moved: number }>('PUT', '/touch-tiers/order', { json: { ids } }),
  preview: (tiers: Array<{ key: string; rule: AccountRule; isDefault: boolean }>) =>
    request<TierPreview>('POST', '/touch-tiers/preview', { json: { tiers } }),
  account: (accountId: string) => request<AccountTier>('GET', `/accounts/${accountId}/tier`),
  setOverride: (accountId: string, input: { tierKey: string; reason: string }) =>
    request<AccountTier>('PUT', `/accounts/${accountId}/tier-override`, { json: input }),
  clearOverride: (accountId: string) => request<AccountTier>('DELETE', `/accounts/${accountId}/tier-override`),
  report: () => request<TouchReport>('GET', '/touch-model/report'),
};

/** The CSV of one table of the report (UTF-8 with BOM, for Excel). */
export function touchReportCsvUrl(table: ReportTable): string {
  return buildUrl('/touch-model/report', { format: 'csv', table });
}

/** Every key starts with 'touch-model', so invalidating it after any write refreshes them all. */
export const tierKeys = {
  all: ['touch-model'] as const,
  list: () => ['touch-model', 'tiers'] as const,
  account: (accountId: string) => ['touch-model', 'account', accountId] as const,
  report: () => ['touch-model', 'report'] as const,
};
