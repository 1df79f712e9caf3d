/** /api/v1/api-keys — per-workspace keys, shown once at creation and stored hashed. */
import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { apiKeys } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import { API_KEY_SCOPES } from '../../../domain/people/roles.js';
import { formatApiKey, hashSecret, newSecret } from '../../auth/tokens.js';
import { recordAudit } from '../audit/store.js';

const tags = ['api-keys'];
const ApiKey = z.object({
  id: z.uuid(), name: z.string(), scope: z.enum(API_KEY_SCOPES), prefix: z.string(),
  createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
}).openapi('ApiKey');
const CreateApiKeyInput = z.object({ name: z.string().trim().min(1).max(100), scope: z.enum(API_KEY_SCOPES) }).openapi('CreateApiKeyInput');

export function apiKeyRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('workspace.admin', {
    method: 'get', path: '/api-keys', tags, summary: 'API keys of the workspace (never the secrets)',
    responses: { 200: jsonResponse(z.object({ items: z.array(ApiKey) }), 'Keys') },
  }), async (c) => {
    const rows = await c.var.deps.database.db.select().from(apiKeys)
      .where(eq(apiKeys.workspaceId, principalOf(c).workspaceId)).orderBy(desc(apiKeys.createdAt));
    return c.json({
      items: rows.map((r) => ({
        id: r.id, name: r.name, scope: r.scope as (typeof API_KEY_SCOPES)[number], prefix: r.prefix,
        createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null,
      })),
    }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'post', path: '/api-keys', tags, summary: 'Create a key; the secret is in this response only',
    request: { body: jsonBody(CreateApiKeyInput) },
    responses: { 201: jsonResponse(z.object({ id: z.uuid(), key: z.string() }), 'The key, shown once') },
  }), async (c) => {
    const p = principalOf(c);
    const input = c.req.valid('json');
    const now = c.var.deps.now();
    const id = randomUUID();
    const key = formatApiKey(p.workspaceId, newSecret());
    await c.var.deps.database.db.transaction(async (tx) => {
      await tx.insert(apiKeys).values({
        workspaceId: p.workspaceId, id, name: input.name, scope: input.scope, prefix: `${key.slice(0, 10)}…${key.slice(-4)}`,
        keyHash: hashSecret(key), createdBy: p.userId, createdAt: now,
      });
      await recordAudit(tx, p, { action: 'create', entity: 'api_key', entityId: id, changes: { name: input.name, scope: input.scope } }, now);
    });
    return c.json({ id, key }, 201);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'delete', path: '/api-keys/{id}', tags, summary: 'Revoke a key',
    request: { params: IdParam },
    responses: { 204: { description: 'Revoked' } },
  }), async (c) => {
    const p = principalOf(c);
    const { id } = c.req.valid('param');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const revoked = await tx.update(apiKeys).set({ revokedAt: now })
        .where(and(eq(apiKeys.workspaceId, p.workspaceId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id });
      if (revoked.length === 0) throw notFound('api_key.not_found', id);
      await recordAudit(tx, p, { action: 'revoke', entity: 'api_key', entityId: id }, now);
    });
    return c.body(null, 204);
  });

  return app;
}
