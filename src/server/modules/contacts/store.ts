/** SQL for contacts. Every function takes the workspace id first; nothing here decides rules. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { accounts, activities, contacts } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { foldForSearch } from '../../../domain/text/normalize.js';
import type { Contact, ListContactsQuery } from './schema.js';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;

export interface ContactEntry {
  row: ContactRow;
  accountName: string;
  /** ISO timestamp of the latest manual activity with the person, not after `now` */
  lastContactAt: string | null;
}

/** Executives first, then managers, then end users, then people whose level is not known. */
const LEVEL_RANK = sql`case c.level when 'executive' then 0 when 'manager' then 1 when 'end_user' then 2 else 3 end`;

/** One page of contacts across the workspace, by reading (gojūon) then id. */
export async function listContacts(tx: Tx, workspaceId: string, query: ListContactsQuery, now: Date) {
  const where: SQL[] = [sql`c.workspace_id = ${workspaceId}`];
  if (query.q) where.push(sql`c.search_text like ${'%' + escapeLike(foldForSearch(query.q)) + '%'}`);
  if (query.accountId) where.push(sql`c.account_id = ${query.accountId}`);
  if (query.level) where.push(sql`c.level = ${query.level}`);
  if (query.role) where.push(sql`c.role = ${query.role}`);
  if (query.cursor) {
    const cursor = readCursor(query.cursor);
    where.push(sql`(c.sort_key collate "C", c.id) > (${cursor.value}::text collate "C", ${cursor.id}::uuid)`);
  }
  const rows = await queryRows<{ id: string }>(tx, sql`
    select c.id from contacts c
    where ${sql.join(where, sql` and `)}
    order by c.sort_key collate "C", c.id
    limit ${query.limit + 1}`);
  const page = await loadContacts(tx, workspaceId, rows.slice(0, query.limit).map((r) => r.id), now);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: last.row.sortKey, id: last.row.id }) : null,
  };
}

/** Every contact of one account, for the stakeholder map: by level, then reading. */
export async function listAccountContacts(tx: Tx, workspaceId: string, accountId: string, now: Date) {
  const rows = await queryRows<{ id: string }>(tx, sql`
    select c.id from contacts c
    where c.workspace_id = ${workspaceId} and c.account_id = ${accountId}
    order by ${LEVEL_RANK}, c.sort_key collate "C", c.id`);
  return loadContacts(tx, workspaceId, rows.map((r) => r.id), now);
}

/** Contacts by id, in the order given, with their account's name and last contact. */
export async function loadContacts(tx: Tx, workspaceId: string, ids: string[], now: Date): Promise<ContactEntry[]> {
  if (ids.length === 0) return [];
  // Correlated on (workspace, account): the subquery walks activities_account_idx, not the whole workspace.
  const lastContactAt = sql<string | null>`(
    select to_char(max(x.occurred_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from activities x
    where x.workspace_id = ${contacts.workspaceId} and x.account_id = ${contacts.accountId}
      and x.contact_id = ${contacts.id} and x.kind <> 'system' and x.occurred_at <= ${now.toISOString()}::timestamptz)`;
  const rows = await tx
    .select({ row: contacts, accountName: accounts.name, lastContactAt })
    .from(contacts)
    .innerJoin(accounts, and(eq(accounts.workspaceId, contacts.workspaceId), eq(accounts.id, contacts.accountId)))
    .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids)));
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findContact(tx: Tx, workspaceId: string, id: string, now: Date): Promise<ContactEntry | null> {
  const [entry] = await loadContacts(tx, workspaceId, [id], now);
  return entry ?? null;
}

/** The contact's own row, locked for the rest of the transaction. */
export async function findContactRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<ContactRow | null> {
  const [row] = await tx.select().from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id))).for('update');
  return row ?? null;
}

export async function insertContact(tx: Tx, row: NewContactRow): Promise<void> {
  await tx.insert(contacts).values(row);
}

export async function updateContactRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewContactRow>): Promise<void> {
  await tx.update(contacts).set(patch).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)));
}

/**
 * Delete a contact and detach it from its account's timeline: activities.contact_id has no
 * foreign key (activities outlive the people in them), so it is cleared here instead.
 */
export async function deleteContactRow(tx: Tx, workspaceId: string, id: string) {
  const [deleted] = await tx.delete(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning({ accountId: contacts.accountId, name: contacts.name });
  if (!deleted) return null;
  await tx.update(activities).set({ contactId: null })
    .where(and(eq(activities.workspaceId, workspaceId), eq(activities.accountId, deleted.accountId), eq(activities.contactId, id)));
  return deleted;
}

export function presentContact(entry: ContactEntry): Contact {
  const r = entry.row;
  return {
    id: r.id, accountId: r.accountId, accountName: entry.accountName, externalId: r.externalId, name: r.name,
    nameReading: r.nameReading, email: r.email, phone: r.phone, title: r.title,
    level: r.level as Contact['level'], role: r.role as Contact['role'], notes: r.notes, cadenceDays: r.cadenceDays,
    channel: r.channel as Contact['channel'], customFields: r.customFields, lastContactAt: entry.lastContactAt,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor of this list: a sort key and a contact id (anything else would reach SQL as a bad cast). */
function readCursor(text: string): { value: string; id: string } {
  const cursor = decodeCursor(text);
  if (typeof cursor.value !== 'string' || !UUID.test(cursor.id)) {
    throw new AppError('request.invalid', { fields: [{ path: 'cursor', message: 'not a cursor returned by this API' }] });
  }
  return { value: cursor.value, id: cursor.id };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
