/**
 * Reading a survey's recipients: the list (keyset-paged, in account then contact order, with
 * whether and when each was invited, reminded, opened and answered) and the counts above it.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { iso, NOT_ANSWERED, RECIPIENT_ACCOUNT, RECIPIENT_CONTACT, RECIPIENT_RESPONSE } from './distribution-store.js';

export type RecipientStatusFilter = 'all' | 'not_invited' | 'invited' | 'opened' | 'responded' | 'not_responded';

const RESPONDED = sql`exists (select 1 from survey_responses sr where sr.workspace_id = r.workspace_id
  and sr.survey_id = r.survey_id and sr.contact_id = r.contact_id)`;

const STATUS_WHERE: Record<RecipientStatusFilter, SQL> = {
  all: sql`true`,
  not_invited: sql`r.invited_at is null`,
  invited: sql`r.invited_at is not null`,
  opened: sql`r.first_opened_at is not null`,
  responded: RESPONDED,
  not_responded: NOT_ANSWERED,
};

/** The sort key of a row: the account's, then the contact's Japanese sort keys, joined by a character below any in them. */
const SORT = sql`(a.sort_key || chr(1) || c.sort_key) collate "C"`;

export interface RecipientItem {
  id: string; contactId: string; contactName: string; email: string | null; accountId: string; accountName: string;
  language: 'ja' | 'en'; invitedAt: string | null; lastRemindedAt: string | null; reminderCount: number;
  firstOpenedAt: string | null; respondedAt: string | null;
}

export async function selectRecipients(
  tx: Tx, workspaceId: string, surveyId: string, q: { status: RecipientStatusFilter; limit: number; cursor?: string | undefined },
): Promise<{ items: RecipientItem[]; nextCursor: string | null }> {
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select r.id, r.contact_id, c.name as contact_name, nullif(btrim(c.email), '') as email, r.account_id, a.name as account_name,
           r.language, ${iso(sql`r.invited_at`)} as invited_at, ${iso(sql`r.last_reminded_at`)} as last_reminded_at, r.reminder_count,
           ${iso(sql`r.first_opened_at`)} as first_opened_at, ${iso(sql`s.submitted_at`)} as responded_at, ${SORT} as sort
    from survey_recipients r
    ${RECIPIENT_CONTACT}
    ${RECIPIENT_ACCOUNT}
    ${RECIPIENT_RESPONSE}
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid and ${STATUS_WHERE[q.status]}
      ${after ? sql`and (${SORT}, r.id) > (${String(after.value)} collate "C", ${after.id}::uuid)` : sql``}
    order by ${SORT}, r.id
    limit ${q.limit + 1}`);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    items: page.map((r) => ({
      id: String(r.id), contactId: String(r.contact_id), contactName: String(r.contact_name), email: str(r.email),
      accountId: String(r.account_id), accountName: String(r.account_name), language: r.language === 'en' ? 'en' : 'ja',
      invitedAt: str(r.invited_at), lastRemindedAt: str(r.last_reminded_at), reminderCount: Number(r.reminder_count),
      firstOpenedAt: str(r.first_opened_at), respondedAt: str(r.responded_at),
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ value: String(last.sort), id: String(last.id) }) : null,
  };
}

export interface RecipientCountsRow {
  recipients: number; invited: number; opened: number; responded: number; remindable: number; sendable: number;
}

/** The counts above the list; `remindable` and `sendable` use the same rules as remind and send. */
export async function recipientCounts(tx: Tx, workspaceId: string, surveyId: string, now: Date): Promise<RecipientCountsRow> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const [row] = await queryRows<Record<string, unknown>>(tx, sql`
    select count(*)::int as recipients,
           count(*) filter (where r.invited_at is not null)::int as invited,
           count(*) filter (where r.first_opened_at is not null)::int as opened,
           count(*) filter (where ${RESPONDED})::int as responded,
           count(*) filter (where r.invited_at <= ${dayAgo}::timestamptz and ${NOT_ANSWERED} and coalesce(btrim(c.email), '') <> ''
                              and (r.last_reminded_at is null or r.last_reminded_at <= ${dayAgo}::timestamptz))::int as remindable,
           count(*) filter (where r.invited_at is null and coalesce(btrim(c.email), '') <> '')::int as sendable
    from survey_recipients r ${RECIPIENT_CONTACT}
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid`);
  const n = (k: string) => Number(row?.[k] ?? 0);
  return { recipients: n('recipients'), invited: n('invited'), opened: n('opened'), responded: n('responded'), remindable: n('remindable'), sendable: n('sendable') };
}
