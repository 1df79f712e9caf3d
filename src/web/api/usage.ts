/**
 * Client and shapes for an account's product usage (src/server/modules/usage/routes.ts):
 * active users against seats, activity per day, features used and the most active users,
 * over a window of UTC days ending today.
 */
import { request } from './http';

export interface DailyUsage {
  day: string;
  events: number;
  activeUsers: number;
  usageSeconds: number;
}

export interface FeatureUsage {
  event: string;
  count: number;
  lastUsedOn: string;
}

export interface TopUser {
  userId: string;
  name: string | null;
  email: string | null;
  contactId: string | null;
  events: number;
  activeDays: number;
  lastSeenOn: string;
}

export interface AccountUsage {
  from: string;
  to: string;
  /** seats of the live subscriptions; null when none is recorded */
  seats: number | null;
  /** distinct users active in the window */
  activeUsers: number;
  activeUserRatio: number | null;
  events: number;
  usageSeconds: number;
  featureBreadth: number;
  /** only days with activity; days without are absent */
  daily: DailyUsage[];
  features: FeatureUsage[];
  topUsers: TopUser[];
}

export const usageApi = {
  accountUsage: (accountId: string, days: number) =>
    request<AccountUsage>('GET', `/accounts/${accountId}/usage`, { query: { days } }),
};

export const usageKeys = {
  all: ['usage'] as const,
  account: (accountId: string, days: number) => ['usage', 'account', accountId, days] as const,
};
