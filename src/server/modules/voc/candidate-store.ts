/**
 * VOC candidates: recent free-text survey answers (each text question of a response on its own)
 * and people's notes, meetings and calls that no VOC item cites yet, newest first, so a CSM
 * turns them into items or mentions in a click. A survey answer counts as cited when a mention
 * of its response quotes part of it, or quotes it whole (a mention may trim the words it keeps);
 * a timeline entry once any mention cites it. A candidate set aside (`dismissCandidate`) is left
 * out, and listed on its own with `dismissed`, so it can be restored.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { isSubstantive } from '../../../domain/voc/candidate-text.js';
import type { VocCandidate } from './schema.js';

/** Read this many times the limit, since answers like 特になし are dropped after the query. */
const OVERFETCH = 3;

export async function selectCandidates(
  tx: Tx, workspaceId: string, q: { since: Date; limit: number; accountId?: string | undefined; dismissed?: boolean },
): Promise<VocCandidate[]> {
  const ws = sql`${workspaceId}::uuid`;
  /** set aside, or not: the open inbox or the dismissed list */
  const setAside = (kind: string, id: string, question: string) => sql`${q.dismissed ? sql`` : sql`not`} exists (
    select 1 from voc_dismissals d
    where d.workspace_id = ${ws} and d.source_kind = ${kind} and d.source_id = ${sql.raw(id)} and d.question_id = ${sql.raw(question)})`;
  const since = sql`${q.since.toISOString()}::timestamptz`;
  const account = (col: string) => (q.accountId ? sql`and ${sql.raw(col)} = ${q.accountId}::uuid` : sql``);
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    with texts as (
      select 'survey_response'::text as source_kind, r.id as source_id, r.account_id, r.contact_id,
             r.answers->>(q.value->>'id') as text, r.submitted_at as at, s.name as survey_name,
             q.value->>'id' as question_id, q.value->'text' as question_text, null::text as activity_kind
      from survey_responses r
      join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
      cross join lateral jsonb_array_elements(s.definition->'questions') as q(value)
      where r.workspace_id = ${ws} and r.submitted_at >= ${since} ${account('r.account_id')}
        and q.value->>'type' = 'text' and length(btrim(coalesce(r.answers->>(q.value->>'id'), ''))) > 0
        and not exists (
          select 1 from voc_mentions m
          where m.workspace_id = r.workspace_id and m.source_kind = 'survey_response' and m.source_id = r.id
            and (m.quote is null or position(m.quote in r.answers->>(q.value->>'id')) > 0
                 or position(r.answers->>(q.value->>'id') in m.quote) > 0))
        and ${setAside('survey_response', 'r.id', "q.value->>'id'")}
      union all
      select 'activity', a.id, a.account_id, a.contact_id, coalesce(nullif(btrim(a.body), ''), a.subject), a.occurred_at,
             null, null, null, a.kind
      from activities a
      where a.workspace_id = ${ws} and a.kind in ('note', 'meeting', 'call') and a.occurred_at >= ${since} ${account('a.account_id')}
        and coalesce(nullif(btrim(a.body), ''), a.subject) is not null
        and not exists (
          select 1 from voc_mentions m
          where m.workspace_id = a.workspace_id and m.source_kind = 'activity' and m.source_id = a.id)
        and ${setAside('activity', 'a.id', "''")}
    )
    select t.source_kind, t.source_id, t.account_id, acc.name as account_name, c.name as contact_name, t.text,
           to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, t.survey_name, t.question_id, t.question_text,
           t.activity_kind
    from texts t
    join accounts acc on acc.workspace_id = ${ws} and acc.id = t.account_id
    left join contacts c on c.workspace_id = ${ws} and c.id = t.contact_id
    order by t.at desc, t.source_id, t.question_id
    limit ${q.limit * OVERFETCH}`);
  return rows
    .filter((r) => isSubstantive(String(r.text)))
    .slice(0, q.limit)
    .map((r) => {
      const qt = r.question_text as { ja?: string; en?: string } | null;
      return {
        sourceKind: r.source_kind as 'survey_response' | 'activity', sourceId: r.source_id as string, accountId: r.account_id as string,
        accountName: r.account_name as string, contactName: (r.contact_name as string | null) ?? null, text: String(r.text), at: r.at as string,
        surveyName: (r.survey_name as string | null) ?? null, questionId: (r.question_id as string | null) ?? null,
        questionText: qt ? { ja: qt.ja ?? '', en: qt.en ?? '' } : null, activityKind: (r.activity_kind as string | null) ?? null,
      };
    });
}

export interface CandidateRef {
  sourceKind: 'survey_response' | 'activity';
  sourceId: string;
  /** the text question of a survey response; null for a timeline entry */
  questionId: string | null;
}

/** The dismissal key's question: the text question of a survey answer, '' for a timeline entry. */
const questionKey = (ref: CandidateRef) => (ref.sourceKind === 'activity' ? '' : ref.questionId ?? '');

/** Whether the workspace has this candidate: a text question answered in the response, or a note, meeting or call. */
async function candidateExists(tx: Tx, workspaceId: string, ref: CandidateRef): Promise<boolean> {
  const rows = ref.sourceKind === 'survey_response'
    ? await queryRows(tx, sql`
        select 1 from survey_responses r
        join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
        where r.workspace_id = ${workspaceId}::uuid and r.id = ${ref.sourceId}::uuid
          and exists (select 1 from jsonb_array_elements(s.definition->'questions') q(value)
                      where q.value->>'id' = ${questionKey(ref)} and q.value->>'type' = 'text')`)
    : await queryRows(tx, sql`
        select 1 from activities a
        where a.workspace_id = ${workspaceId}::uuid and a.id = ${ref.sourceId}::uuid and a.kind in ('note', 'meeting', 'call')`);
  return rows.length > 0;
}

function notFound(ref: CandidateRef): AppError {
  return new AppError('voc_candidate.not_found', {
    detail: ref.sourceKind === 'survey_response'
      ? `No survey answer ${ref.sourceId} to the text question "${ref.questionId ?? ''}" in this workspace.`
      : `No note, meeting or call ${ref.sourceId} in this workspace.`,
    fields: [{ path: 'sourceId', message: 'not found' }],
  });
}

/** Sets a candidate aside (again is a no-op); 404 when the workspace has no such answer or entry. */
export async function dismissCandidate(tx: Tx, workspaceId: string, ref: CandidateRef, by: string | null, now: Date): Promise<void> {
  if (!(await candidateExists(tx, workspaceId, ref))) throw notFound(ref);
  await tx.execute(sql`
    insert into voc_dismissals (workspace_id, source_kind, source_id, question_id, dismissed_by, dismissed_at)
    values (${workspaceId}::uuid, ${ref.sourceKind}, ${ref.sourceId}::uuid, ${questionKey(ref)},
            ${by}::uuid, ${now.toISOString()}::timestamptz)
    on conflict do nothing`);
}

/** Puts a dismissed candidate back in the inbox; 404 when it was not dismissed. */
export async function restoreCandidate(tx: Tx, workspaceId: string, ref: CandidateRef): Promise<void> {
  const removed = await queryRows(tx, sql`
    delete from voc_dismissals
    where workspace_id = ${workspaceId}::uuid and source_kind = ${ref.sourceKind} and source_id = ${ref.sourceId}::uuid
      and question_id = ${questionKey(ref)}
    returning 1`);
  if (removed.length === 0) throw notFound(ref);
}
