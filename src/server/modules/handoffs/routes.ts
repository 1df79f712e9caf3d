/** /api/v1 handoffs — thin: parse, authorise (by the route guard), call one use case, present. */
import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { findAccount } from '../accounts/store.js';
import { csvResponse } from '../metrics/csv.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { createHandoff, reviewHandoff, submitHandoff, updateHandoff } from './handoff-commands.js';
import { buildHandoffReport } from './handoff-report.js';
import { handoffListCsv, handoffReportCsv, summariseList } from './handoff-csv.js';
import { presentHandoff, presentHandoffDetail } from './present-handoff.js';
import { HandoffReportQuery, HandoffReportSchema } from './report-schema.js';
import {
  AcceptHandoffInput, AccountHandoff, CreateHandoffInput, HandoffDetail, HandoffList, HandoffListQuery, ReturnHandoffInput, UpdateHandoffInput,
} from './schema.js';
import { findHandoff, findHandoffOfAccount, handoffHistory, selectHandoffs, type HandoffEntry } from './store.js';

const tags = ['handoffs'];
const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  description, content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
});

async function detailOf(db: Db, workspaceId: string, entry: HandoffEntry) {
  return presentHandoffDetail(entry, await handoffHistory(db, workspaceId, entry.accountId, entry.id));
}

async function detailById(db: Db, workspaceId: string, id: string) {
  const entry = await findHandoff(db, workspaceId, id);
  if (!entry) throw notFound('handoff.not_found', id);
  return detailOf(db, workspaceId, entry);
}

export function handoffRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/handoffs', tags, summary: 'Handoffs across accounts: status, completeness, by sales rep',
    request: { query: HandoffListQuery },
    responses: { 200: jsonOrCsv(HandoffList, 'Handoffs, most recently changed first') },
  }), async (c) => {
    const q = c.req.valid('query');
    const p = principalOf(c);
    const where = q.authorId ? sql`h.author_id = ${q.authorId}::uuid` : sql`true`;
    const all = (await selectHandoffs(c.var.deps.database.db, p.workspaceId, where, false)).map((e) => presentHandoff(e));
    const list = summariseList(all, q);
    return q.format === 'csv' ? csvResponse(`handoffs-${utcDateOf(c.var.deps.now())}.csv`, handoffListCsv(list.items)) : c.json(list, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/handoffs/report', tags, summary: 'Handoff completeness against later monthly revenue churn and NRR, by band',
    request: { query: HandoffReportQuery },
    responses: { 200: jsonOrCsv(HandoffReportSchema, 'The bands with their metrics and the survey\'s figures') },
  }), async (c) => {
    const q = c.req.valid('query');
    const report = await buildHandoffReport(c.var.deps.database.db, principalOf(c).workspaceId, q, utcDateOf(c.var.deps.now()));
    return q.format === 'csv' ? csvResponse(`handoff-report-${report.from}-${report.to}.csv`, handoffReportCsv(report)) : c.json(report, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/handoffs/{id}', tags, summary: 'One handoff with its content, completeness and history',
    request: { params: IdParam },
    responses: { 200: jsonResponse(HandoffDetail, 'The handoff') },
  }), async (c) => c.json(await detailById(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/handoff', tags, summary: "The account's handoff, or null when sales has not started one",
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountHandoff, 'The handoff or null') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const accountId = c.req.valid('param').id;
    if (!(await findAccount(db, ws, accountId))) throw notFound('account.not_found', accountId);
    const entry = await findHandoffOfAccount(db, ws, accountId);
    return c.json({ handoff: entry ? await detailOf(db, ws, entry) : null }, 200);
  });

  app.openapi(guardedRoute('handoff.write', {
    method: 'post', path: '/accounts/{id}/handoff', tags, summary: 'Start the account\'s handoff as a draft (one per account)',
    request: { params: IdParam, body: jsonBody(CreateHandoffInput) },
    responses: { 201: jsonResponse(HandoffDetail, 'The new draft') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createHandoff(db, p, c.req.valid('param').id, c.req.valid('json').content, c.var.deps.now());
    return c.json(await detailById(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('handoff.write', {
    method: 'patch', path: '/handoffs/{id}', tags, summary: 'Edit a draft or returned handoff (the whole content)',
    request: { params: IdParam, body: jsonBody(UpdateHandoffInput) },
    responses: { 200: jsonResponse(HandoffDetail, 'The handoff with its new completeness') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateHandoff(db, p, c.req.valid('param').id, c.req.valid('json').content, c.var.deps.now());
    return c.json(await detailById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('handoff.write', {
    method: 'post', path: '/handoffs/{id}/submit', tags, summary: 'Submit (or resubmit after a return) the handoff to CS',
    request: { params: IdParam },
    responses: { 200: jsonResponse(HandoffDetail, 'The submitted handoff') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await submitHandoff(db, p, c.req.valid('param').id, c.var.deps.now());
    return c.json(await detailById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('handoff.review', {
    method: 'post', path: '/handoffs/{id}/accept', tags, summary: 'CS accepts the submitted handoff',
    request: { params: IdParam, body: jsonBody(AcceptHandoffInput) },
    responses: { 200: jsonResponse(HandoffDetail, 'The accepted handoff') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await reviewHandoff(db, p, c.req.valid('param').id, { action: 'accept', note: c.req.valid('json').note }, c.var.deps.now());
    return c.json(await detailById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('handoff.review', {
    method: 'post', path: '/handoffs/{id}/return', tags, summary: 'CS returns the submitted handoff to sales with questions',
    request: { params: IdParam, body: jsonBody(ReturnHandoffInput) },
    responses: { 200: jsonResponse(HandoffDetail, 'The returned handoff') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await reviewHandoff(db, p, c.req.valid('param').id, { action: 'return', questions: c.req.valid('json').questions }, c.var.deps.now());
    return c.json(await detailById(db, p.workspaceId, id), 200);
  });

  return app;
}
