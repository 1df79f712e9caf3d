/** /api/v1/health/settings — login event names and when a CSM sentiment goes stale. */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { healthSettings } from '../../db/schema/index.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { recordAudit } from '../audit/store.js';
import { loadHealthSettings } from './scorecard-store.js';

const HealthSettings = z.object({
  loginEvents: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
  sentimentStaleDays: z.number().int().min(1).max(365),
}).openapi('HealthSettings');

export function healthSettingsRoutes() {
  const app = newRouter();
  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/health/settings', tags: ['health'], summary: 'Health settings',
    responses: { 200: jsonResponse(HealthSettings, 'Settings') },
  }), async (c) => c.json(await loadHealthSettings(c.var.deps.database.db, principalOf(c).workspaceId), 200));

  app.openapi(guardedRoute('health.configure', {
    method: 'put', path: '/health/settings', tags: ['health'], summary: 'Change health settings (scores follow within a second)',
    request: { body: jsonBody(HealthSettings) },
    responses: { 200: jsonResponse(HealthSettings, 'Saved') },
  }), async (c) => {
    const principal = principalOf(c);
    const input = c.req.valid('json');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      await tx.insert(healthSettings).values({ workspaceId: principal.workspaceId, ...input, updatedAt: now })
        .onConflictDoUpdate({ target: healthSettings.workspaceId, set: { ...input, updatedAt: now } });
      await recordAudit(tx, principal, { action: 'update', entity: 'health_settings', entityId: principal.workspaceId, changes: input }, now);
    });
    return c.json(input, 200);
  });
  return app;
}
