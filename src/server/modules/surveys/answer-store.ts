/** SQL for answering surveys: links, recipients and responses. Every function takes the workspace id first. */
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { ExtractedScores } from '../../../domain/surveys/definition.js';
import { newSurveyToken } from './survey-token.js';

export const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export interface SurveyForAnswer {
  id: string;
  name: string;
  status: string;
  definition: unknown;
  languages: string[];
  closesAt: string | null;
}

const surveyColumns = sql`s.id as survey_id, s.name as survey_name, s.status, s.definition, s.languages, ${iso('s.closes_at')} as closes_at`;

function surveyOf(r: Record<string, unknown>): SurveyForAnswer {
  return {
    id: r.survey_id as string, name: r.survey_name as string, status: r.status as string, definition: r.definition,
    languages: r.languages as string[], closesAt: (r.closes_at as string | null) ?? null,
  };
}

export interface StoredResponse {
  id: string;
  answers: Record<string, unknown>;
  language: string;
  submittedAt: string;
  updatedAt: string;
}

function responseOf(r: Record<string, unknown>): StoredResponse | null {
  if (!r.response_id) return null;
  return {
    id: r.response_id as string, answers: r.answers as Record<string, unknown>, language: r.response_language as string,
    submittedAt: r.submitted_at as string, updatedAt: r.updated_at as string,
  };
}

export interface LinkEntry {
  recipientId: string;
  accountId: string;
  contactId: string;
  contactName: string;
  accountName: string;
  vendorName: string;
  language: string;
  survey: SurveyForAnswer;
  response: StoredResponse | null;
}

/**
 * The recipient behind a token with its survey, contact, account and response; null for an
 * unknown token. With `markOpened`, the first open is stamped in the same statement.
 */
export async function findLink(tx: Tx, workspaceId: string, token: string, markOpened: Date | null): Promise<LinkEntry | null> {
  const opened = markOpened
    ? sql`, stamp as (update survey_recipients set first_opened_at = ${markOpened.toISOString()}::timestamptz
        where workspace_id = ${workspaceId}::uuid and token = ${token} and first_opened_at is null returning id)`
    : sql``;
  const [r] = await queryRows<Record<string, unknown>>(tx, sql`
    with rec as (select * from survey_recipients where workspace_id = ${workspaceId}::uuid and token = ${token}) ${opened}
    select rec.id as recipient_id, rec.account_id, rec.contact_id, rec.language, c.name as contact_name, a.name as account_name,
           w.name as vendor_name, ${surveyColumns},
           sr.id as response_id, sr.answers, sr.language as response_language,
           ${iso('sr.submitted_at')} as submitted_at, ${iso('sr.updated_at')} as updated_at
    from rec
    join surveys s on s.workspace_id = rec.workspace_id and s.id = rec.survey_id
    join contacts c on c.workspace_id = rec.workspace_id and c.id = rec.contact_id
    join accounts a on a.workspace_id = rec.workspace_id and a.id = rec.account_id
    join workspaces w on w.id = rec.workspace_id
    left join survey_responses sr on sr.workspace_id = rec.workspace_id and sr.survey_id = rec.survey_id and sr.contact_id = rec.contact_id`);
  if (!r) return null;
  return {
    recipientId: r.recipient_id as string, accountId: r.account_id as string, contactId: r.contact_id as string,
    contactName: r.contact_name as string, accountName: r.account_name as string, vendorName: r.vendor_name as string,
    language: r.language as string, survey: surveyOf(r), response: responseOf(r),
  };
}

export async function findSurveyForAnswer(tx: Tx, workspaceId: string, surveyId: string): Promise<SurveyForAnswer | null> {
  const [r] = await queryRows<Record<string, unknown>>(tx, sql`
    select ${surveyColumns} from surveys s where s.workspace_id = ${workspaceId}::uuid and s.id = ${surveyId}::uuid`);
  return r ? surveyOf(r) : null;
}

export interface ContactForAnswer {
  id: string;
  accountId: string;
}

/** Contacts matching an id, or an email (case-insensitive; possibly several). */
export async function findContacts(tx: Tx, workspaceId: string, by: { contactId: string } | { email: string }): Promise<ContactForAnswer[]> {
  const filter = 'contactId' in by ? sql`id = ${by.contactId}::uuid` : sql`lower(email) = lower(${by.email})`;
  const rows = await queryRows<{ id: string; account_id: string }>(tx, sql`
    select id, account_id from contacts where workspace_id = ${workspaceId}::uuid and ${filter} order by created_at, id limit 2`);
  return rows.map((r) => ({ id: r.id, accountId: r.account_id }));
}

/** The contact's recipient row of a survey, created (with a fresh link token) when missing. */
export async function ensureRecipient(
  tx: Tx, workspaceId: string, surveyId: string, contact: ContactForAnswer, language: string, now: Date,
): Promise<{ id: string; created: boolean }> {
  const inserted = await queryRows<{ id: string }>(tx, sql`
    insert into survey_recipients (workspace_id, id, survey_id, account_id, contact_id, token, language, created_at)
    values (${workspaceId}::uuid, ${randomUUID()}::uuid, ${surveyId}::uuid, ${contact.accountId}::uuid, ${contact.id}::uuid,
            ${newSurveyToken(workspaceId)}, ${language}, ${now.toISOString()}::timestamptz)
    on conflict (workspace_id, survey_id, contact_id) do nothing returning id`);
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [existing] = await queryRows<{ id: string }>(tx, sql`
    select id from survey_recipients where workspace_id = ${workspaceId}::uuid and survey_id = ${surveyId}::uuid and contact_id = ${contact.id}::uuid`);
  if (!existing) throw new Error('recipient vanished');
  return { id: existing.id, created: false };
}

export interface ResponseWrite {
  surveyId: string;
  accountId: string;
  contactId: string;
  recipientId: string | null;
  answers: Record<string, unknown>;
  language: string;
  source: 'link' | 'api';
  scores: ExtractedScores;
}

/**
 * Save the one response of a contact to a survey: insert, or replace the answers of the one
 * there (keeping when it was first submitted). Says which, and the scores it replaced.
 */
export async function upsertResponse(tx: Tx, workspaceId: string, write: ResponseWrite, now: Date) {
  const s = write.scores;
  const at = now.toISOString();
  const [row] = await queryRows<{ id: string; inserted: boolean; submitted_at: string; before: Record<string, unknown> | null }>(tx, sql`
    with prior as (
      select jsonb_build_object('nps', nps, 'csat', csat, 'continuation', continuation) as before
      from survey_responses
      where workspace_id = ${workspaceId}::uuid and survey_id = ${write.surveyId}::uuid and contact_id = ${write.contactId}::uuid
    )
    insert into survey_responses as cur (workspace_id, id, survey_id, account_id, contact_id, recipient_id, answers, language, source,
      nps, csat, continuation, recommendation, trouble, consulted, handling, submitted_at, updated_at)
    values (${workspaceId}::uuid, ${randomUUID()}::uuid, ${write.surveyId}::uuid, ${write.accountId}::uuid, ${write.contactId}::uuid,
      ${write.recipientId}::uuid, ${JSON.stringify(write.answers)}::jsonb, ${write.language}, ${write.source},
      ${s.nps}, ${s.csat}, ${s.continuation}, ${s.recommendation}, ${s.trouble}, ${s.consulted}, ${s.handling},
      ${at}::timestamptz, ${at}::timestamptz)
    on conflict (workspace_id, survey_id, contact_id) do update set
      answers = excluded.answers, language = excluded.language, source = excluded.source,
      recipient_id = coalesce(cur.recipient_id, excluded.recipient_id),
      nps = excluded.nps, csat = excluded.csat, continuation = excluded.continuation, recommendation = excluded.recommendation,
      trouble = excluded.trouble, consulted = excluded.consulted, handling = excluded.handling, updated_at = excluded.updated_at
    returning cur.id, (cur.xmax = 0) as inserted, ${iso('cur.submitted_at')} as submitted_at, (select before from prior) as before`);
  if (!row) throw new Error('response not saved');
  return { id: row.id, inserted: Boolean(row.inserted), submittedAt: row.submitted_at, before: row.before };
}

/** Replace the data of a response's survey.answered timeline entry; false when there is none. */
export async function updateAnsweredEntry(tx: Tx, workspaceId: string, accountId: string, responseId: string, data: Record<string, unknown>): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(tx, sql`
    update activities set data = ${JSON.stringify(data)}::jsonb
    where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid and kind = 'system'
      and event = 'survey.answered' and data->>'responseId' = ${responseId}
    returning id`);
  return rows.length > 0;
}

export interface ResponseRow {
  id: string;
  accountId: string;
  accountName: string;
  contactId: string;
  contactName: string;
  contactEmail: string | null;
  language: string;
  source: string;
  answers: Record<string, unknown>;
  nps: number | null;
  csat: number | null;
  continuation: number | null;
  recommendation: number | null;
  trouble: boolean | null;
  consulted: boolean | null;
  handling: string | null;
  submittedAt: string;
  updatedAt: string;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A survey's responses, newest first (keyset on submitted_at, id), optionally of one account. */
export async function selectResponses(
  tx: Tx, workspaceId: string, surveyId: string,
  options: { accountId?: string; after?: { at: string; id: string }; limit?: number; responseId?: string },
): Promise<ResponseRow[]> {
  const filters: SQL[] = [];
  if (options.accountId) filters.push(sql`and r.account_id = ${options.accountId}::uuid`);
  if (options.responseId) filters.push(sql`and r.id = ${options.responseId}::uuid`);
  if (options.after) {
    filters.push(sql`and (r.submitted_at, r.id) < (${options.after.at}::timestamptz, ${options.after.id}::uuid)`);
  }
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select r.id, r.account_id, a.name as account_name, r.contact_id, c.name as contact_name, c.email as contact_email,
           r.language, r.source, r.answers, r.nps, r.csat, r.continuation, r.recommendation, r.trouble, r.consulted, r.handling,
           ${iso('r.submitted_at')} as submitted_at, ${iso('r.updated_at')} as updated_at
    from survey_responses r
    join accounts a on a.workspace_id = r.workspace_id and a.id = r.account_id
    join contacts c on c.workspace_id = r.workspace_id and c.id = r.contact_id
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid ${sql.join(filters, sql` `)}
    order by r.submitted_at desc, r.id desc
    ${options.limit ? sql`limit ${options.limit}` : sql``}`);
  return rows.map((r) => ({
    id: r.id as string, accountId: r.account_id as string, accountName: r.account_name as string,
    contactId: r.contact_id as string, contactName: r.contact_name as string, contactEmail: (r.contact_email as string | null) ?? null,
    language: r.language as string, source: r.source as string, answers: r.answers as Record<string, unknown>,
    nps: num(r.nps), csat: num(r.csat), continuation: num(r.continuation), recommendation: num(r.recommendation),
    trouble: (r.trouble as boolean | null) ?? null, consulted: (r.consulted as boolean | null) ?? null,
    handling: (r.handling as string | null) ?? null, submittedAt: r.submitted_at as string, updatedAt: r.updated_at as string,
  }));
}

export async function countResponses(tx: Tx, workspaceId: string, surveyId: string, accountId?: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql`
    select count(*)::int as n from survey_responses
    where workspace_id = ${workspaceId}::uuid and survey_id = ${surveyId}::uuid
      ${accountId ? sql`and account_id = ${accountId}::uuid` : sql``}`);
  return Number(row?.n ?? 0);
}

/** The accounts that answered a survey, most responses first, with how many each (for the list's account filter). */
export async function responseAccounts(tx: Tx, workspaceId: string, surveyId: string) {
  const rows = await queryRows<{ id: string; name: string; n: number }>(tx, sql`
    select a.id, a.name, count(*)::int as n
    from survey_responses r join accounts a on a.workspace_id = r.workspace_id and a.id = r.account_id
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid
    group by a.id, a.name, a.sort_key order by count(*) desc, a.sort_key collate "C", a.id`);
  return rows.map((r) => ({ id: r.id, name: r.name, responses: Number(r.n) }));
}
