/**
 * /api/v1 success roadmap — phases and checklist templates (journey.configure), an account's
 * journey with moves, pins and checklist ticks (data.write), and the roadmap report (data.read).
 */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { AppError } from '../../errors.js';
import { csvResponse, moneyCell, rateCell, toCsv } from '../metrics/csv.js';
import {
  AccountJourney, ChecklistItemInput, CreatePhaseInput, FunnelReport, MovePhaseInput, PeriodQuery, PhaseList, PinInput, ReorderInput, TickInput,
  UpdateChecklistItemInput, UpdatePhaseInput,
} from './schema.js';
import {
  addChecklistItem, createPhase, deleteChecklistItem, deletePhase, reorderPhases, updateChecklistItem, updatePhase,
} from './phase-commands.js';
import { loadAccountJourney, movePhase, pinPhase, tickChecklist } from './account-journey.js';
import { loadFunnelReport } from './funnel-report.js';
import { listPhases } from './list-phases.js';

const tags = ['success roadmap'];
const Changed = z.object({ changed: z.boolean() });
const DAY = 86_400_000;

function periodOf(q: { from?: string; to?: string }, now: Date) {
  const to = q.to ?? now.toISOString().slice(0, 10);
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 364 * DAY).toISOString().slice(0, 10);
  if (from > to) throw new AppError('request.invalid', { detail: 'The period ends before it starts.', fields: [{ path: 'from', message: 'must not be after to' }] });
  return { from, to };
}

export function phaseRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/phases', tags, summary: 'The roadmap: phases in order with their criteria, checklists and accounts now (defaults on first use)',
    responses: { 200: jsonResponse(PhaseList, 'Phases') },
  }), async (c) => c.json({ items: await listPhases(c.var.deps.database.db, principalOf(c).workspaceId, c.var.deps.now()) }, 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/phases', tags, summary: 'Add a phase at the end of the roadmap',
    request: { body: jsonBody(CreatePhaseInput) },
    responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Created') },
  }), async (c) => c.json({ id: await createPhase(c.var.deps.database.db, principalOf(c), c.req.valid('json'), c.var.deps.now()) }, 201));

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/phases/reorder', tags, summary: 'Put the phases in a new order (list every phase id once)',
    request: { body: jsonBody(ReorderInput) },
    responses: { 204: { description: 'Reordered' } },
  }), async (c) => {
    await reorderPhases(c.var.deps.database.db, principalOf(c), c.req.valid('json').ids, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'patch', path: '/phases/{id}', tags, summary: 'Change a phase: name, description, entry criterion, onboarding flag',
    request: { params: IdParam, body: jsonBody(UpdatePhaseInput) },
    responses: { 204: { description: 'Saved' } },
  }), async (c) => {
    await updatePhase(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/phases/{id}', tags, summary: 'Delete a phase no account is in (its checklist goes with it)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deletePhase(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/phases/{id}/checklist-items', tags, summary: "Add an item to a phase's checklist",
    request: { params: IdParam, body: jsonBody(ChecklistItemInput) },
    responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Created') },
  }), async (c) => c.json({ id: await addChecklistItem(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()) }, 201));

  app.openapi(guardedRoute('journey.configure', {
    method: 'patch', path: '/checklist-items/{id}', tags, summary: 'Change a checklist item',
    request: { params: IdParam, body: jsonBody(UpdateChecklistItemInput) },
    responses: { 204: { description: 'Saved' } },
  }), async (c) => {
    await updateChecklistItem(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/checklist-items/{id}', tags, summary: 'Remove a checklist item (and its ticks)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteChecklistItem(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/journey', tags, summary: "An account's phase, the next phase's criterion evaluated now, its checklists and transitions",
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountJourney, 'The journey') },
  }), async (c) => c.json(await loadAccountJourney(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()) as z.infer<typeof AccountJourney>, 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/phase', tags, summary: 'Move an account to a phase by hand, with a reason; pins it there',
    request: { params: IdParam, body: jsonBody(MovePhaseInput) },
    responses: { 200: jsonResponse(Changed, 'Whether it moved') },
  }), async (c) => c.json({ changed: await movePhase(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()) }, 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/phase/pin', tags, summary: 'Pin an account in its phase, or unpin it so rules move it again',
    request: { params: IdParam, body: jsonBody(PinInput) },
    responses: { 200: jsonResponse(Changed, 'Whether the pin changed') },
  }), async (c) => c.json({ changed: await pinPhase(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()) }, 200));

  app.openapi(guardedRoute('data.write', {
    method: 'put', path: '/accounts/{id}/checklist', tags, summary: 'Tick or untick a checklist item for an account',
    request: { params: IdParam, body: jsonBody(TickInput) },
    responses: { 200: jsonResponse(Changed, 'Whether it changed') },
  }), async (c) => {
    const { itemId, done } = c.req.valid('json');
    return c.json({ changed: await tickChecklist(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, itemId, done, c.var.deps.now()) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/phases/report', tags, summary: 'Accounts and ARR per phase, conversion, time in phase, onboarding completion (JSON or CSV)',
    request: { query: PeriodQuery },
    responses: { 200: { description: 'The report', content: { 'application/json': { schema: FunnelReport }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const q = c.req.valid('query');
    const now = c.var.deps.now();
    const report = await loadFunnelReport(c.var.deps.database.db, principalOf(c).workspaceId, periodOf(q, now), now);
    if (q.format !== 'csv') return c.json(report, 200);
    const time = new Map(report.timeInPhase.map((t) => [t.phase, t]));
    const conv = new Map(report.conversions.map((x) => [x.from, x]));
    return csvResponse('phases.csv', toCsv(
      ['phase_key', 'phase', 'accounts', 'arr', 'currency', 'entered_in_period', 'converted_to_next', 'conversion_rate',
        'completed_stays', 'median_days', 'p75_days', 'current_stays', 'current_median_days', 'from', 'to'],
      report.phases.map((p) => {
        const t = time.get(p.key);
        const x = conv.get(p.key);
        return [p.key, p.name, p.accounts, moneyCell(p.arr, report.currency), report.currency, p.entered, x?.converted ?? null, rateCell(x?.rate ?? null),
          t?.completed ?? 0, t?.medianDays ?? null, t?.p75Days ?? null, t?.current ?? 0, t?.currentMedianDays ?? null, report.from, report.to];
      }),
    ));
  });

  return app;
}
