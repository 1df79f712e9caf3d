/**
 * Touches overdue against each account's tier cadence (domain/tiers/touch-cadence.ts): the last
 * meeting or call and the last business review per account, read from the timeline in one
 * set-based query. Customers only (trial, active, paused); accounts on an automated-only tier or
 * a tier without a cadence are never overdue. The map holds overdue accounts only.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { overdueTouch, REVIEW_SUBJECT_PATTERN, type OverdueTouch } from '../../../domain/tiers/touch-cadence.js';
import { accountFilter } from './account-facts.js';

/** Account statuses a cadence applies to. */
export const CADENCE_STATUSES = ['trial', 'active', 'paused'] as const;

export interface TouchRow extends Record<string, unknown> {
  id: string;
  touch_tier: string;
  created_on: string;
  meeting_every_days: number | null;
  review_every_days: number | null;
  automated_only: boolean;
  last_touch_at: string | null;
  last_review_at: string | null;
}

/** Every customer account on a tier with a cadence, with its last touch and review. */
export async function loadTouchRows(tx: Tx, workspaceId: string, accountIds: readonly string[] | undefined, today: string): Promise<TouchRow[]> {
  if (accountIds && accountIds.length === 0) return [];
  const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  return queryRows<TouchRow>(tx, sql`
    select a.id, a.touch_tier, (a.created_at at time zone 'UTC')::date::text as created_on,
      t.meeting_every_days, t.review_every_days, t.automated_only,
      ${iso('x.last_touch')} as last_touch_at, ${iso('x.last_review')} as last_review_at
    from accounts a
    join touch_tiers t on t.workspace_id = a.workspace_id and t.key = a.touch_tier
    left join lateral (
      select max(v.occurred_at) filter (where v.kind in ('meeting', 'call')) as last_touch,
        max(v.occurred_at) filter (where v.kind = 'meeting' and v.subject ~* ${REVIEW_SUBJECT_PATTERN}) as last_review
      from activities v
      where v.workspace_id = a.workspace_id and v.account_id = a.id and v.kind in ('meeting', 'call')
        and v.occurred_at < (${today}::date + 1)::timestamp at time zone 'UTC'
    ) x on true
    where a.workspace_id = ${workspaceId}::uuid
      and a.status in (${sql.join(CADENCE_STATUSES.map((s) => sql`${s}`), sql`, `)})
      and not t.automated_only and (t.meeting_every_days is not null or t.review_every_days is not null)
      ${accountFilter(sql.raw('a.id'), accountIds)}`);
}

export function overdueOf(row: TouchRow, today: string): OverdueTouch | null {
  return overdueTouch(
    { meetingEveryDays: row.meeting_every_days, reviewEveryDays: row.review_every_days, automatedOnly: row.automated_only },
    { createdOn: row.created_on, lastTouchAt: row.last_touch_at, lastReviewAt: row.last_review_at },
    today,
  );
}

export async function overdueTouches(
  tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string,
): Promise<Map<string, { kind: 'meeting' | 'review'; lastAt: string | null; dueOn: string; daysOverdue: number }>> {
  const result = new Map<string, OverdueTouch>();
  for (const row of await loadTouchRows(tx, workspaceId, accountIds, today)) {
    const overdue = overdueOf(row, today);
    if (overdue) result.set(row.id, overdue);
  }
  return result;
}
