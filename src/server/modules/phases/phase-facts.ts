/**
 * What the roadmap rule needs to know about accounts, in one set-based query: the account's
 * place on the roadmap, its health score and the raw values of the measures the criteria name
 * (from the stored explanation), and the days since it entered its phase, was created and
 * started its first subscription, and until its renewal date. Days are whole days in UTC.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import type { PhaseFacts } from '../../../domain/phases/criteria.js';

/** Statuses that walk the roadmap: customers (trial, active, paused), as for health scores. */
export const ROADMAP_STATUSES = ['trial', 'active', 'paused'] as const;

export interface RoadmapAccount {
  accountId: string;
  /** accounts.phase (may be set without a roadmap row, e.g. by an import) */
  phase: string | null;
  /** the account_phases row, if the account was ever placed */
  placed: { phaseKey: string; pinned: boolean } | null;
  facts: PhaseFacts;
}

interface Row {
  id: string; phase: string | null; phase_key: string | null; pinned: boolean | null;
  days_in_phase: number | null; days_created: number | null; days_sub: number | null; days_renewal: number | null;
  score: number | string | null; measures: Record<string, unknown> | string | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null);

export async function loadRoadmapAccounts(
  tx: Tx, workspaceId: string, accountIds: readonly string[] | undefined, measureIds: readonly string[], now: Date,
): Promise<RoadmapAccount[]> {
  const stamp = now.toISOString();
  const today = stamp.slice(0, 10);
  const measures = measureIds.length === 0 ? sql`null::jsonb` : sql`(
    select jsonb_object_agg(m->>'id', m->'value') from jsonb_array_elements(h.explanation::jsonb->'measures') m
    where m->>'id' = any(${pgArray(measureIds)}::text[]))`;
  const result = await tx.execute(sql`
    select a.id, a.phase, ap.phase_key, ap.pinned,
      floor(extract(epoch from (${stamp}::timestamptz - ap.entered_at)) / 86400)::int as days_in_phase,
      floor(extract(epoch from (${stamp}::timestamptz - a.created_at)) / 86400)::int as days_created,
      (${today}::date - s.started_on) as days_sub,
      (a.renewal_date - ${today}::date) as days_renewal,
      h.score, ${measures} as measures
    from accounts a
    left join account_phases ap on ap.workspace_id = a.workspace_id and ap.account_id = a.id
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    left join (
      select account_id, min(started_on) as started_on from subscriptions
      where workspace_id = ${workspaceId}::uuid group by account_id
    ) s on s.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid
      and a.status in (${sql.join(ROADMAP_STATUSES.map((s) => sql`${s}`), sql`, `)})
      ${accountIds ? sql`and a.id = any(${pgArray(accountIds)}::uuid[])` : sql``}
    order by a.id`);
  return (result as unknown as { rows: Row[] }).rows.map((r) => {
    const raw = typeof r.measures === 'string' ? JSON.parse(r.measures) as Record<string, unknown> : (r.measures ?? {});
    const values: Record<string, number | null> = {};
    for (const [id, v] of Object.entries(raw)) values[id] = num(v);
    return {
      accountId: r.id,
      phase: r.phase,
      placed: r.phase_key === null ? null : { phaseKey: r.phase_key, pinned: r.pinned === true },
      facts: {
        score: num(r.score), measures: values, daysInPhase: num(r.days_in_phase), daysSinceCreated: num(r.days_created),
        daysSinceSubscriptionStart: num(r.days_sub), daysToRenewal: num(r.days_renewal),
      },
    };
  });
}
