/** SQL for sales → CS handoffs. Every function takes the workspace id first; no rules here. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { handoffs } from '../../db/schema/journey.js';
import { pgArray } from '../imports/pg-array.js';

export type HandoffRow = typeof handoffs.$inferSelect;
export type NewHandoffRow = typeof handoffs.$inferInsert;

/** A handoff as read for display, with the names around it; instants as ISO strings. */
export interface HandoffEntry {
  id: string;
  accountId: string;
  accountName: string;
  accountOwnerId: string | null;
  accountOwnerName: string | null;
  status: string;
  content: unknown;
  completeness: number;
  authorId: string | null;
  authorName: string | null;
  submittedAt: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
  updatedAt: string;
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Handoffs with their account, the account's owner, the author and the reviewer; `withContent` false leaves content out (lists). */
export async function selectHandoffs(tx: Tx, workspaceId: string, where: SQL, withContent = true): Promise<HandoffEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select h.id, h.account_id, a.name as account_name, a.owner_id as account_owner_id, o.name as account_owner_name,
           h.status, ${withContent ? sql`h.content` : sql`null::jsonb`} as content, h.completeness, h.author_id,
           au.name as author_name, ${iso(sql`h.submitted_at`)} as submitted_at, h.reviewer_id, r.name as reviewer_name,
           ${iso(sql`h.reviewed_at`)} as reviewed_at, h.review_note,
           ${iso(sql`h.created_at`)} as created_at, ${iso(sql`h.updated_at`)} as updated_at
    from handoffs h
    join accounts a on a.workspace_id = h.workspace_id and a.id = h.account_id
    left join users o on o.id = a.owner_id
    left join users au on au.id = h.author_id
    left join users r on r.id = h.reviewer_id
    where h.workspace_id = ${workspaceId}::uuid and (${where})
    order by h.updated_at desc, h.id`);
  return rows.map((r) => ({
    id: r.id as string, accountId: r.account_id as string, accountName: r.account_name as string,
    accountOwnerId: str(r.account_owner_id), accountOwnerName: str(r.account_owner_name), status: r.status as string,
    content: r.content ?? null, completeness: Number(r.completeness), authorId: str(r.author_id), authorName: str(r.author_name),
    submittedAt: str(r.submitted_at), reviewerId: str(r.reviewer_id), reviewerName: str(r.reviewer_name),
    reviewedAt: str(r.reviewed_at), reviewNote: str(r.review_note), createdAt: r.created_at as string, updatedAt: r.updated_at as string,
  }));
}

export async function findHandoff(tx: Tx, workspaceId: string, id: string): Promise<HandoffEntry | null> {
  const [row] = await selectHandoffs(tx, workspaceId, sql`h.id = ${id}::uuid`);
  return row ?? null;
}

export async function findHandoffOfAccount(tx: Tx, workspaceId: string, accountId: string): Promise<HandoffEntry | null> {
  const [row] = await selectHandoffs(tx, workspaceId, sql`h.account_id = ${accountId}::uuid`);
  return row ?? null;
}

/** The handoff's own row, locked for the rest of the transaction. */
export async function findHandoffRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<HandoffRow | null> {
  const [row] = await tx.select().from(handoffs)
    .where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.id, id))).for('update');
  return row ?? null;
}

/**
 * The account's name and owner, locked: one handoff per account is kept by creating it only
 * while holding this lock, so two racing creates see each other.
 */
export async function lockAccount(tx: Tx, workspaceId: string, accountId: string): Promise<{ name: string; ownerId: string | null } | null> {
  const [row] = await queryRows<{ name: string; owner_id: string | null }>(tx, sql`
    select name, owner_id from accounts where workspace_id = ${workspaceId}::uuid and id = ${accountId}::uuid for update`);
  return row ? { name: row.name, ownerId: row.owner_id } : null;
}

export async function handoffIdOfAccount(tx: Tx, workspaceId: string, accountId: string): Promise<string | null> {
  const [row] = await tx.select({ id: handoffs.id }).from(handoffs)
    .where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.accountId, accountId))).limit(1);
  return row?.id ?? null;
}

export async function insertHandoff(tx: Tx, row: NewHandoffRow): Promise<void> {
  await tx.insert(handoffs).values(row);
}

export async function updateHandoffRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewHandoffRow>): Promise<void> {
  await tx.update(handoffs).set(patch).where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.id, id)));
}

/** Which of these ids are contacts of the account. */
export async function contactsOfAccount(tx: Tx, workspaceId: string, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(tx, sql`
    select id from contacts where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid
      and id = any(${pgArray(ids)}::uuid[])`);
  return new Set(rows.map((r) => r.id));
}

/** Members who hear of a submitted handoff: the account's owner, else the workspace's managers (admins when it has none). */
export async function reviewersToNotify(tx: Tx, workspaceId: string, ownerId: string | null): Promise<string[]> {
  if (ownerId) return [ownerId];
  const rows = await queryRows<{ user_id: string; role: string }>(tx, sql`
    select user_id, role from members where workspace_id = ${workspaceId}::uuid and role in ('manager', 'admin')`);
  const managers = rows.filter((r) => r.role === 'manager').map((r) => r.user_id);
  return managers.length > 0 ? managers : rows.map((r) => r.user_id);
}

export interface HandoffHistoryRow {
  event: string;
  at: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

/** The handoff's status history, read from its entries on the account timeline (oldest first). */
export async function handoffHistory(tx: Tx, workspaceId: string, accountId: string, handoffId: string): Promise<HandoffHistoryRow[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select a.event, ${iso(sql`a.occurred_at`)} as at, u.name as actor_name, a.data
    from activities a left join users u on u.id = a.author_id
    where a.workspace_id = ${workspaceId}::uuid and a.account_id = ${accountId}::uuid and a.kind = 'system'
      and a.event like 'handoff.%' and a.data->>'handoffId' = ${handoffId}
    order by a.occurred_at, a.created_at`);
  return rows.map((r) => ({
    event: r.event as string, at: r.at as string, actorName: str(r.actor_name), data: (r.data as Record<string, unknown> | null) ?? {},
  }));
}

/** What Kizuna already knows to start a handoff with: the account's plan and renewal, its lines, its key contacts. */
export async function loadPrefillFacts(tx: Tx, workspaceId: string, accountId: string) {
  const [account] = await queryRows<Record<string, unknown>>(tx, sql`
    select a.plan, a.mrr, a.renewal_date::text as renewal_date, w.base_currency,
           (select min(s.started_on)::text from subscriptions s where s.workspace_id = a.workspace_id and s.account_id = a.id) as started_on,
           (select sum(s.quantity) from subscriptions s where s.workspace_id = a.workspace_id and s.account_id = a.id
              and s.status in ('active', 'past_due')) as seats
    from accounts a join workspaces w on w.id = a.workspace_id
    where a.workspace_id = ${workspaceId}::uuid and a.id = ${accountId}::uuid`);
  const contacts = await queryRows<{ id: string; name: string; title: string | null; role: string | null; notes: string | null }>(tx, sql`
    select id, name, title, role, notes from contacts
    where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid
      and role in ('decision_maker', 'champion', 'project_member')
    order by created_at, id`);
  return {
    plan: str(account?.plan), mrr: Number(account?.mrr ?? 0), renewalOn: str(account?.renewal_date),
    currency: str(account?.base_currency) ?? 'JPY', startOn: str(account?.started_on),
    seats: account?.seats === null || account?.seats === undefined ? null : Number(account.seats), contacts,
  };
}

export async function userName(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(tx, sql`select name from users where id = ${userId}::uuid`);
  return row?.name ?? null;
}

/** Handed-off accounts (drafts excluded) split by whether the handoff was submitted before `day` (UTC). */
export async function handoffsSubmittedBefore(tx: Tx, workspaceId: string, day: string) {
  const rows = await queryRows<{ account_id: string; completeness: number; before: boolean }>(tx, sql`
    select account_id, completeness, (submitted_at < ${day}::timestamp at time zone 'UTC') as before from handoffs
    where workspace_id = ${workspaceId}::uuid and status <> 'draft' and submitted_at is not null`);
  return {
    before: rows.filter((r) => r.before).map((r) => ({ accountId: r.account_id, completeness: Number(r.completeness) })),
    tooRecent: rows.filter((r) => !r.before).length,
  };
}
