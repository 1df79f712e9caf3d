/**
 * Client and shapes for the portfolio side of /api/v1/health (scorecards and their versions,
 * the preview before saving, the band distribution, the backtest, a full recompute, health
 * settings) and for the usage events that wait for an account (/usage/unmatched).
 * The scorecard definition itself is the domain's type, so the editor and the server agree.
 */
import { request } from './http';
import type { AccountStatus } from '../../domain/accounts/fields';
import type { Band, ScorecardDefinition, ScorecardRule } from '../../domain/health/scorecard';
import type { BandRow as BacktestBandRow, SuggestedWeight } from '../../domain/health/backtest';

export type { Band, BacktestBandRow, ScorecardDefinition, ScorecardRule, SuggestedWeight };

export interface Scorecard {
  id: string;
  name: string;
  /** rule order: the first scorecard whose rule matches an account scores it; the default comes last */
  position: number;
  isDefault: boolean;
  rule: ScorecardRule;
  version: number;
  definition: ScorecardDefinition;
  updatedAt: string;
  /** accounts this scorecard scores now */
  accounts: number;
}

export interface ScorecardInput {
  name: string;
  rule: ScorecardRule;
  definition: ScorecardDefinition;
  note?: string;
}

export interface ScorecardUpdate {
  name?: string;
  rule?: ScorecardRule;
  definition?: ScorecardDefinition;
  note?: string;
  position?: number;
}

export interface ScorecardVersion {
  version: number;
  definition: ScorecardDefinition;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface PreviewInput {
  /** absent for a scorecard not saved yet */
  scorecardId?: string;
  rule: ScorecardRule;
  definition: ScorecardDefinition;
}

export interface BandChange {
  accountId: string;
  name: string;
  from: Band | null;
  to: Band | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
}

export interface PreviewResult {
  /** accounts the draft would score */
  accounts: number;
  changed: number;
  transitions: { from: Band | null; to: Band | null; count: number }[];
  /** the first 500 changes, red first */
  changes: BandChange[];
}

export interface BandCounts { red: number; yellow: number; green: number; none: number }

export interface Distribution {
  items: ({ day: string } & BandCounts)[];
  current: BandCounts;
}

export interface BacktestInput {
  asOf: string;
  horizonDays: number;
  scorecardId?: string;
}

/** Why no weights were suggested (the domain's codes). */
export type FitReason = 'no_measures' | 'too_few' | 'too_few_churned' | 'too_few_retained' | 'no_protective_measure';

export interface Backtest {
  asOf: string;
  end: string;
  horizonDays: number;
  scorecard: { id: string; name: string; version: number; definition: ScorecardDefinition } | null;
  accounts: number;
  unscored: number;
  outcomes: { churned: number; contracted: number; retained: number; expanded: number };
  churnRate: number;
  auc: number | null;
  roc: { fpr: number; tpr: number; threshold: number | null }[];
  bands: BacktestBandRow[];
  redLift: number | null;
  fit: {
    heldOutAuc: number | null;
    currentHeldOutAuc: number | null;
    suggestedHeldOutAuc: number | null;
    l2: number | null;
    trainAccounts: number;
    testAccounts: number;
    /** churned accounts among the test accounts */
    testChurned: number;
    reason: FitReason | string | null;
    weights: SuggestedWeight[];
    suggested: ScorecardDefinition | null;
  };
}

export interface HealthSettings {
  loginEvents: string[];
  sentimentStaleDays: number;
}

export interface UnmatchedGroup {
  groupId: string | null;
  /** set only for events with no group id */
  userId: string | null;
  events: number;
  firstAt: string;
  lastAt: string;
}

/** The slice of an account the "needs attention" list shows (GET /accounts with health). */
export interface AccountHealthRow {
  id: string;
  name: string;
  nameReading: string | null;
  ownerName: string | null;
  plan: string | null;
  status: AccountStatus;
  mrr: number;
  currency: string;
  renewalDate: string | null;
  health: { score: number | null; band: Band | null } | null;
}

export const healthApi = {
  scorecards: () => request<{ items: Scorecard[] }>('GET', '/health/scorecards'),
  createScorecard: (input: ScorecardInput) => request<{ id: string }>('POST', '/health/scorecards', { json: input }),
  updateScorecard: (id: string, patch: ScorecardUpdate) => request<{ id: string }>('PATCH', `/health/scorecards/${id}`, { json: patch }),
  deleteScorecard: (id: string) => request<void>('DELETE', `/health/scorecards/${id}`),
  versions: (id: string) => request<{ items: ScorecardVersion[] }>('GET', `/health/scorecards/${id}/versions`),
  preview: (input: PreviewInput, signal?: AbortSignal) =>
    request<PreviewResult>('POST', '/health/preview', { json: input, ...(signal ? { signal } : {}) }),
  distribution: (days: number) => request<Distribution>('GET', '/health/distribution', { query: { days } }),
  recompute: () => request<{ accounts: number; tookMs: number }>('POST', '/health/recompute'),
  backtest: (input: BacktestInput) => request<Backtest>('POST', '/health/backtest', { json: input }),
  settings: () => request<HealthSettings>('GET', '/health/settings'),
  updateSettings: (settings: HealthSettings) => request<HealthSettings>('PUT', '/health/settings', { json: settings }),
  unmatched: () => request<{ items: UnmatchedGroup[]; total: number }>('GET', '/usage/unmatched'),
  attachUnmatched: () => request<{ attached: number }>('POST', '/usage/unmatched/attach'),
  accountsByHealth: (query: { health: Band | 'none'; sort: 'health' | '-health'; limit: number; cursor?: string }) =>
    request<{ items: AccountHealthRow[]; nextCursor?: string | null }>('GET', '/accounts', { query: { ...query } }),
};

/** Every key starts with 'health', so one invalidation after a save refreshes every health screen. */
export const healthKeys = {
  all: ['health'] as const,
  scorecards: ['health', 'scorecards'] as const,
  versions: (id: string) => ['health', 'versions', id] as const,
  distribution: (days: number) => ['health', 'distribution', days] as const,
  accountsByBand: (band: Band | 'none') => ['health', 'accounts', band] as const,
  settings: ['health', 'settings'] as const,
  unmatched: ['health', 'unmatched'] as const,
};
