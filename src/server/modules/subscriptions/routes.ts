/** /api/v1/subscriptions and /api/v1/accounts/{id}/subscriptions — thin: parse, authorise (by the route guard), call, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Db } from '../../db/connect.js';
import { findAccount } from '../accounts/store.js';
import {
  CreateSubscriptionInput, Subscription, SubscriptionEventList, SubscriptionList, UpdateSubscriptionInput,
} from './schema.js';
import {
  findSubscription, listAccountSubscriptions, listSubscriptionEvents, presentSubscription, presentSubscriptionEvent,
} from './store.js';
import { createSubscription, deleteSubscription } from './subscription-commands.js';
import { updateSubscription } from './update-subscription.js';

const tags = ['subscriptions'];

export function subscriptionRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/subscriptions', tags, summary: "An account's subscription lines (live first)",
    request: { params: IdParam },
    responses: { 200: jsonResponse(SubscriptionList, 'The lines') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const accountId = c.req.valid('param').id;
    if (!(await findAccount(db, p.workspaceId, accountId))) throw notFound('account.not_found', accountId);
    const rows = await listAccountSubscriptions(db, p.workspaceId, accountId);
    return c.json({ items: rows.map(presentSubscription) }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/subscriptions', tags, summary: 'Add a subscription line to an account',
    request: { body: jsonBody(CreateSubscriptionInput) },
    responses: { 201: jsonResponse(Subscription, 'The new line') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createSubscription(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/subscriptions/{id}', tags, summary: 'One subscription line',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Subscription, 'The line') },
  }), async (c) => c.json(await presentById(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/subscriptions/{id}', tags, summary: 'Change a line from a date (default today); an earlier date corrects the history',
    request: { params: IdParam, body: jsonBody(UpdateSubscriptionInput) },
    responses: { 200: jsonResponse(Subscription, 'The changed line') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateSubscription(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/subscriptions/{id}', tags, summary: 'Delete a line entered in error, with its history',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteSubscription(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/subscriptions/{id}/events', tags, summary: "A line's dated history, oldest first",
    request: { params: IdParam },
    responses: { 200: jsonResponse(SubscriptionEventList, 'The events') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = c.req.valid('param').id;
    if (!(await findSubscription(db, p.workspaceId, id))) throw notFound('subscription.not_found', id);
    const events = await listSubscriptionEvents(db, p.workspaceId, id);
    return c.json({ items: events.map(presentSubscriptionEvent) }, 200);
  });

  return app;
}

async function presentById(db: Db, workspaceId: string, id: string) {
  const row = await findSubscription(db, workspaceId, id);
  if (!row) throw notFound('subscription.not_found', id);
  return presentSubscription(row);
}
