/**
 * The facts tier rules and playbook conditions are evaluated on (domain/journey/account-rule.ts),
 * for many accounts in one set-based query: the account's fields, arr = mrr × 12, the current
 * health score and band, days to renewal, days in the current phase, days since created, seats
 * (the quantity of the account's active and past-due subscription lines) and every custom field
 * as `custom.<key>`. Days count whole UTC days against `today`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import type { AccountFacts, FactValue } from '../../../domain/journey/account-rule.js';

interface FactRow extends Record<string, unknown> {
  id: string;
  mrr: number;
  plan: string | null;
  size_band: string | null;
  industry: string | null;
  use_case: string | null;
  region: string | null;
  status: string;
  owner_id: string | null;
  touch_tier: string | null;
  phase: string | null;
  health_score: number | null;
  health_band: string | null;
  days_to_renewal: number | null;
  days_in_phase: number | null;
  days_since_created: number;
  seats: number | null;
  custom_fields: Record<string, unknown> | null;
}

function customValue(value: unknown): FactValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/** Only these accounts when given (an empty list reads nothing), else every account of the workspace. */
export function accountFilter(column: SQL, accountIds: readonly string[] | undefined) {
  return accountIds ? sql`and ${column} = any(${pgArray(accountIds)}::uuid[])` : sql``;
}

export async function loadAccountFacts(
  tx: Tx, workspaceId: string, accountIds: string[] | undefined, today: string,
): Promise<Map<string, AccountFacts>> {
  const facts = new Map<string, AccountFacts>();
  if (accountIds && accountIds.length === 0) return facts;
  const rows = await queryRows<FactRow>(tx, sql`
    with seat_totals as (
      select s.account_id, sum(s.quantity)::int as seats from subscriptions s
      where s.workspace_id = ${workspaceId}::uuid and s.status in ('active', 'past_due')
        ${accountFilter(sql.raw('s.account_id'), accountIds)}
      group by s.account_id
    )
    select a.id, a.mrr, a.plan, a.size_band, a.industry, a.use_case, a.region, a.status, a.owner_id::text as owner_id,
      a.touch_tier, a.phase, h.score as health_score, h.band as health_band,
      (a.renewal_date - ${today}::date)::int as days_to_renewal,
      (${today}::date - (p.entered_at at time zone 'UTC')::date)::int as days_in_phase,
      (${today}::date - (a.created_at at time zone 'UTC')::date)::int as days_since_created,
      st.seats, a.custom_fields
    from accounts a
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    left join account_phases p on p.workspace_id = a.workspace_id and p.account_id = a.id
    left join seat_totals st on st.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid ${accountFilter(sql.raw('a.id'), accountIds)}`);
  for (const r of rows) {
    const mrr = Number(r.mrr);
    const f: AccountFacts = {
      arr: mrr * 12, mrr, plan: r.plan, sizeBand: r.size_band, industry: r.industry, useCase: r.use_case,
      region: r.region, status: r.status, ownerId: r.owner_id, tier: r.touch_tier, phase: r.phase,
      healthScore: r.health_score === null ? null : Number(r.health_score), healthBand: r.health_band,
      daysToRenewal: r.days_to_renewal, daysInPhase: r.days_in_phase, daysSinceCreated: r.days_since_created,
      seats: r.seats,
    };
    for (const [key, value] of Object.entries(r.custom_fields ?? {})) f[`custom.${key}`] = customValue(value);
    facts.set(r.id, f);
  }
  return facts;
}
