/**
 * The account usage page: active users against seats, activity per day, feature breadth
 * and the most active users over a window of days ending `today` (UTC days, as the rollups).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { NON_FEATURE_EVENTS } from '../../../domain/health/settings.js';
import { loadHealthSettings } from '../health/scorecard-store.js';

export interface AccountUsage {
  from: string;
  to: string;
  seats: number | null;
  activeUsers: number;
  activeUserRatio: number | null;
  events: number;
  usageSeconds: number;
  featureBreadth: number;
  daily: { day: string; events: number; activeUsers: number; usageSeconds: number }[];
  features: { event: string; count: number; lastUsedOn: string }[];
  topUsers: { userId: string; name: string | null; email: string | null; contactId: string | null; events: number; activeDays: number; lastSeenOn: string }[];
}

/** Seconds of use in one user-day: the durations the events reported, else first-to-last event. */
export const USER_DAY_SECONDS = sql.raw(
  `case when duration_seconds > 0 then duration_seconds else extract(epoch from (last_at - first_at))::int end`);

export async function getAccountUsage(tx: Tx, workspaceId: string, accountId: string, input: { today: string; days: number }): Promise<AccountUsage> {
  const [account] = await queryRows<{ seats: number | null }>(tx, sql`
    select (select sum(quantity)::int from subscriptions s
            where s.workspace_id = a.workspace_id and s.account_id = a.id
              and (s.status in ('trial', 'active', 'past_due') or (s.status = 'cancelled' and s.ends_on >= ${input.today}::date))) as seats
    from accounts a where a.workspace_id = ${workspaceId}::uuid and a.id = ${accountId}::uuid`);
  if (!account) throw notFound('account.not_found', accountId);
  const to = input.today;
  const [{ from } = { from: to }] = await queryRows<{ from: string }>(tx, sql`select (${to}::date - ${input.days - 1}::int)::date::text as "from"`);
  const window = sql`workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid and day between ${from}::date and ${to}::date`;

  const daily = await queryRows<{ day: string; events: number; activeUsers: number; usageSeconds: number }>(tx, sql`
    select day::text as day, sum(events)::int as "events", count(*)::int as "activeUsers",
           sum(${USER_DAY_SECONDS})::int as "usageSeconds"
    from usage_user_days where ${window} group by day order by day`);
  const [totals] = await queryRows<{ activeUsers: number }>(tx, sql`
    select count(distinct user_id)::int as "activeUsers" from usage_user_days where ${window}`);
  const features = await queryRows<{ event: string; count: number; lastUsedOn: string }>(tx, sql`
    select event, sum(count)::int as count, max(day)::text as "lastUsedOn"
    from usage_event_days where ${window} group by event order by count desc, event`);
  const topUsers = await queryRows<AccountUsage['topUsers'][number]>(tx, sql`
    select d.user_id as "userId", u.name, u.email, u.contact_id as "contactId", sum(d.events)::int as events,
           count(*)::int as "activeDays", max(d.day)::text as "lastSeenOn"
    from usage_user_days d
    left join usage_users u on u.workspace_id = d.workspace_id and u.user_id = d.user_id
    where d.workspace_id = ${workspaceId}::uuid and d.account_id = ${accountId}::uuid and d.day between ${from}::date and ${to}::date
    group by d.user_id, u.name, u.email, u.contact_id
    order by events desc, d.user_id limit 10`);

  // Breadth as the health measure counts it: features, not sign-ins or page views.
  const settings = await loadHealthSettings(tx, workspaceId);
  const notFeatures = new Set([...NON_FEATURE_EVENTS, ...settings.loginEvents]);
  const activeUsers = totals?.activeUsers ?? 0;
  const seats = account.seats && account.seats > 0 ? account.seats : null;
  return {
    from, to, seats, activeUsers,
    activeUserRatio: seats ? activeUsers / seats : null,
    events: daily.reduce((sum, d) => sum + d.events, 0),
    usageSeconds: daily.reduce((sum, d) => sum + d.usageSeconds, 0),
    featureBreadth: features.filter((f) => !notFeatures.has(f.event)).length,
    daily, features, topUsers,
  };
}

export type UnmatchedGroup = {
  groupId: string | null;
  userId: string | null;
  events: number;
  firstAt: string;
  lastAt: string;
};

/** Waiting events grouped by the group id they name (or, without one, by user). */
export async function listUnmatched(tx: Tx, workspaceId: string, limit: number): Promise<{ items: UnmatchedGroup[]; total: number }> {
  const items = await queryRows<UnmatchedGroup>(tx, sql`
    select e.group_id as "groupId", case when e.group_id is null then e.user_id end as "userId", count(*)::int as events,
           min(e.occurred_at) as "firstAt", max(e.occurred_at) as "lastAt"
    from usage_events e
    where e.workspace_id = ${workspaceId}::uuid and e.account_id is null
    group by e.group_id, case when e.group_id is null then e.user_id end
    order by events desc, 1, 2 limit ${limit}`);
  const [count] = await queryRows<{ total: number }>(tx, sql`
    select count(*)::int as total from usage_events where workspace_id = ${workspaceId}::uuid and account_id is null`);
  return {
    items: items.map((i) => ({ ...i, firstAt: new Date(i.firstAt).toISOString(), lastAt: new Date(i.lastAt).toISOString() })),
    total: count?.total ?? 0,
  };
}
