/** The signed-in member's notifications: the bell's list and unread count, and marking them read. */
import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { AppError } from '../../errors.js';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';

const tags = ['notifications'];

const Notification = z.object({
  id: z.uuid(),
  kind: z.string(),
  accountId: z.uuid().nullable(),
  accountName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
}).openapi('Notification');

const NotificationList = z.object({ items: z.array(Notification), unreadCount: z.number().int() }).openapi('NotificationList');

const ListQuery = z.object({
  unread: z.enum(['true', 'false']).optional().openapi({ description: 'true: unread only' }),
  limit: z.coerce.number().int().min(1).max(200).default(30),
});

const ReadInput = z.object({
  ids: z.array(z.uuid()).max(500).optional().openapi({ description: 'these notifications' }),
  all: z.literal(true).optional().openapi({ description: 'every notification of mine' }),
}).openapi('MarkNotificationsRead');

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

async function unreadCount(tx: Tx, workspaceId: string, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql`
    select count(*)::int as n from notifications
    where workspace_id = ${workspaceId}::uuid and user_id = ${userId}::uuid and read_at is null`);
  return Number(row?.n ?? 0);
}

function userOf(p: ReturnType<typeof principalOf>): string {
  if (!p.userId) throw new AppError('auth.forbidden', { detail: 'Notifications belong to people; API keys have none.' });
  return p.userId;
}

export function notificationRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/notifications', tags, summary: 'My notifications, newest first, with the unread count',
    request: { query: ListQuery },
    responses: { 200: jsonResponse(NotificationList, 'Notifications') },
  }), async (c) => {
    const p = principalOf(c);
    const userId = userOf(p);
    const { unread, limit } = c.req.valid('query');
    const { db } = c.var.deps.database;
    const rows = await queryRows<{ id: string; kind: string; account_id: string | null; account_name: string | null; data: Record<string, unknown>; link: string | null; created_at: string; read_at: string | null }>(db, sql`
      select n.id, n.kind, n.account_id, a.name as account_name, n.data, n.link, ${iso('n.created_at')} as created_at, ${iso('n.read_at')} as read_at
      from notifications n left join accounts a on a.workspace_id = n.workspace_id and a.id = n.account_id
      where n.workspace_id = ${p.workspaceId}::uuid and n.user_id = ${userId}::uuid ${unread === 'true' ? sql`and n.read_at is null` : sql``}
      order by n.created_at desc, n.id limit ${limit}`);
    return c.json({
      items: rows.map((r) => ({ id: r.id, kind: r.kind, accountId: r.account_id, accountName: r.account_name, data: r.data ?? {}, link: r.link, createdAt: r.created_at, readAt: r.read_at })),
      unreadCount: await unreadCount(db, p.workspaceId, userId),
    }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/notifications/read', tags, summary: 'Mark some or all of my notifications read',
    request: { body: jsonBody(ReadInput) },
    responses: { 200: jsonResponse(z.object({ unreadCount: z.number().int() }), 'The unread count after') },
  }), async (c) => {
    const p = principalOf(c);
    const userId = userOf(p);
    const { ids, all } = c.req.valid('json');
    if (!all && (!ids || ids.length === 0)) {
      throw new AppError('request.invalid', { fields: [{ path: 'ids', message: 'give ids, or all: true' }] });
    }
    const { db } = c.var.deps.database;
    // Reading one's own notifications is not a change to workspace data: no audit row.
    await db.execute(sql`
      update notifications set read_at = ${c.var.deps.now().toISOString()}::timestamptz
      where workspace_id = ${p.workspaceId}::uuid and user_id = ${userId}::uuid and read_at is null
        ${all ? sql`` : sql`and id = any(${pgArray(ids ?? [])}::uuid[])`}`);
    return c.json({ unreadCount: await unreadCount(db, p.workspaceId, userId) }, 200);
  });

  return app;
}
