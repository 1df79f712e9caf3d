/**
 * SQL for survey distribution: the survey row as distribution needs it, the contacts a filter
 * matches, recipient rows, the recipients to mail, and marking them invited or reminded. Every
 * function takes the workspace id first; no rules here. Work over many recipients is one
 * statement (unnest insert, one UPDATE … WHERE id = any(…)).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import type { RecipientFilter } from './distribution-schema.js';

export const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * A recipient's contact, account and response, each looked up by its key. Written as LATERAL …
 * LIMIT 1 so the planner probes one index per recipient rather than planning a join: PGlite has
 * no autovacuum, so fresh tables carry no statistics, and with every estimate at one row
 * PostgreSQL chose nested loops that rescanned contacts per recipient (measured on PGlite: 500
 * recipients, 32 s to list the invitations to send; with these lookups, well under a second).
 */
export const RECIPIENT_CONTACT = sql`join lateral (select c.name, c.email, c.sort_key from contacts c
  where c.workspace_id = r.workspace_id and c.id = r.contact_id limit 1) c on true`;
export const RECIPIENT_ACCOUNT = sql`join lateral (select a.workspace_id, a.id, a.name, a.sort_key, a.owner_id, a.touch_tier, a.phase, a.plan,
  a.size_band, a.industry from accounts a where a.workspace_id = r.workspace_id and a.id = r.account_id limit 1) a on true`;
export const RECIPIENT_RESPONSE = sql`left join lateral (select s.id, s.submitted_at from survey_responses s
  where s.workspace_id = r.workspace_id and s.survey_id = r.survey_id and s.contact_id = r.contact_id limit 1) s on true`;

export interface DistributionSurvey {
  id: string;
  name: string;
  status: 'draft' | 'open' | 'closed';
  languages: Array<'ja' | 'en'>;
  emailSubject: { ja?: string; en?: string } | null;
  emailBody: { ja?: string; en?: string } | null;
  remindAfterDays: number | null;
  closesAt: Date | null;
}

type SurveyRow = {
  id: string; name: string; status: string; languages: string[] | string; email_subject: unknown; email_body: unknown;
  remind_after_days: number | null; closes_at: string | null;
};

/** `text[]` comes back as an array from both drivers; a literal string is parsed just in case. */
function textArray(v: string[] | string): string[] {
  return Array.isArray(v) ? v : v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}

function toSurvey(r: SurveyRow): DistributionSurvey {
  return {
    id: r.id, name: r.name, status: r.status as DistributionSurvey['status'],
    languages: textArray(r.languages).filter((l): l is 'ja' | 'en' => l === 'ja' || l === 'en'),
    emailSubject: (r.email_subject as DistributionSurvey['emailSubject']) ?? null, emailBody: (r.email_body as DistributionSurvey['emailBody']) ?? null,
    remindAfterDays: r.remind_after_days === null ? null : Number(r.remind_after_days), closesAt: r.closes_at ? new Date(r.closes_at) : null,
  };
}

/** The survey, locked for the rest of the transaction when `lock` (so a send and a close never interleave). */
export async function findDistributionSurvey(tx: Tx, workspaceId: string, id: string, lock = false): Promise<DistributionSurvey | null> {
  const [row] = await queryRows<SurveyRow>(tx, sql`
    select id, name, status, languages, email_subject, email_body, remind_after_days, ${iso(sql`closes_at`)} as closes_at
    from surveys where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid ${lock ? sql`for update` : sql``}`);
  return row ? toSurvey(row) : null;
}

export interface MatchedContact {
  contactId: string;
  accountId: string;
  hasEmail: boolean;
  already: boolean;
}

const inList = (column: SQL, values: readonly string[] | undefined, type: 'text' | 'uuid') =>
  values && values.length > 0 ? sql`${column} = any(${pgArray(values)}::${sql.raw(type)}[])` : sql`true`;

/** The contacts a filter matches, each saying whether it has an email and is already a recipient. */
export async function matchContacts(tx: Tx, workspaceId: string, surveyId: string, filter: RecipientFilter): Promise<MatchedContact[]> {
  const a = filter.accounts;
  const c = filter.contacts;
  const byHand = (a.accountIds?.length ?? 0) > 0 || (c.contactIds?.length ?? 0) > 0;
  const rows = await queryRows<{ contact_id: string; account_id: string; has_email: boolean; already: boolean }>(tx, sql`
    select c.id as contact_id, c.account_id, (coalesce(btrim(c.email), '') <> '') as has_email,
           exists (select 1 from survey_recipients r where r.workspace_id = c.workspace_id and r.survey_id = ${surveyId}::uuid
                     and r.contact_id = c.id) as already
    from contacts c join lateral (select a.id, a.status, a.touch_tier, a.phase, a.plan, a.owner_id, a.sort_key from accounts a
      where a.workspace_id = c.workspace_id and a.id = c.account_id limit 1) a on true
    where c.workspace_id = ${workspaceId}::uuid
      and ${byHand ? sql`true` : sql`a.status = 'active'`}
      and ${inList(sql`a.id`, a.accountIds, 'uuid')} and ${inList(sql`a.touch_tier`, a.tiers, 'text')}
      and ${inList(sql`a.phase`, a.phases, 'text')} and ${inList(sql`a.plan`, a.plans, 'text')}
      and ${inList(sql`a.owner_id`, a.ownerIds, 'uuid')}
      and ${inList(sql`c.id`, c.contactIds, 'uuid')} and ${inList(sql`c.level`, c.levels, 'text')}
      and ${inList(sql`c.role`, c.roles, 'text')}
    order by a.sort_key, c.sort_key, c.id`);
  return rows.map((r) => ({ contactId: r.contact_id, accountId: r.account_id, hasEmail: Boolean(r.has_email), already: Boolean(r.already) }));
}

export interface NewRecipient {
  id: string;
  accountId: string;
  contactId: string;
  token: string;
  language: 'ja' | 'en';
}

/** Insert recipients in one statement; a contact already on the survey is left as it is. Returns how many were added. */
export async function insertRecipients(tx: Tx, workspaceId: string, surveyId: string, rows: NewRecipient[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await queryRows<{ id: string }>(tx, sql`
    insert into survey_recipients (workspace_id, id, survey_id, account_id, contact_id, token, language, created_at)
    select ${workspaceId}::uuid, t.id, ${surveyId}::uuid, t.account_id, t.contact_id, t.token, t.language, ${now.toISOString()}::timestamptz
    from unnest(${pgArray(rows.map((r) => r.id))}::uuid[], ${pgArray(rows.map((r) => r.accountId))}::uuid[],
                ${pgArray(rows.map((r) => r.contactId))}::uuid[], ${pgArray(rows.map((r) => r.token))}::text[],
                ${pgArray(rows.map((r) => r.language))}::text[]) as t(id, account_id, contact_id, token, language)
    on conflict (workspace_id, survey_id, contact_id) do nothing
    returning id`);
  return inserted.length;
}

export interface RecipientForUpdate {
  id: string;
  surveyId: string;
  accountId: string;
  contactId: string;
  answered: boolean;
}

export async function findRecipientForUpdate(tx: Tx, workspaceId: string, id: string): Promise<RecipientForUpdate | null> {
  const [row] = await queryRows<{ id: string; survey_id: string; account_id: string; contact_id: string }>(tx, sql`
    select id, survey_id, account_id, contact_id from survey_recipients
    where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid for update`);
  if (!row) return null;
  const [answered] = await queryRows<{ n: number }>(tx, sql`
    select count(*)::int as n from survey_responses
    where workspace_id = ${workspaceId}::uuid and survey_id = ${row.survey_id}::uuid and contact_id = ${row.contact_id}::uuid`);
  return { id: row.id, surveyId: row.survey_id, accountId: row.account_id, contactId: row.contact_id, answered: Number(answered?.n ?? 0) > 0 };
}

export async function deleteRecipient(tx: Tx, workspaceId: string, id: string): Promise<void> {
  await tx.execute(sql`delete from survey_recipients where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid`);
}

/** One recipient to mail, with everything the invitation's fields need. */
export interface MailTarget {
  recipientId: string;
  workspaceId: string;
  surveyId: string;
  accountId: string;
  contactId: string;
  token: string;
  language: 'ja' | 'en';
  email: string | null;
  contactName: string;
  accountName: string;
  ownerName: string | null;
  workspaceName: string;
}

type TargetRow = {
  recipient_id: string; workspace_id: string; survey_id: string; account_id: string; contact_id: string; token: string; language: string;
  email: string | null; contact_name: string; account_name: string; owner_name: string | null; workspace_name: string;
};

const TARGET_COLUMNS = sql`
  r.id as recipient_id, r.workspace_id, r.survey_id, r.account_id, r.contact_id, r.token, r.language,
  nullif(btrim(c.email), '') as email, c.name as contact_name, a.name as account_name, u.name as owner_name, w.name as workspace_name`;
const TARGET_JOINS = sql`
  ${RECIPIENT_CONTACT}
  ${RECIPIENT_ACCOUNT}
  join workspaces w on w.id = r.workspace_id
  left join users u on u.id = a.owner_id`;
export const NOT_ANSWERED = sql`not exists (select 1 from survey_responses sr where sr.workspace_id = r.workspace_id
  and sr.survey_id = r.survey_id and sr.contact_id = r.contact_id)`;

function toTarget(r: TargetRow): MailTarget {
  return {
    recipientId: r.recipient_id, workspaceId: r.workspace_id, surveyId: r.survey_id, accountId: r.account_id, contactId: r.contact_id,
    token: r.token, language: r.language === 'en' ? 'en' : 'ja', email: str(r.email), contactName: r.contact_name,
    accountName: r.account_name, ownerName: str(r.owner_name), workspaceName: r.workspace_name,
  };
}

/**
 * Recipients of one survey to mail now: `invite` = never invited; `remind` = invited at least a
 * day ago, not answered, and not reminded within the last day (so a double click mails no one twice).
 * Rows are locked so two sends at once never mail a recipient twice.
 */
export async function selectMailTargets(tx: Tx, workspaceId: string, surveyId: string, kind: 'invite' | 'remind', now: Date): Promise<MailTarget[]> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const which = kind === 'invite'
    ? sql`r.invited_at is null`
    : sql`r.invited_at <= ${dayAgo}::timestamptz and (r.last_reminded_at is null or r.last_reminded_at <= ${dayAgo}::timestamptz) and ${NOT_ANSWERED}`;
  const rows = await queryRows<TargetRow>(tx, sql`
    select ${TARGET_COLUMNS} from survey_recipients r ${TARGET_JOINS}
    where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid and ${which}
    order by a.sort_key, c.sort_key, r.id
    for update of r`);
  return rows.map(toTarget);
}

export interface DueReminderTarget extends MailTarget {
  survey: DistributionSurvey;
  /** the origin the survey's invitations linked to, when any were sent */
  linkBaseUrl: string | null;
}

/**
 * Across all workspaces, the recipients an automatic reminder is due for at `now`: open surveys
 * with `remind_after_days`, not past their close; invited, not answered, with an email, fewer than
 * `maxReminders` reminders, and the last invitation or reminder at least `remind_after_days` days ago.
 */
export async function selectDueReminders(tx: Tx, now: Date, maxReminders: number, workspaceId?: string): Promise<DueReminderTarget[]> {
  const at = now.toISOString();
  const rows = await queryRows<TargetRow & SurveyRow & { survey_name: string; link_base_url: string | null }>(tx, sql`
    select ${TARGET_COLUMNS}, v.id, v.name as survey_name, v.status, v.languages, v.email_subject, v.email_body, v.remind_after_days,
           ${iso(sql`v.closes_at`)} as closes_at, v.link_base_url
    from survey_recipients r
    join surveys v on v.workspace_id = r.workspace_id and v.id = r.survey_id
    ${TARGET_JOINS}
    where v.status = 'open' and v.remind_after_days is not null
      and (v.closes_at is null or v.closes_at > ${at}::timestamptz)
      ${workspaceId ? sql`and r.workspace_id = ${workspaceId}::uuid` : sql``}
      and r.invited_at is not null and r.reminder_count < ${maxReminders}
      and coalesce(btrim(c.email), '') <> ''
      and coalesce(r.last_reminded_at, r.invited_at) <= ${at}::timestamptz - make_interval(days => v.remind_after_days)
      and ${NOT_ANSWERED}
    order by r.workspace_id, r.survey_id, r.id
    for update of r skip locked`);
  return rows.map((r) => ({ ...toTarget(r), survey: toSurvey({ ...r, name: r.survey_name }), linkBaseUrl: r.link_base_url }));
}

/** Remembers the origin a survey's invitations linked to, for the reminders sent on schedule. */
export async function rememberLinkBase(tx: Tx, workspaceId: string, surveyId: string, baseUrl: string): Promise<void> {
  await tx.execute(sql`update surveys set link_base_url = ${baseUrl}
    where workspace_id = ${workspaceId}::uuid and id = ${surveyId}::uuid and link_base_url is distinct from ${baseUrl}`);
}

export async function markInvited(tx: Tx, workspaceId: string, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`update survey_recipients set invited_at = ${now.toISOString()}::timestamptz
    where workspace_id = ${workspaceId}::uuid and id = any(${pgArray(ids)}::uuid[])`);
}

export async function markReminded(tx: Tx, workspaceId: string, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`update survey_recipients set last_reminded_at = ${now.toISOString()}::timestamptz, reminder_count = reminder_count + 1
    where workspace_id = ${workspaceId}::uuid and id = any(${pgArray(ids)}::uuid[])`);
}
