/**
 * The facts "follow today" ranks, for one member's customer accounts, in one set-based query:
 * ARR, the current health score and the one a week before (health_history), the renewal date,
 * and the account's open tasks that are overdue or due today; overdue touches come from the
 * tier cadence (modules/tiers/touch-cadence.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { addDays } from '../../../domain/tasks/task.js';
import { TREND_DAYS, type Band, type TodayAccountFacts } from '../../../domain/today/rank-accounts.js';
import { CADENCE_STATUSES, overdueTouches } from '../tiers/touch-cadence.js';

export interface TodayAccountRow extends TodayAccountFacts {
  phase: string | null;
  touchTier: string | null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const statuses = sql.raw(CADENCE_STATUSES.map((s) => `'${s}'`).join(', '));

export async function loadTodayFacts(tx: Tx, workspaceId: string, memberId: string, today: string): Promise<TodayAccountRow[]> {
  const weekAgo = addDays(today, -TREND_DAYS);
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select a.id, a.name, (a.mrr * 12)::float8 as arr, h.score::float8 as score, h.band, w.score::float8 as week_ago,
           a.renewal_date::text as renewal_date, a.phase, a.touch_tier,
           coalesce(t.overdue, 0)::int as overdue, coalesce(t.due_today, 0)::int as due_today
    from accounts a
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    left join lateral (
      select hh.score from health_history hh
      where hh.workspace_id = a.workspace_id and hh.account_id = a.id and hh.day <= ${weekAgo}::date
      order by hh.day desc limit 1
    ) w on true
    left join (
      select account_id, count(*) filter (where due_on < ${today}::date) as overdue,
             count(*) filter (where due_on = ${today}::date) as due_today
      from tasks where workspace_id = ${workspaceId}::uuid and status = 'open' group by account_id
    ) t on t.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid and a.owner_id = ${memberId}::uuid and a.status in (${statuses})`);
  if (rows.length === 0) return [];
  const touches = await overdueTouches(tx, workspaceId, rows.map((r) => r.id as string), today);
  return rows.map((r) => ({
    accountId: r.id as string,
    name: r.name as string,
    arr: Number(r.arr),
    healthScore: num(r.score),
    healthBand: (r.band as Band | null) ?? null,
    healthScoreWeekAgo: num(r.week_ago),
    renewalDate: (r.renewal_date as string | null) ?? null,
    overdueTasks: Number(r.overdue),
    tasksDueToday: Number(r.due_today),
    touchOverdueDays: touches.get(r.id as string)?.daysOverdue ?? null,
    phase: (r.phase as string | null) ?? null,
    touchTier: (r.touch_tier as string | null) ?? null,
  }));
}

/** Members who own customer accounts, with how many: the switcher of a manager. */
export async function accountOwners(tx: Tx, workspaceId: string): Promise<{ userId: string; name: string; accounts: number }[]> {
  const rows = await queryRows<{ user_id: string; name: string; n: number }>(tx, sql`
    select m.user_id, u.name, count(a.id)::int as n
    from members m join users u on u.id = m.user_id
    join accounts a on a.workspace_id = m.workspace_id and a.owner_id = m.user_id and a.status in (${statuses})
    where m.workspace_id = ${workspaceId}::uuid
    group by m.user_id, u.name order by u.name, m.user_id`);
  return rows.map((r) => ({ userId: r.user_id, name: r.name, accounts: Number(r.n) }));
}

/** The member's own open tasks that are overdue or due today, across all accounts. */
export async function memberTaskCounts(tx: Tx, workspaceId: string, memberId: string, today: string): Promise<{ overdue: number; today: number }> {
  const [row] = await queryRows<{ overdue: number; due_today: number }>(tx, sql`
    select count(*) filter (where due_on < ${today}::date)::int as overdue, count(*) filter (where due_on = ${today}::date)::int as due_today
    from tasks where workspace_id = ${workspaceId}::uuid and assignee_id = ${memberId}::uuid and status = 'open'`);
  return { overdue: Number(row?.overdue ?? 0), today: Number(row?.due_today ?? 0) };
}
