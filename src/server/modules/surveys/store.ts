/** SQL for surveys. Every function takes the workspace id first; no rules here. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { surveys } from '../../db/schema/surveys.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type NewSurveyRow = typeof surveys.$inferInsert;

/** A survey as read for display, with its counts; instants as ISO strings. */
export interface SurveyEntry {
  id: string;
  name: string;
  kind: string;
  series: string | null;
  status: string;
  languages: string[];
  definition: unknown;
  questionCount: number;
  emailSubject: { ja?: string; en?: string } | null;
  emailBody: { ja?: string; en?: string } | null;
  remindAfterDays: number | null;
  openedAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  recipients: number;
  invited: number;
  responses: number;
  respondedInvited: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * Surveys with their recipient and response counts, newest first. A response counts toward the
 * response rate when its contact was invited (回答回収率 = invited who answered ÷ invited);
 * answers through the API without an invitation count as responses only.
 */
export async function selectSurveys(tx: Tx, workspaceId: string, where: SQL, withDefinition = true): Promise<SurveyEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    with rec as (
      select survey_id, count(*) as recipients, count(*) filter (where invited_at is not null) as invited
      from survey_recipients where workspace_id = ${workspaceId}::uuid group by survey_id
    ), resp as (
      select x.survey_id, count(*) as responses, count(*) filter (where ri.invited_at is not null) as responded_invited,
             count(x.nps) as nps_answers, count(*) filter (where x.nps >= 9) as promoters, count(*) filter (where x.nps <= 6) as detractors
      from survey_responses x
      left join survey_recipients ri on ri.workspace_id = x.workspace_id and ri.survey_id = x.survey_id and ri.contact_id = x.contact_id
      where x.workspace_id = ${workspaceId}::uuid group by x.survey_id
    )
    select s.id, s.name, s.kind, s.series, s.status, s.languages, ${withDefinition ? sql`s.definition` : sql`null::jsonb`} as definition,
           coalesce(jsonb_array_length(s.definition->'questions'), 0) as question_count,
           s.email_subject, s.email_body, s.remind_after_days,
           ${iso(sql`s.opened_at`)} as opened_at, ${iso(sql`s.closes_at`)} as closes_at, ${iso(sql`s.closed_at`)} as closed_at,
           s.created_by, u.name as created_by_name, ${iso(sql`s.created_at`)} as created_at, ${iso(sql`s.updated_at`)} as updated_at,
           coalesce(rec.recipients, 0) as recipients, coalesce(rec.invited, 0) as invited,
           coalesce(resp.responses, 0) as responses, coalesce(resp.responded_invited, 0) as responded_invited,
           coalesce(resp.nps_answers, 0) as nps_answers, coalesce(resp.promoters, 0) as promoters, coalesce(resp.detractors, 0) as detractors
    from surveys s
    left join users u on u.id = s.created_by
    left join rec on rec.survey_id = s.id
    left join resp on resp.survey_id = s.id
    where s.workspace_id = ${workspaceId}::uuid and (${where})
    order by s.created_at desc, s.id`);
  return rows.map((r) => ({
    id: r.id as string, name: r.name as string, kind: r.kind as string, series: str(r.series), status: r.status as string,
    languages: r.languages as string[], definition: r.definition ?? null, questionCount: Number(r.question_count),
    emailSubject: (r.email_subject ?? null) as SurveyEntry['emailSubject'], emailBody: (r.email_body ?? null) as SurveyEntry['emailBody'],
    remindAfterDays: r.remind_after_days === null ? null : Number(r.remind_after_days),
    openedAt: str(r.opened_at), closesAt: str(r.closes_at), closedAt: str(r.closed_at),
    createdBy: str(r.created_by), createdByName: str(r.created_by_name), createdAt: r.created_at as string, updatedAt: r.updated_at as string,
    recipients: Number(r.recipients), invited: Number(r.invited), responses: Number(r.responses), respondedInvited: Number(r.responded_invited),
    npsAnswers: Number(r.nps_answers), promoters: Number(r.promoters), detractors: Number(r.detractors),
  }));
}

export async function findSurvey(tx: Tx, workspaceId: string, id: string): Promise<SurveyEntry | null> {
  const [row] = await selectSurveys(tx, workspaceId, sql`s.id = ${id}::uuid`);
  return row ?? null;
}

/** The survey's own row, locked for the rest of the transaction. */
export async function findSurveyRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<SurveyRow | null> {
  const [row] = await tx.select().from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id))).for('update');
  return row ?? null;
}

export async function insertSurvey(tx: Tx, row: NewSurveyRow): Promise<void> {
  await tx.insert(surveys).values(row);
}

export async function updateSurveyRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewSurveyRow>): Promise<void> {
  await tx.update(surveys).set(patch).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

export async function deleteSurveyRow(tx: Tx, workspaceId: string, id: string): Promise<void> {
  await tx.delete(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

/**
 * Closes every open survey whose planned close has passed, in all workspaces, and records one
 * system audit row for each — one statement. closed_at is the planned close: links stopped
 * answering then (domain/surveys/lifecycle.ts isAnswerable), whenever the worker runs.
 */
export async function closeDueSurveyRows(tx: Tx, now: Date): Promise<Array<{ workspaceId: string; id: string }>> {
  const at = now.toISOString();
  const rows = await queryRows<{ workspace_id: string; entity_id: string }>(tx, sql`
    with closed as (
      update surveys set status = 'closed', closed_at = closes_at, updated_at = ${at}::timestamptz
      where status = 'open' and closes_at is not null and closes_at <= ${at}::timestamptz
      returning workspace_id, id, closes_at
    )
    insert into audit_log (workspace_id, id, at, actor_type, actor_id, action, entity, entity_id, changes)
    select workspace_id, gen_random_uuid(), ${at}::timestamptz, 'system', null, 'update', 'survey', id::text,
           jsonb_build_object('status', jsonb_build_array('open', 'closed'), 'reason', 'closes_at_passed',
             'closesAt', to_char(closes_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    from closed
    returning workspace_id, entity_id`);
  return rows.map((r) => ({ workspaceId: r.workspace_id, id: r.entity_id }));
}
