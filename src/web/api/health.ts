/**
 * Client and shapes for an account's health (src/server/modules/health/routes.ts): the current
 * score with its explanation, the daily history, CSM sentiments, and the scorecard versions
 * that say how each measure was read and where the bands lie.
 */
import { request } from './http';
import type { MeasureExplanation } from '../../domain/health/compute-score';
import type { Band, ScorecardDefinition } from '../../domain/health/scorecard';

export interface AccountHealth {
  accountId: string;
  /** 0–100 with one decimal; null when no measure had data */
  score: number | null;
  band: Band | null;
  scorecard: { id: string; name: string; version: number };
  computedAt: string;
  /** the score now minus the score 7 and 30 days ago; null without history that far back */
  trend: { delta7: number | null; delta30: number | null };
  explanation: {
    measures: MeasureExplanation[];
    groups: Record<string, number | null>;
    /** measure ids, the one costing the most points first */
    pullingDown: string[];
  };
  sentiment: { value: number; reason: string; on: string; stale: boolean } | null;
}

export interface HealthHistoryPoint {
  day: string;
  score: number | null;
  band: Band | null;
  version: number;
}

export interface Sentiment {
  id: string;
  /** 1 (very poor) – 5 (very good) */
  value: number;
  reason: string;
  authorId: string | null;
  createdAt: string;
}

export interface SentimentInput {
  value: number;
  reason: string;
}

export interface ScorecardVersion {
  version: number;
  definition: ScorecardDefinition;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export const healthApi = {
  /** null until the account is first scored. */
  accountHealth: (accountId: string) => request<AccountHealth | null>('GET', `/accounts/${accountId}/health`),
  history: (accountId: string, days: number) =>
    request<{ items: HealthHistoryPoint[] }>('GET', `/accounts/${accountId}/health/history`, { query: { days } }),
  sentiments: (accountId: string) => request<{ items: Sentiment[] }>('GET', `/accounts/${accountId}/sentiments`),
  addSentiment: (accountId: string, input: SentimentInput) =>
    request<{ id: string }>('POST', `/accounts/${accountId}/sentiments`, { json: input }),
  scorecardVersions: (scorecardId: string) =>
    request<{ items: ScorecardVersion[] }>('GET', `/health/scorecards/${scorecardId}/versions`),
};

/** Every key starts with 'health', so invalidating ['health'] after a scorecard edit refreshes these too. */
export const healthKeys = {
  all: ['health'] as const,
  account: (accountId: string) => ['health', 'account', accountId] as const,
  history: (accountId: string, days: number) => ['health', 'account', accountId, 'history', days] as const,
  sentiments: (accountId: string) => ['health', 'account', accountId, 'sentiments'] as const,
  scorecardVersions: (scorecardId: string) => ['health', 'scorecard-versions', scorecardId] as const,
};
