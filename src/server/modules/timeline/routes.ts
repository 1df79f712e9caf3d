/** /api/v1/accounts/{id}/timeline and /api/v1/activities — thin: parse, authorise (by the route guard), call, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Db } from '../../db/connect.js';
import { findAccount } from '../accounts/store.js';
import { Activity, ActivityPage, CreateActivityInput, ListTimelineQuery, UpdateActivityInput } from './schema.js';
import { findActivity, listTimeline, presentActivity } from './store.js';
import { createActivity, deleteActivity, updateActivity } from './activity-commands.js';

const tags = ['timeline'];

export function timelineRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/timeline', tags, summary: "An account's timeline, newest first (cursor-paginated)",
    request: { params: IdParam, query: ListTimelineQuery },
    responses: { 200: jsonResponse(ActivityPage, 'A page of the timeline') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const accountId = c.req.valid('param').id;
    if (!(await findAccount(db, p.workspaceId, accountId))) throw notFound('account.not_found', accountId);
    const page = await listTimeline(db, p.workspaceId, accountId, c.req.valid('query'));
    return c.json({ items: page.rows.map(presentActivity), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/activities', tags, summary: 'Write a note, meeting, call or email on the timeline',
    request: { params: IdParam, body: jsonBody(CreateActivityInput) },
    responses: { 201: jsonResponse(Activity, 'The new entry') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createActivity(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/activities/{id}', tags, summary: 'Change a note, meeting, call or email (system entries: 409)',
    request: { params: IdParam, body: jsonBody(UpdateActivityInput) },
    responses: { 200: jsonResponse(Activity, 'The changed entry') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateActivity(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/activities/{id}', tags, summary: 'Delete a note, meeting, call or email (system entries: 409)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteActivity(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  return app;
}

async function presentById(db: Db, workspaceId: string, id: string) {
  const entry = await findActivity(db, workspaceId, id);
  if (!entry) throw notFound('activity.not_found', id);
  return presentActivity(entry);
}
