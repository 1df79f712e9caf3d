/** SQL for the account timeline. Every function takes the workspace id first; nothing here decides rules. */
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { activities, contacts, users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import type { Activity, ListTimelineQuery } from './schema.js';

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivityRow = typeof activities.$inferInsert;

export interface ActivityEntry {
  row: ActivityRow;
  contactName: string | null;
  authorName: string | null;
}

function selectEntries(tx: Tx) {
  return tx
    .select({
      row: activities,
      contactName: contacts.name,
      authorName: users.name,
      // The exact stored instant as text, so a cursor never loses the microseconds a JS Date would drop.
      cursorKey: sql<string>`to_char(${activities.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(activities)
    .leftJoin(contacts, and(eq(contacts.workspaceId, activities.workspaceId), eq(contacts.id, activities.contactId)))
    .leftJoin(users, eq(users.id, activities.authorId));
}

/** One page of an account's timeline, newest first, on activities_account_idx. */
export async function listTimeline(tx: Tx, workspaceId: string, accountId: string, query: ListTimelineQuery) {
  const where: SQL[] = [sql`${activities.workspaceId} = ${workspaceId}`, sql`${activities.accountId} = ${accountId}`];
  if (query.kind) where.push(sql`${activities.kind} = ${query.kind}`);
  if (query.cursor) {
    const cursor = readCursor(query.cursor);
    where.push(sql`(${activities.occurredAt}, ${activities.id}) < (${cursor.value}::timestamptz, ${cursor.id}::uuid)`);
  }
  const rows = await selectEntries(tx)
    .where(and(...where))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page as ActivityEntry[],
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: last.cursorKey, id: last.row.id }) : null,
  };
}

export async function findActivity(tx: Tx, workspaceId: string, id: string): Promise<ActivityEntry | null> {
  const [row] = await selectEntries(tx).where(and(eq(activities.workspaceId, workspaceId), eq(activities.id, id)));
  return row ?? null;
}

export async function findActivityRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<ActivityRow | null> {
  const [row] = await tx.select().from(activities)
    .where(and(eq(activities.workspaceId, workspaceId), eq(activities.id, id))).for('update');
  return row ?? null;
}

export async function isContactOfAccount(tx: Tx, workspaceId: string, accountId: string, contactId: string): Promise<boolean> {
  const [row] = await tx.select({ id: contacts.id }).from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.accountId, accountId), eq(contacts.id, contactId))).limit(1);
  return Boolean(row);
}

export async function insertActivity(tx: Tx, row: NewActivityRow): Promise<void> {
  await tx.insert(activities).values(row);
}

export async function updateActivityRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewActivityRow>): Promise<void> {
  await tx.update(activities).set(patch).where(and(eq(activities.workspaceId, workspaceId), eq(activities.id, id)));
}

export async function deleteActivityRows(tx: Tx, workspaceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(activities).where(and(eq(activities.workspaceId, workspaceId), inArray(activities.id, ids)));
}

export function presentActivity(entry: ActivityEntry): Activity {
  const r = entry.row;
  return {
    id: r.id, accountId: r.accountId, contactId: r.contactId, contactName: entry.contactName, kind: r.kind as Activity['kind'],
    occurredAt: r.occurredAt.toISOString(), authorId: r.authorId, authorName: entry.authorName, subject: r.subject,
    body: r.body, event: r.event, data: r.data ?? null, createdAt: r.createdAt.toISOString(),
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor of this list: a stored instant and an activity id (anything else would reach SQL as a bad cast). */
function readCursor(text: string): { value: string; id: string } {
  const cursor = decodeCursor(text);
  if (typeof cursor.value !== 'string' || !INSTANT.test(cursor.value) || !UUID.test(cursor.id)) {
    throw new AppError('request.invalid', { fields: [{ path: 'cursor', message: 'not a cursor returned by this API' }] });
  }
  return { value: cursor.value, id: cursor.id };
}
