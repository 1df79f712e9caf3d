/**
 * Client and shapes for the voice of the customer (src/server/modules/voc): the ranked item list,
 * one item with its mentions, mentions from notes, tasks, survey answers or by hand, statuses and
 * "send to product", the candidates inbox, and the VOC settings.
 */
import { request } from './http';
import type { VocSort } from '../../domain/voc/rank';
import type { VocKind, VocSourceKind, VocStatus } from '../../domain/voc/status';

export interface VocItem {
  id: string;
  rank: number;
  title: string;
  description: string | null;
  kind: VocKind;
  areas: string[];
  status: VocStatus;
  /** accounts behind the item, each counted once */
  accounts: number;
  /** their current ARR, minor units of the base currency */
  arr: number;
  mentions: number;
  lastHeardAt: string;
  moves: VocStatus[];
  canSend: boolean;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface VocMention {
  id: string;
  accountId: string;
  accountName: string;
  sourceKind: VocSourceKind;
  sourceId: string | null;
  quote: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface VocItemDetail extends VocItem {
  currency: string;
  mentionList: VocMention[];
  accountList: Array<{ accountId: string; accountName: string; arr: number; mentions: number }>;
}

export interface VocItemList {
  currency: string;
  items: VocItem[];
  counts: Record<'all' | VocStatus, number>;
  areas: Array<{ area: string; items: number }>;
}

export interface VocListQuery {
  status?: VocStatus;
  area?: string;
  kind?: VocKind;
  sort: VocSort;
}

export interface VocMentionInput {
  sourceKind: VocSourceKind;
  sourceId?: string;
  accountId?: string;
  quote?: string;
}

export interface VocItemInput {
  title: string;
  description?: string;
  kind: VocKind;
  areas: string[];
  mention?: VocMentionInput;
}

/** Which candidate: a survey response's text question, or a timeline entry (questionId null). */
export type VocCandidateRef = Pick<VocCandidate, 'sourceKind' | 'sourceId' | 'questionId'>;

export interface VocCandidate {
  sourceKind: 'survey_response' | 'activity';
  sourceId: string;
  accountId: string;
  accountName: string;
  contactName: string | null;
  text: string;
  at: string;
  surveyName: string | null;
  questionId: string | null;
  questionText: { ja: string; en: string } | null;
  activityKind: string | null;
}

export interface VocSettings {
  webhookUrl: string | null;
  webhookConfigured: boolean;
  areas: string[];
  saved: boolean;
}

export const vocApi = {
  list: (query: VocListQuery) => request<VocItemList>('GET', '/voc/items', { query: { ...query } }),
  get: (id: string) => request<VocItemDetail>('GET', `/voc/items/${id}`),
  create: (input: VocItemInput) => request<VocItemDetail>('POST', '/voc/items', { json: input }),
  update: (id: string, patch: Partial<Omit<VocItemInput, 'mention'>>) => request<VocItemDetail>('PATCH', `/voc/items/${id}`, { json: patch }),
  remove: (id: string) => request<void>('DELETE', `/voc/items/${id}`),
  move: (id: string, status: Exclude<VocStatus, 'sent'>) => request<VocItemDetail>('POST', `/voc/items/${id}/status`, { json: { status } }),
  send: (id: string) => request<{ item: VocItemDetail; webhookQueued: boolean }>('POST', `/voc/items/${id}/send`),
  addMention: (id: string, input: VocMentionInput) => request<VocItemDetail>('POST', `/voc/items/${id}/mentions`, { json: input }),
  removeMention: (mentionId: string) => request<void>('DELETE', `/voc/mentions/${mentionId}`),
  candidates: (query: { days?: number; limit?: number; accountId?: string; dismissed?: boolean } = {}) =>
    request<{ items: VocCandidate[] }>('GET', '/voc/candidates', { query: { ...query, dismissed: query.dismissed ? 'true' : undefined } }),
  /** set a candidate aside as not VOC (the inbox leaves it out) */
  dismissCandidate: (ref: VocCandidateRef) => request<void>('POST', '/voc/candidates/dismiss', { json: ref }),
  restoreCandidate: (ref: VocCandidateRef) => request<void>('POST', '/voc/candidates/restore', { json: ref }),
  settings: () => request<VocSettings>('GET', '/voc/settings'),
  saveSettings: (input: { webhookUrl: string | null; areas: string[] }) => request<VocSettings>('PUT', '/voc/settings', { json: input }),
};

/** The ranked list as CSV: the same URL with format=csv (same origin, the session cookie goes along). */
export function vocCsvUrl(query: VocListQuery): string {
  const params = new URLSearchParams({ format: 'csv', sort: query.sort });
  if (query.status) params.set('status', query.status);
  if (query.area) params.set('area', query.area);
  if (query.kind) params.set('kind', query.kind);
  return `/api/v1/voc/items?${params.toString()}`;
}

/** Every key starts with 'voc', so invalidating it after any write refreshes them all. */
export const vocKeys = {
  all: ['voc'] as const,
  list: (query: VocListQuery) => ['voc', 'list', query] as const,
  item: (id: string) => ['voc', 'item', id] as const,
  candidates: (dismissed: boolean) => ['voc', 'candidates', dismissed ? 'dismissed' : 'inbox'] as const,
  settings: ['voc', 'settings'] as const,
};
