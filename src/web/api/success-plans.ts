/**
 * Client and shapes for success plans (src/server/modules/outcomes): an account's goals with
 * progress and flags, measurements, reviews (re-agreements), share links, the portfolio of goals
 * across accounts, and the public plan behind a share token.
 */
import { request } from './http';
import type { GoalBinding } from '../../domain/outcomes/goal-binding';
import type { GoalStatus } from '../../domain/outcomes/goal-fields';

export type ShareLocale = 'ja' | 'en';

export interface GoalFlags {
  reviewOverdue: boolean;
  dueSoon: boolean;
  atRisk: boolean;
  /** hand-entered progress not updated for 45 days */
  stale: boolean;
}

export interface Goal {
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  metric: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number | null;
  currentAt: string | null;
  binding: GoalBinding | null;
  dueOn: string | null;
  customerOwnerContactId: string | null;
  /** the contact's name, or the free-text name */
  customerOwnerName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  status: GoalStatus;
  nextReviewOn: string | null;
  /** unclipped percent from baseline to target */
  progress: number | null;
  /** 0–100, whole percent */
  progressDisplay: number | null;
  flags: GoalFlags;
  createdAt: string;
  updatedAt: string;
}

export interface GoalMeasurement {
  day: string;
  value: number;
  source: 'manual' | 'bound';
}

export type GoalChanges = Record<string, { from: unknown; to: unknown }>;

export interface GoalReview {
  id: string;
  goalId: string;
  goalTitle: string;
  reviewedOn: string;
  changes: GoalChanges;
  reason: string;
  authorName: string | null;
  createdAt: string;
}

export interface GoalDetail extends Goal {
  measurements: GoalMeasurement[];
  reviews: GoalReview[];
}

export interface SuccessPlan {
  account: { id: string; name: string };
  today: string;
  goals: Goal[];
  reviews: GoalReview[];
}

export interface GoalInput {
  title: string;
  metric: string;
  unit?: string | null;
  baseline: number;
  target: number;
  current?: number | null;
  binding?: GoalBinding | null;
  dueOn?: string | null;
  customerOwnerContactId?: string | null;
  customerOwnerName?: string | null;
  ownerId?: string | null;
  status?: GoalStatus;
  nextReviewOn?: string | null;
}

export interface ReviewInput {
  reviewedOn?: string;
  reason: string;
  changes: Partial<Omit<GoalInput, 'binding' | 'nextReviewOn' | 'current'>>;
  nextReviewOn?: string | null;
}

export type GoalFilter = 'overdue_review' | 'at_risk' | 'due_soon';

export interface GoalPortfolio {
  today: string;
  items: Goal[];
  counts: { all: number; overdueReview: number; atRisk: number; dueSoon: number };
}

export interface Share {
  id: string;
  accountId: string;
  locale: ShareLocale;
  createdByName: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  state: 'active' | 'expired' | 'revoked';
}

export interface CreatedShare extends Share {
  /** shown once */
  token: string;
  path: string;
}

export interface PublicGoal {
  title: string;
  metric: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number | null;
  currentAt: string | null;
  dueOn: string | null;
  customerOwnerName: string | null;
  ownerName: string | null;
  status: GoalStatus;
  nextReviewOn: string | null;
  progress: number | null;
  progressDisplay: number | null;
  reviewOverdue: boolean;
}

export interface PublicPlan {
  locale: ShareLocale;
  vendorName: string;
  accountName: string;
  today: string;
  goals: PublicGoal[];
  reviews: Array<Pick<GoalReview, 'goalTitle' | 'reviewedOn' | 'changes' | 'reason'>>;
}

export const successPlanApi = {
  plan: (accountId: string) => request<SuccessPlan>('GET', `/accounts/${accountId}/success-plan`),
  goal: (id: string) => request<GoalDetail>('GET', `/goals/${id}`),
  createGoal: (accountId: string, input: GoalInput) => request<GoalDetail>('POST', `/accounts/${accountId}/goals`, { json: input }),
  updateGoal: (id: string, patch: Partial<GoalInput>) => request<GoalDetail>('PATCH', `/goals/${id}`, { json: patch }),
  deleteGoal: (id: string) => request<void>('DELETE', `/goals/${id}`),
  addMeasurement: (id: string, input: { day?: string; value: number }) =>
    request<GoalDetail>('POST', `/goals/${id}/measurements`, { json: input }),
  review: (id: string, input: ReviewInput) => request<GoalDetail>('POST', `/goals/${id}/reviews`, { json: input }),
  portfolio: (query: { filter?: GoalFilter; ownerId?: string }) => request<GoalPortfolio>('GET', '/goals', { query }),
  shares: (accountId: string) => request<{ items: Share[] }>('GET', `/accounts/${accountId}/success-plan/shares`),
  createShare: (accountId: string, input: { locale: ShareLocale; expiresInDays?: number | null }) =>
    request<CreatedShare>('POST', `/accounts/${accountId}/success-plan/shares`, { json: input }),
  revokeShare: (id: string) => request<Share>('POST', `/success-plan/shares/${id}/revoke`),
  publicPlan: (token: string) => request<PublicPlan>('GET', `/public/success-plans/${encodeURIComponent(token)}`),
};

/** Every key starts with 'success-plan', so invalidating it after any write refreshes them all. */
export const successPlanKeys = {
  all: ['success-plan'] as const,
  plan: (accountId: string) => ['success-plan', 'account', accountId] as const,
  goal: (id: string) => ['success-plan', 'goal', id] as const,
  portfolio: (filter: GoalFilter | null) => ['success-plan', 'portfolio', filter] as const,
  shares: (accountId: string) => ['success-plan', 'shares', accountId] as const,
  publicPlan: (token: string) => ['public-plan', token] as const,
};
