/**
 * SQL for the survey analysis (SPEC §3.8): the survey itself, the earlier run of its series,
 * its responses' extracted score columns with the account facts the cuts use, and the old
 * responses the churn mapping is calibrated on. Reads only.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';

export interface AnalysedSurvey {
  id: string;
  name: string;
  kind: string;
  series: string | null;
  status: string;
  definition: unknown;
  /** when it was run: opened (or created, for a draft), as an ISO date */
  runOn: string;
  closedOn: string | null;
}

const SURVEY_COLUMNS = sql`s.id, s.name, s.kind, s.series, s.status, s.definition,
  to_char(coalesce(s.opened_at, s.created_at) at time zone 'UTC', 'YYYY-MM-DD') as "runOn",
  to_char(s.closed_at at time zone 'UTC', 'YYYY-MM-DD') as "closedOn"`;

export async function findAnalysedSurvey(tx: Tx, workspaceId: string, id: string): Promise<AnalysedSurvey | null> {
  const [row] = await queryRows<AnalysedSurvey & Record<string, unknown>>(tx, sql`
    select ${SURVEY_COLUMNS} from surveys s where s.workspace_id = ${workspaceId}::uuid and s.id = ${id}::uuid`);
  return row ?? null;
}

/** The latest other run of the same series that started before this one, or null. */
export async function findPreviousRun(tx: Tx, workspaceId: string, survey: AnalysedSurvey): Promise<AnalysedSurvey | null> {
  if (survey.series === null) return null;
  const [row] = await queryRows<AnalysedSurvey & Record<string, unknown>>(tx, sql`
    select ${SURVEY_COLUMNS} from surveys s
    where s.workspace_id = ${workspaceId}::uuid and s.series = ${survey.series} and s.id <> ${survey.id}::uuid
      and s.status <> 'draft' and coalesce(s.opened_at, s.created_at) < (
        select coalesce(opened_at, created_at) from surveys where workspace_id = ${workspaceId}::uuid and id = ${survey.id}::uuid)
    order by coalesce(s.opened_at, s.created_at) desc limit 1`);
  return row ?? null;
}

export interface AnalysedResponse {
  accountId: string;
  accountName: string;
  trouble: boolean | null;
  consulted: boolean | null;
  handling: 'above' | 'as' | 'below' | null;
  csat: number | null;
  continuation: number | null;
  nps: number | null;
  recommendation: number | null;
  /** account facts for the cuts */
  useCase: string | null;
  sizeBand: string | null;
  plan: string | null;
  touchTier: string | null;
  phase: string | null;
}

/** Every response of one survey with its account's facts (one statement). */
export async function selectAnalysedResponses(tx: Tx, workspaceId: string, surveyId: string): Promise<AnalysedResponse[]> {
  return queryRows<AnalysedResponse & Record<string, unknown>>(tx, sql`
    select r.account_id as "accountId", a.name as "accountName", r.trouble, r.consulted, r.handling,
      r.csat::int as csat, r.continuation::int as continuation, r.nps::int as nps, r.recommendation::int as recommendation,
      a.use_case as "useCase", a.size_band as "sizeBand", a.plan,
      -- tiers and phases by the names the team gave them, not their keys
      coalesce(t.name, a.touch_tier) as "touchTier", coalesce(p.name, a.phase) as phase
    from survey_responses r
    join accounts a on a.workspace_id = r.workspace_id and a.id = r.account_id
    left join touch_tiers t on t.workspace_id = a.workspace_id and t.key = a.touch_tier
    left join phases p on p.workspace_id = a.workspace_id and p.key = a.phase
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid
    order by r.submitted_at, r.id`);
}

export interface HistoricAnswer {
  accountId: string;
  continuation: number;
  answeredOn: string;
}

/** Continuation answers of any survey given on or before `cutoff` (ISO date): the calibration's candidates. */
export async function selectHistoricAnswers(tx: Tx, workspaceId: string, cutoff: string): Promise<HistoricAnswer[]> {
  return queryRows<HistoricAnswer & Record<string, unknown>>(tx, sql`
    select r.account_id as "accountId", r.continuation::int as continuation,
      to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD') as "answeredOn"
    from survey_responses r
    where r.workspace_id = ${workspaceId}::uuid and r.continuation is not null
      and r.submitted_at < ((${cutoff}::date + 1)::timestamp at time zone 'UTC')`);
}
