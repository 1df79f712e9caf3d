/**
 * Gathers the counts behind the maturity evidence (domain/maturity/evidence.ts) in one
 * statement: every figure is a subquery over the workspace's customers, i.e. its accounts that
 * are active or paused as of now.
 */
import { queryRows, sql, type Tx } from '../../db/connect.js';
import type { EvidenceCounts } from '../../../domain/maturity/evidence.js';

export interface EvidenceWindow {
  now: Date;
  /** a CSM sentiment older than this many days is stale (health settings) */
  sentimentStaleDays: number;
}

type Row = { [K in keyof EvidenceCounts]: number };

export async function gatherEvidenceCounts(tx: Tx, workspaceId: string, window: EvidenceWindow): Promise<EvidenceCounts> {
  const today = sql`${window.now.toISOString().slice(0, 10)}::date`;
  const now = sql`${window.now.toISOString()}::timestamptz`;
  const [row] = await queryRows<Row>(tx, sql`
    with customers as (
      select id, owner_id, touch_tier from accounts
      where workspace_id = ${workspaceId} and status in ('active', 'paused')
    )
    select
      (select count(*) from customers)::int as "customers",
      (select count(*) from customers where owner_id is not null)::int as "withOwner",
      (select count(*) from customers where nullif(btrim(touch_tier), '') is not null)::int as "withTouchTier",
      (select count(*) from scorecards where workspace_id = ${workspaceId} and not is_default)::int as "segmentScorecards",
      (select count(*) from health_scores h join customers c on c.id = h.account_id
        where h.workspace_id = ${workspaceId} and h.score is not null)::int as "scored",
      (select count(*) from customers c where exists (
        select 1 from usage_user_days u where u.workspace_id = ${workspaceId} and u.account_id = c.id
          and u.day > ${today} - 30 and u.day <= ${today}))::int as "withRecentUsage",
      (select count(distinct kpi) from kpi_targets
        where workspace_id = ${workspaceId} and period_start >= ${today} - 365)::int as "kpisWithTargets",
      (select count(*) from customers c where exists (
        select 1 from contacts k where k.workspace_id = ${workspaceId} and k.account_id = c.id
          and (k.level = 'executive' or k.role = 'decision_maker')))::int as "withExecutiveSponsor",
      (select count(*) from customers c where exists (
        select 1 from contacts k where k.workspace_id = ${workspaceId} and k.account_id = c.id and k.role = 'champion'))::int as "withChampion",
      (select count(distinct a.account_id) from activities a join customers c on c.id = a.account_id
        where a.workspace_id = ${workspaceId} and a.kind in ('note', 'meeting', 'call', 'email')
          and a.occurred_at > ${now} - interval '90 days' and a.occurred_at <= ${now})::int as "touchedIn90Days",
      (select count(*) from activities a join customers c on c.id = a.account_id
        where a.workspace_id = ${workspaceId} and a.kind in ('note', 'meeting', 'call', 'email')
          and a.occurred_at > ${now} - interval '90 days' and a.occurred_at <= ${now})::int as "touchesIn90Days",
      (select count(*) from customers c where (
        select max(s.created_at) from csm_sentiments s where s.workspace_id = ${workspaceId} and s.account_id = c.id
      ) >= ${now} - make_interval(days => ${window.sentimentStaleDays}::int))::int as "withFreshSentiment",
      (select count(distinct g.account_id) from success_goals g join customers c on c.id = g.account_id
        where g.workspace_id = ${workspaceId} and g.status <> 'dropped')::int as "withGoals",
      (select count(*) from success_goals g join customers c on c.id = g.account_id
        where g.workspace_id = ${workspaceId} and g.status <> 'dropped')::int as "goals",
      (select count(*) from success_goals g join customers c on c.id = g.account_id
        where g.workspace_id = ${workspaceId} and g.status <> 'dropped' and g.current is not null)::int as "goalsMeasured"
  `);
  if (!row) throw new Error('evidence query returned no row');
  return row;
}
