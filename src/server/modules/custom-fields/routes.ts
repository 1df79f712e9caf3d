/** /api/v1/custom-fields — the extra fields a workspace defines on accounts and contacts. */
import { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { customFieldDefs } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { CUSTOM_FIELD_TYPES } from '../../../domain/accounts/fields.js';
import { recordAudit } from '../audit/store.js';

const Entity = z.enum(['account', 'contact']);
const CustomField = z.object({
  entity: Entity,
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter'),
  labelJa: z.string().trim().min(1).max(80),
  labelEn: z.string().trim().min(1).max(80),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.string().trim().min(1)).max(100).nullable().optional(),
}).openapi('CustomField');
const KeyParams = z.object({
  entity: Entity.openapi({ param: { name: 'entity', in: 'path' } }),
  key: z.string().openapi({ param: { name: 'key', in: 'path' } }),
});

export function customFieldRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/custom-fields', tags: ['custom-fields'], summary: 'Custom field definitions',
    responses: { 200: jsonResponse(z.object({ items: z.array(CustomField) }), 'Definitions') },
  }), async (c) => {
    const rows = await c.var.deps.database.db.select().from(customFieldDefs)
      .where(eq(customFieldDefs.workspaceId, principalOf(c).workspaceId)).orderBy(customFieldDefs.entity, customFieldDefs.createdAt);
    return c.json({ items: rows.map((r) => ({ entity: r.entity as 'account', key: r.key, labelJa: r.labelJa, labelEn: r.labelEn, type: r.type as 'text', options: r.options })) }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'post', path: '/custom-fields', tags: ['custom-fields'], summary: 'Define a custom field',
    request: { body: jsonBody(CustomField) },
    responses: { 201: { description: 'Defined' } },
  }), async (c) => {
    const p = principalOf(c);
    const input = c.req.valid('json');
    if (input.type === 'select' && !(input.options?.length)) {
      throw new AppError('request.invalid', { fields: [{ path: 'options', message: 'a select field needs at least one option' }] });
    }
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const inserted = await tx.insert(customFieldDefs).values({ workspaceId: p.workspaceId, ...input, options: input.options ?? null, createdAt: now })
        .onConflictDoNothing().returning({ key: customFieldDefs.key });
      if (inserted.length === 0) throw new AppError('custom_field.exists', { fields: [{ path: 'key', message: 'is already defined' }] });
      await recordAudit(tx, p, { action: 'create', entity: 'custom_field', entityId: `${input.entity}.${input.key}`, changes: input }, now);
    });
    return c.body(null, 201);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'delete', path: '/custom-fields/{entity}/{key}', tags: ['custom-fields'], summary: 'Remove a definition (stored values stay in the records)',
    request: { params: KeyParams },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    const p = principalOf(c);
    const { entity, key } = c.req.valid('param');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const deleted = await tx.delete(customFieldDefs)
        .where(and(eq(customFieldDefs.workspaceId, p.workspaceId), eq(customFieldDefs.entity, entity), eq(customFieldDefs.key, key)))
        .returning({ key: customFieldDefs.key });
      if (deleted.length === 0) throw new AppError('custom_field.not_found', { detail: `No custom field ${entity}.${key}` });
      await recordAudit(tx, p, { action: 'delete', entity: 'custom_field', entityId: `${entity}.${key}` }, now);
    });
    return c.body(null, 204);
  });
  return app;
}
