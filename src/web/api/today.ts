/** Client and shapes for "follow today" (src/server/modules/today; the ranking is domain/today/rank-accounts.ts). */
import { buildUrl, request } from './http';
import type { Band, TodayReason } from '../../domain/today/rank-accounts';

export interface TodayItem {
  accountId: string;
  name: string;
  rank: number;
  priority: number;
  components: { risk: number; value: number; urgency: number; backlog: number };
  reasons: TodayReason[];
  healthBand: Band | null;
  healthScore: number | null;
  arr: number;
  renewalDate: string | null;
  phase: string | null;
  touchTier: string | null;
}

export interface TodayList {
  today: string;
  member: { userId: string; name: string } | null;
  currency: string;
  items: TodayItem[];
  members: Array<{ userId: string; name: string; accounts: number }>;
  tasks: { overdue: number; today: number };
}

export const todayApi = {
  /** member: me (default) or a user id */
  list: (member = 'me') => request<TodayList>('GET', '/today', { query: { member } }),
  csvUrl: (member = 'me') => buildUrl('/today', { member, format: 'csv' }),
};

export const todayKeys = {
  list: (member: string) => ['tasks', 'today', member] as const,
};
