/**
 * VOC candidates: recent free-text survey answers (each text question of a response on its own)
 * and people's notes, meetings and calls that no VOC item cites yet, newest first, so a CSM
 * turns them into items or mentions in a click. A survey answer counts as cited when a mention
 * of its response quotes part of it, or quotes it whole (a mention may trim the words it keeps);
 * a timeline entry once any mention cites it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { isSubstantive } from '../../../domain/voc/candidate-text.js';
import type { VocCandidate } from './schema.js';

/** Read this many times the limit, since answers like 特になし are dropped after the query. */
const OVERFETCH = 3;

export async function selectCandidates(
  tx: Tx, workspaceId: string, q: { since: Date; limit: number; accountId?: string | undefined },
): Promise<VocCandidate[]> {
  const ws = sql`${workspaceId}::uuid`;
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
      union all
      select 'activity', a.id, a.account_id, a.contact_id, coalesce(nullif(btrim(a.body), ''), a.subject), a.occurred_at,
             null, null, null, a.kind
      from activities a
      where a.workspace_id = ${ws} and a.kind in ('note', 'meeting', 'call') and a.occurred_at >= ${since} ${account('a.account_id')}
        and coalesce(nullif(btrim(a.body), ''), a.subject) is not null
        and not exists (
          select 1 from voc_mentions m
          where m.workspace_id = a.workspace_id and m.source_kind = 'activity' and m.source_id = a.id)
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
