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
    -- the onboarding phase (phases.is_onboarding) and the number of items on its checklist
    , onboarding_items as (
      select max(p.key) as phase_key, (select count(*) from checklist_items i
        where i.workspace_id = ${workspaceId} and i.phase_key = max(p.key)) as n
      from phases p where p.workspace_id = ${workspaceId} and p.is_onboarding
    )
    -- customers that entered it in the last 12 months
    , onboarding_entrants as (
      select distinct t.account_id from phase_transitions t
      join customers c on c.id = t.account_id
      join onboarding_items o on o.phase_key = t.to_phase
      where t.workspace_id = ${workspaceId} and t.at > ${now} - interval '365 days' and t.at <= ${now}
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
        where g.workspace_id = ${workspaceId} and g.status <> 'dropped' and g.current is not null)::int as "goalsMeasured",
      (select count(*) from playbooks where workspace_id = ${workspaceId} and enabled)::int as "activePlaybooks",
      (select count(*) from playbook_runs where workspace_id = ${workspaceId}
        and fired_at > ${now} - interval '90 days' and fired_at <= ${now})::int as "playbookRunsIn90Days",
      (select count(*) from handoffs where workspace_id = ${workspaceId} and submitted_at is not null)::int as "handoffs",
      (select coalesce(sum(completeness), 0) from handoffs
        where workspace_id = ${workspaceId} and submitted_at is not null)::int as "handoffCompletenessSum",
      (select count(*) from onboarding_entrants)::int as "onboardingEntrants",
      (select count(*) from onboarding_entrants e where onboarding_items.n > 0 and (
        select count(*) from account_checklist k join checklist_items i on i.workspace_id = k.workspace_id and i.id = k.item_id
        where k.workspace_id = ${workspaceId} and k.account_id = e.account_id and i.phase_key = onboarding_items.phase_key
      ) >= onboarding_items.n)::int as "onboardingComplete"
    from onboarding_items
  `);
  if (!row) throw new Error('evidence query returned no row');
  return row;
}
