/**
 * Brings goals bound to a Kizuna measure (domain/outcomes/goal-binding.ts) up to date in one
 * set-based statement: each bound goal's value is read as of `today` (usage windows end on it,
 * inclusive, as health's do), `current`/`current_at` change only where the value changed
 * (`is distinct from`), and only those goals get today's measurement upserted. Goals whose measure
 * has no value yet are left as they are. The health worker calls it for the accounts it scores.
 *
 * @example
 *   const changed = await refreshBoundGoals(tx, workspaceId, [accountId], '2026-04-01');
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { minorDigits } from '../../../domain/money/currency.js';
import { baseCurrencyOf } from '../accounts/store.js';
import { pgArray } from '../imports/pg-array.js';

/** Refresh the bound goals of these accounts (all accounts when left out); returns how many goals changed. */
export async function refreshBoundGoals(tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string): Promise<number> {
  if (accountIds !== undefined && accountIds.length === 0) return 0;
  const mrrDivisor = 10 ** minorDigits(await baseCurrencyOf(tx, workspaceId));
  const ws = sql`${workspaceId}::uuid`;
  const day = sql`${today}::date`;
  const window = sql`(g.binding->>'windowDays')::int`;
  const inWindow = sql`day > ${day} - ${window} and day <= ${day}`;
  const accountFilter = accountIds === undefined ? sql`` : sql`and g.account_id = any(${pgArray(accountIds)}::uuid[])`;
  const rows = await queryRows<{ goal_id: string }>(tx, sql`
    with computed as (
      select g.id, round(case g.binding->>'type'
        when 'usage_events' then (
          select coalesce(sum(d.count), 0) from usage_event_days d
          where d.workspace_id = g.workspace_id and d.account_id = g.account_id and ${inWindow}
            and (g.binding->>'event' is null or d.event = g.binding->>'event'))
        when 'active_users' then (
          select count(distinct u.user_id) from usage_user_days u
          where u.workspace_id = g.workspace_id and u.account_id = g.account_id and ${inWindow})
        when 'health_score' then h.score
        when 'health_measure' then (
          select (m->>'value')::numeric from jsonb_array_elements(h.explanation::jsonb->'measures') m
          where m->>'id' = g.binding->>'measureId' and jsonb_typeof(m->'value') = 'number' limit 1)
        when 'account_field' then case g.binding->>'field'
          when 'mrr' then a.mrr::numeric / ${mrrDivisor}
          when 'seats' then (
            select coalesce(sum(s.quantity), 0) from subscriptions s
            where s.workspace_id = g.workspace_id and s.account_id = g.account_id
              and (s.status in ('trial', 'active', 'past_due') or (s.status = 'cancelled' and s.ends_on >= ${day})))
          else case when jsonb_typeof(a.custom_fields->(g.binding->>'field')) = 'number'
            then (a.custom_fields->>(g.binding->>'field'))::numeric end
          end
        end, 4) as value
      from success_goals g
      join accounts a on a.workspace_id = g.workspace_id and a.id = g.account_id
      left join health_scores h on h.workspace_id = g.workspace_id and h.account_id = g.account_id
      where g.workspace_id = ${ws} and g.binding is not null ${accountFilter}
    ), changed as (
      update success_goals g set current = c.value, current_at = now()
      from computed c
      where g.workspace_id = ${ws} and g.id = c.id and c.value is not null and g.current is distinct from c.value
      returning g.id, g.current
    )
    insert into goal_measurements (workspace_id, goal_id, day, value, source, created_at)
    select ${ws}, id, ${day}, current, 'bound', now() from changed
    on conflict (workspace_id, goal_id, day) do update set value = excluded.value, source = 'bound', author_id = null, created_at = excluded.created_at
    returning goal_id`);
  return rows.length;
}
