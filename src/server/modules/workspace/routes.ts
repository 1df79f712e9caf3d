/** /api/v1/workspace — name, base currency, fiscal year start, exchange rates. */
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { workspaces } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { refreshAccountRevenue } from '../subscriptions/account-revenue.js';

const Currency = z.enum(SUPPORTED_CURRENCIES as [string, ...string[]]);
const Workspace = z.object({
  id: z.uuid(), name: z.string(), baseCurrency: z.string(), fiscalYearStartMonth: z.number().int(),
  exchangeRates: z.record(z.string(), z.number()),
}).openapi('Workspace');
const UpdateWorkspaceInput = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  baseCurrency: Currency.optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  exchangeRates: z.partialRecord(Currency, z.number().positive()).optional()
    .openapi({ description: 'base-currency units per unit of each other currency, e.g. {"USD": 150}' }),
}).openapi('UpdateWorkspaceInput');

export function workspaceRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/workspace', tags: ['workspace'], summary: 'Workspace settings',
    responses: { 200: jsonResponse(Workspace, 'Settings') },
  }), async (c) => {
    const [row] = await c.var.deps.database.db.select().from(workspaces).where(eq(workspaces.id, principalOf(c).workspaceId));
    if (!row) throw new AppError('workspace.not_found');
    return c.json({ id: row.id, name: row.name, baseCurrency: row.baseCurrency, fiscalYearStartMonth: row.fiscalYearStartMonth, exchangeRates: row.exchangeRates }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'patch', path: '/workspace', tags: ['workspace'], summary: 'Change workspace settings (account MRR is re-converted)',
    request: { body: jsonBody(UpdateWorkspaceInput) },
    responses: { 204: { description: 'Saved' } },
  }), async (c) => {
    const p = principalOf(c);
    const input = c.req.valid('json');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const [current] = await tx.select().from(workspaces).where(eq(workspaces.id, p.workspaceId));
      if (!current) throw new AppError('workspace.not_found');
      const changes = diffRecords(current as unknown as Record<string, unknown>, input);
      if (Object.keys(changes).length === 0) return;
      const { exchangeRates, ...rest } = input;
      await tx.update(workspaces)
        .set({ ...rest, ...(exchangeRates ? { exchangeRates: exchangeRates as Record<string, number> } : {}) })
        .where(eq(workspaces.id, p.workspaceId));
      if (changes.baseCurrency || changes.exchangeRates) await refreshAccountRevenue(tx, p.workspaceId, null);
      await recordAudit(tx, p, { action: 'update', entity: 'workspace', entityId: p.workspaceId, changes }, now);
    });
    return c.body(null, 204);
  });
  return app;
}
