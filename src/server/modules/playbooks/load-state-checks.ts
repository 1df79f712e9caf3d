/**
 * Evaluates a state trigger for many accounts at once: one set-based query loads the signals
 * the trigger needs (scores, the score history window, usage rollups, handoffs, goals, or the
 * tier's touch cadence), and domain/playbooks/check-state.ts decides per account. Only
 * accounts Kizuna serves are evaluated: every status but churned.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { checkStateTrigger, type Band, type StateSignals, type TriggerCheck } from '../../../domain/playbooks/check-state.js';
import type { StateTrigger } from '../../../domain/playbooks/trigger.js';
import { accountFilter } from '../tiers/account-facts.js';
import { overdueTouches } from '../tiers/touch-cadence.js';

interface SignalRow extends Record<string, unknown> {
  id: string;
  score: number | null;
  band: Band | null;
  window_high: number | null;
  window_high_day: string | null;
  this_week: number | null;
  last_week: number | null;
  renewal_date: string | null;
  days_to_renewal: number | null;
  handoff_id: string | null;
  handoff_status: string | null;
  completeness: number | null;
  goals: { id: string; title: string; day: string }[] | null;
}

/** The extra columns (a lateral join) each trigger needs beside the account and its score. */
function extraFor(trigger: StateTrigger, today: string): { select: SQL; join: SQL } {
  const none = { select: sql``, join: sql`` };
  switch (trigger.type) {
    case 'health_drop':
      return {
        select: sql`, w.window_high, w.window_high_day`,
        join: sql`left join lateral (
          select hh.score as window_high, hh.day::text as window_high_day from health_history hh
          where hh.workspace_id = a.workspace_id and hh.account_id = a.id and hh.score is not null
            and hh.day between ${today}::date - ${trigger.days}::int and ${today}::date
          order by hh.score desc, hh.day desc limit 1) w on true`,
      };
    case 'usage_drop': {
      const event = trigger.event ? sql`and u.event = ${trigger.event}` : sql``;
      return {
        select: sql`, w.this_week, w.last_week`,
        join: sql`left join lateral (
          select coalesce(sum(u.count) filter (where u.day >= ${today}::date - 7), 0)::int as this_week,
                 coalesce(sum(u.count) filter (where u.day < ${today}::date - 7), 0)::int as last_week
          from usage_event_days u
          where u.workspace_id = a.workspace_id and u.account_id = a.id ${event}
            and u.day between ${today}::date - 14 and ${today}::date - 1) w on true`,
      };
    }
    case 'handoff_incomplete':
      return {
        select: sql`, w.handoff_id, w.handoff_status, w.completeness`,
        join: sql`left join lateral (
          select ho.id::text as handoff_id, ho.status as handoff_status, ho.completeness from handoffs ho
          where ho.workspace_id = a.workspace_id and ho.account_id = a.id
          order by ho.updated_at desc, ho.id limit 1) w on true`,
      };
    case 'goal_overdue':
    case 'goal_review_overdue': {
      // Closed goals (achieved, missed, dropped) are settled, as in domain/outcomes/goal-progress.ts.
      const day = trigger.type === 'goal_overdue' ? sql.raw('g.due_on') : sql.raw('g.next_review_on');
      return {
        select: sql`, w.goals`,
        join: sql`left join lateral (
          select jsonb_agg(jsonb_build_object('id', g.id, 'title', g.title, 'day', ${day}::text) order by ${day}, g.id) as goals
          from success_goals g
          where g.workspace_id = a.workspace_id and g.account_id = a.id
            and g.status not in ('achieved', 'missed', 'dropped') and ${day} < ${today}::date) w on true`,
      };
    }
    default:
      return none;
  }
}

function signalsOf(row: SignalRow): StateSignals {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    score: num(row.score),
    band: row.band,
    windowHigh: num(row.window_high),
    windowHighDay: row.window_high_day ?? null,
    usageThisWeek: num(row.this_week) ?? 0,
    usageLastWeek: num(row.last_week) ?? 0,
    renewalDate: row.renewal_date,
    daysToRenewal: num(row.days_to_renewal),
    handoff: row.handoff_id ? { id: row.handoff_id, status: row.handoff_status ?? '', completeness: Number(row.completeness ?? 0) } : null,
    overdueGoals: row.goals ?? [],
  };
}

/** The trigger's verdict for each served account among `accountIds` (all served accounts when omitted). */
export async function loadStateChecks(
  tx: Tx, workspaceId: string, trigger: StateTrigger, accountIds: readonly string[] | undefined, today: string,
): Promise<Map<string, TriggerCheck>> {
  const checks = new Map<string, TriggerCheck>();
  if (accountIds && accountIds.length === 0) return checks;
  const extra = extraFor(trigger, today);
  const rows = await queryRows<SignalRow>(tx, sql`
    select a.id, h.score, h.band, a.renewal_date::text as renewal_date, (a.renewal_date - ${today}::date)::int as days_to_renewal
      ${extra.select}
    from accounts a
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    ${extra.join}
    where a.workspace_id = ${workspaceId}::uuid and a.status <> 'churned' ${accountFilter(sql.raw('a.id'), accountIds)}`);
  const touches = trigger.type === 'no_touch'
    ? await overdueTouches(tx, workspaceId, accountIds ? [...accountIds] : undefined, today)
    : null;
  for (const row of rows) {
    const signals = signalsOf(row);
    if (touches) signals.touch = touches.get(row.id) ?? null;
    checks.set(row.id, checkStateTrigger(trigger, signals));
  }
  return checks;
}
