/** /api/v1/audit — every write, newest first, for admins and managers. */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonResponse, principalOf } from '../../http/route.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { listAudit } from './store.js';

const AuditEntry = z.object({
  id: z.uuid(), at: z.string(), actorType: z.string(), actorId: z.string().nullable(), actorName: z.string().nullable(),
  action: z.string(), entity: z.string(), entityId: z.string().nullable(), changes: z.record(z.string(), z.unknown()).nullable(),
}).openapi('AuditEntry');

export function auditRoutes() {
  const app = newRouter();
  app.openapi(guardedRoute('audit.read', {
    method: 'get', path: '/audit', tags: ['audit'], summary: 'The audit log (who changed what, when)',
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), cursor: z.string().optional() }) },
    responses: { 200: jsonResponse(z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() }), 'Entries') },
  }), async (c) => {
    const p = principalOf(c);
    const { limit, cursor } = c.req.valid('query');
    const decoded = cursor ? decodeCursor(cursor) : null;
    const rows = await listAudit(c.var.deps.database.db, p.workspaceId, {
      limit: limit + 1,
      ...(decoded ? { before: { at: new Date(String(decoded.value)), id: decoded.id } } : {}),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return c.json({
      items: page.map((r) => ({
        id: r.id, at: r.at.toISOString(), actorType: r.actorType, actorId: r.actorId, actorName: r.actorName,
        action: r.action, entity: r.entity, entityId: r.entityId, changes: r.changes,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.at.toISOString(), id: last.id }) : null,
    }, 200);
  });
  return app;
}
