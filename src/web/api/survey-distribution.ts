/**
 * Client and shapes for distributing a survey (src/server/modules/surveys/distribution-routes.ts):
 * choosing recipients with a count preview, the recipients list, sending invitations and
 * reminders, taking a recipient off, and response rates by segment.
 */
import { request } from './http';
import type { ContactLevel, ContactRole } from '../../domain/accounts/fields';
import type { SurveyLanguage } from '../../domain/surveys/definition';

export interface RecipientFilter {
  accounts: { tiers?: string[]; phases?: string[]; plans?: string[]; ownerIds?: string[]; accountIds?: string[] };
  contacts: { levels?: ContactLevel[]; roles?: ContactRole[]; contactIds?: string[] };
  language?: SurveyLanguage;
}

export interface RecipientSelection {
  matched: number;
  added: number;
  alreadyIncluded: number;
  skippedNoEmail: number;
  accounts: number;
}

export interface Recipient {
  id: string;
  contactId: string;
  contactName: string;
  email: string | null;
  accountId: string;
  accountName: string;
  language: SurveyLanguage;
  invitedAt: string | null;
  lastRemindedAt: string | null;
  reminderCount: number;
  firstOpenedAt: string | null;
  respondedAt: string | null;
}

export interface RecipientCounts {
  recipients: number;
  invited: number;
  opened: number;
  responded: number;
  remindable: number;
  sendable: number;
}

export type RecipientStatus = 'all' | 'not_invited' | 'invited' | 'opened' | 'responded' | 'not_responded';

export interface RecipientList {
  survey: { id: string; name: string; status: 'draft' | 'open' | 'closed'; languages: SurveyLanguage[]; remindAfterDays: number | null; closesAt: string | null };
  counts: RecipientCounts;
  items: Recipient[];
  nextCursor: string | null;
}

export interface SendResult {
  queued: number;
  skippedNoEmail: number;
}

export const SEGMENT_DIMENSIONS = ['tier', 'phase', 'plan', 'size', 'industry', 'owner'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export interface RateRow {
  key: string | null;
  label: string | null;
  recipients: number;
  invited: number;
  opened: number;
  responded: number;
  rate: number | null;
  interval: { value: number; low: number; high: number; n: number } | null;
}

export interface ResponseRates {
  by: SegmentDimension | null;
  total: RateRow;
  segments: RateRow[];
}

export const distributionApi = {
  recipients: (surveyId: string, query: { status?: RecipientStatus; limit?: number; cursor?: string | undefined }) =>
    request<RecipientList>('GET', `/surveys/${surveyId}/recipients`, { query }),
  preview: (surveyId: string, filter: RecipientFilter) => request<RecipientSelection>('POST', `/surveys/${surveyId}/recipients/preview`, { json: filter }),
  add: (surveyId: string, filter: RecipientFilter) => request<RecipientSelection>('POST', `/surveys/${surveyId}/recipients`, { json: filter }),
  remove: (recipientId: string) => request<void>('DELETE', `/survey-recipients/${recipientId}`),
  send: (surveyId: string) => request<SendResult>('POST', `/surveys/${surveyId}/send`),
  remind: (surveyId: string) => request<SendResult>('POST', `/surveys/${surveyId}/remind`),
  rates: (surveyId: string, by: SegmentDimension | null) =>
    request<ResponseRates>('GET', `/surveys/${surveyId}/response-rates`, { query: { by: by ?? undefined } }),
};

/** Every key starts with 'survey-distribution' and the survey id, so one invalidation refreshes the tab. */
export const distributionKeys = {
  all: (surveyId: string) => ['survey-distribution', surveyId] as const,
  recipients: (surveyId: string, status: RecipientStatus) => ['survey-distribution', surveyId, 'recipients', status] as const,
  preview: (surveyId: string, filter: RecipientFilter) => ['survey-distribution', surveyId, 'preview', filter] as const,
  rates: (surveyId: string, by: SegmentDimension | null) => ['survey-distribution', surveyId, 'rates', by] as const,
};
