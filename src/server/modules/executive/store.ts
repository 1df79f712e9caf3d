/**
 * SQL of the executive summary: accounts whose health band changed since a day, renewals ahead,
 * and the latest CS maturity self-assessments. Revenue figures are not read here: they come from
 * the metrics engine (../metrics), so the summary and the revenue reports can never disagree.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';

export type BandName = 'red' | 'yellow' | 'green';

export interface BandChangeRow extends Record<string, unknown> {
  account_id: string;
  name: string;
  band_before: BandName | null;
  band_now: BandName | null;
  score_now: number | null;
  mrr: number;
}

/**
 * Accounts scored now whose band differs from their band on `since` (the last history row on or
 * before it), plus accounts red now that were not red then (or had no score yet). One statement.
 */
export async function loadBandChanges(tx: Tx, workspaceId: string, since: string): Promise<BandChangeRow[]> {
  return queryRows<BandChangeRow>(tx, sql`
    select a.id as account_id, a.name, before.band as band_before, s.band as band_now, s.score as score_now, a.mrr
    from health_scores s
    join accounts a on a.workspace_id = s.workspace_id and a.id = s.account_id
    left join lateral (
      select h.band from health_history h
      where h.workspace_id = s.workspace_id and h.account_id = s.account_id and h.day <= ${since}::date
      order by h.day desc limit 1
    ) before on true
    where s.workspace_id = ${workspaceId}::uuid
      and (before.band is distinct from s.band)
      and (before.band is not null or s.band = 'red')
    order by a.mrr desc, a.name, a.id`);
}

/** Whether the history reaches back to `since`: without it there is nothing to compare with. */
export async function hasHistoryOn(tx: Tx, workspaceId: string, since: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(tx, sql`
    select exists (select 1 from health_history where workspace_id = ${workspaceId}::uuid and day <= ${since}::date) as found`);
  return row?.found === true;
}

export interface RenewalRow extends Record<string, unknown> {
  account_id: string;
  name: string;
  renewal_date: string;
  mrr: number;
  band: BandName | null;
}

/** Accounts whose renewal date (kept current on the account) falls in [from, to], soonest first. */
export async function loadRenewalsAhead(tx: Tx, workspaceId: string, from: string, to: string): Promise<RenewalRow[]> {
  return queryRows<RenewalRow>(tx, sql`
    select a.id as account_id, a.name, a.renewal_date, a.mrr, s.band
    from accounts a
    left join health_scores s on s.workspace_id = a.workspace_id and s.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid and a.renewal_date between ${from}::date and ${to}::date
      and a.status <> 'churned'
    order by a.renewal_date, a.mrr desc, a.id`);
}

export interface AssessmentRow extends Record<string, unknown> {
  id: string;
  assessed_on: string;
  total: number;
}

/** The two latest maturity self-assessments, newest first (the second for the change since). */
export async function loadLatestAssessments(tx: Tx, workspaceId: string): Promise<AssessmentRow[]> {
  return queryRows<AssessmentRow>(tx, sql`
    select id, assessed_on, total from maturity_assessments
    where workspace_id = ${workspaceId}::uuid
    order by assessed_on desc, created_at desc, id desc limit 2`);
}
