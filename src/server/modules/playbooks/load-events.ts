/**
 * What event triggers read: system timeline entries (`phase.entered`, `survey.answered`) created
 * after an instant, and product events of given names from the daily usage rollups (one event
 * per account, name and day, so a custom event fires at most once a day per account).
 * Churned accounts are left out, as in load-state-checks.ts.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { AccountEvent } from '../../../domain/playbooks/plan-episodes.js';
import { iso } from './playbook-store.js';

export const TIMELINE_EVENTS = { phase_entered: 'phase.entered', nps_detractor: 'survey.answered' } as const;

export interface EventWindow {
  /** timeline entries created after this instant */
  createdAfter: Date;
  /** usage rollups from this day (inclusive) … */
  fromDay: string;
  /** … to this day */
  toDay: string;
}

export async function loadTimelineEvents(tx: Tx, workspaceId: string, events: readonly string[], window: EventWindow) {
  if (events.length === 0) return { events: [] as AccountEvent[], latest: null as string | null };
  const rows = await queryRows<{ id: string; account_id: string; event: string; at: string; created_at: string; data: Record<string, unknown> | null }>(tx, sql`
    select v.id, v.account_id, v.event, ${iso(sql`v.occurred_at`)} as at, ${iso(sql`v.created_at`)} as created_at, v.data
    from activities v
    join accounts a on a.workspace_id = v.workspace_id and a.id = v.account_id and a.status <> 'churned'
    where v.workspace_id = ${workspaceId}::uuid and v.kind = 'system'
      and v.event in (select jsonb_array_elements_text(${JSON.stringify(events)}::jsonb))
      and v.created_at > ${window.createdAfter.toISOString()}::timestamptz
    order by v.created_at, v.id`);
  return {
    events: rows.map((r): AccountEvent => ({ id: r.id, accountId: r.account_id, kind: r.event, at: r.at, data: r.data ?? {} })),
    latest: rows.at(-1)?.created_at ?? null,
  };
}

export async function loadUsageEvents(tx: Tx, workspaceId: string, names: readonly string[], window: EventWindow): Promise<AccountEvent[]> {
  if (names.length === 0) return [];
  const rows = await queryRows<{ account_id: string; day: string; event: string; count: number }>(tx, sql`
    select u.account_id, u.day::text as day, u.event, u.count
    from usage_event_days u
    join accounts a on a.workspace_id = u.workspace_id and a.id = u.account_id and a.status <> 'churned'
    where u.workspace_id = ${workspaceId}::uuid and u.count > 0
      and u.event in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
      and u.day between ${window.fromDay}::date and ${window.toDay}::date
    order by u.day, u.account_id`);
  return rows.map((r) => ({
    id: `usage:${r.event}:${r.day}`, accountId: r.account_id, kind: 'usage', at: r.day,
    data: { event: r.event, day: r.day, count: Number(r.count) },
  }));
}
