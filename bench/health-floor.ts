/**
 * The full-recompute bench's scorecard and its floor: one hand-written SQL statement that
 * computes the same scores from the same rollups and writes them (score, band) into a scratch
 * table. The scorecard has no percentile measure so that SQL can match it exactly; the
 * arithmetic follows domain/health (compute-score.ts, account-signals.ts) step by step, in
 * float8 with the same operation order, so agreement is expected to the last bit, and the
 * bench checks it to within 0.1.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ScorecardDefinition } from '../src/domain/health/scorecard.js';

export const FLOOR_TABLE = 'bench_floor_scores';

/** Engagement (60): logins, active users ÷ seats, feature breadth, events trend, usage hours; relationship (40): sentiment, days to renewal. */
export const BENCH_SCORECARD: ScorecardDefinition = {
  bands: { red: 40, green: 70 },
  root: {
    kind: 'group', id: 'overall', label: 'Overall', weight: 1,
    children: [
      {
        kind: 'group', id: 'engagement', label: 'Engagement', weight: 60,
        children: [
          { kind: 'measure', id: 'logins', label: 'Logins (30 days)', weight: 20, source: { type: 'logins', windowDays: 30 }, normalize: { type: 'range', low: 0, high: 20 } },
          { kind: 'measure', id: 'active_ratio', label: 'Active users ÷ seats', weight: 25, source: { type: 'active_user_ratio', windowDays: 30 }, normalize: { type: 'range', low: 0.1, high: 0.8 } },
          {
            kind: 'measure', id: 'breadth', label: 'Feature breadth', weight: 20, source: { type: 'feature_breadth', windowDays: 30 },
            normalize: { type: 'threshold', steps: [{ min: 2, points: 40 }, { min: 4, points: 70 }, { min: 6, points: 100 }], below: 0 },
          },
          { kind: 'measure', id: 'trend', label: 'Events vs previous 30 days', weight: 20, source: { type: 'trend', windowDays: 30, of: 'events' }, normalize: { type: 'range', low: -50, high: 20 } },
          { kind: 'measure', id: 'hours', label: 'Usage hours (30 days)', weight: 15, source: { type: 'usage_time', windowDays: 30 }, normalize: { type: 'range', low: 0, high: 20 } },
        ],
      },
      {
        kind: 'group', id: 'relationship', label: 'Relationship', weight: 40,
        children: [
          { kind: 'measure', id: 'sentiment', label: 'CSM sentiment', weight: 60, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 } },
          { kind: 'measure', id: 'renewal', label: 'Days to renewal', weight: 40, source: { type: 'days_to_renewal' }, normalize: { type: 'range', low: 0, high: 120 } },
        ],
      },
    ],
  },
};

export const createFloorTable = sql.raw(`
  create table if not exists ${FLOOR_TABLE} (
    workspace_id uuid not null, account_id uuid not null, score numeric(5, 1), band text,
    primary key (workspace_id, account_id))`);

/**
 * The floor. Login events and non-feature events are the workspace defaults
 * (domain/health/settings.ts); windows are 30 days ending on `today` inclusive, the trend's
 * previous window the 30 days before.
 */
export function floorStatement(workspaceId: string, today: string): SQL {
  const d = sql`${today}::date`;
  // least/greatest skip nulls, so a missing value is kept missing explicitly.
  const range = (value: string, low: number, high: number) => sql.raw(`case when ${value} is not null then
    least(100, greatest(0, ((${value} - (${low})::float8) / ((${high})::float8 - (${low})::float8)) * 100)) end`);
  return sql`
    insert into ${sql.raw(FLOOR_TABLE)} (workspace_id, account_id, score, band)
    with ev as (
      select account_id,
        sum(count) filter (where day > ${d} - 30) as events,
        sum(count) filter (where day <= ${d} - 30) as events_prev,
        sum(count) filter (where day > ${d} - 30 and event in ('Signed In', 'Logged In', 'login')) as logins,
        count(distinct event) filter (where day > ${d} - 30
          and event not in ('Page Viewed', 'Screen Viewed', 'Signed In', 'Logged In', 'login')) as breadth
      from usage_event_days
      where workspace_id = ${workspaceId}::uuid and day > ${d} - 60 and day <= ${d}
      group by account_id
    ), us as (
      select account_id, count(distinct user_id) as users,
        sum(case when duration_seconds > 0 then duration_seconds else extract(epoch from (last_at - first_at))::int end) as seconds
      from usage_user_days
      where workspace_id = ${workspaceId}::uuid and day > ${d} - 30 and day <= ${d}
      group by account_id
    ), lines as (
      select distinct on (subscription_id) account_id, status, quantity, ends_on
      from subscription_events
      where workspace_id = ${workspaceId}::uuid and effective_on <= ${d}
      order by subscription_id, effective_on desc, recorded_at desc
    ), seats as (
      select account_id,
        sum(quantity) filter (where status in ('trial', 'active', 'past_due') or (status = 'cancelled' and ends_on >= ${d})) as seats
      from lines group by account_id
    ), sentiment as (
      select distinct on (account_id) account_id, value
      from csm_sentiments
      where workspace_id = ${workspaceId}::uuid and created_at < ${d} + 1
      order by account_id, created_at desc
    ), raw as (
      select a.id,
        coalesce(ev.logins, 0)::float8 as logins,
        case when seats.seats > 0 then coalesce(us.users, 0)::float8 / seats.seats end as ratio,
        coalesce(ev.breadth, 0) as breadth,
        case when coalesce(ev.events_prev, 0) = 0 then case when coalesce(ev.events, 0) > 0 then 100::float8 else 0::float8 end
             else ((coalesce(ev.events, 0) - ev.events_prev)::float8 / ev.events_prev) * 100 end as trend,
        coalesce(us.seconds, 0)::float8 / 3600 as hours,
        s.value::float8 as sentiment,
        (a.renewal_date - ${d})::float8 as renewal
      from accounts a
      left join ev on ev.account_id = a.id
      left join us on us.account_id = a.id
      left join seats on seats.account_id = a.id
      left join sentiment s on s.account_id = a.id
      where a.workspace_id = ${workspaceId}::uuid
    ), points as (
      select id,
        ${range('logins', 0, 20)} as logins,
        ${range('ratio', 0.1, 0.8)} as ratio,
        case when breadth >= 6 then 100 when breadth >= 4 then 70 when breadth >= 2 then 40 else 0 end::float8 as breadth,
        ${range('trend', -50, 20)} as trend,
        ${range('hours', 0, 20)} as hours,
        ${range('sentiment', 1, 5)} as sentiment,
        ${range('renewal', 0, 120)} as renewal
      from raw
    ), grouped as (
      -- a missing measure drops out and the others' weights are rescaled (compute-score.ts)
      select id,
        (0 + logins * 20 + coalesce(ratio * 25, 0) + breadth * 20 + trend * 20 + hours * 15)
          / (20 + case when ratio is null then 0 else 25 end + 20 + 20 + 15) as engagement,
        (0 + coalesce(sentiment * 60, 0) + coalesce(renewal * 40, 0))
          / nullif(case when sentiment is null then 0 else 60 end + case when renewal is null then 0 else 40 end, 0) as relationship
      from points
    ), scored as (
      select id,
        floor(((0 + engagement * 60 + coalesce(relationship * 40, 0)) / (60 + case when relationship is null then 0 else 40 end)) * 10 + 0.5) / 10
          as score
      from grouped
    )
    select ${workspaceId}::uuid, id, score, case when score < 40 then 'red' when score >= 70 then 'green' else 'yellow' end
    from scored
    on conflict (workspace_id, account_id) do update set score = excluded.score, band = excluded.band`;
}
