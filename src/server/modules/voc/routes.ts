/** /api/v1 voice of the customer — thin: parse, authorise (by the route guard), call one use case, present. */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { csvResponse } from '../metrics/csv.js';
import { createItem, deleteItem, moveItem, updateItem } from './item-commands.js';
import { getItemDetail, loadItemList } from './list-items.js';
import { addMention, removeMention } from './mention-commands.js';
import { CreateItemInput, MentionInput, MoveItemInput, SendResult, UpdateItemInput, VocItemDetail, VocItemList, VocItemListQuery } from './schema.js';
import { sendToProduct } from './send-to-product.js';
import { registerVocInboxRoutes } from './inbox-routes.js';
import { vocItemsCsv } from './voc-csv.js';

const tags = ['voc'];

export function vocRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/voc/items', tags, summary: 'VOC items ranked by the accounts (each once) or the ARR behind them, or by the latest mention',
    request: { query: VocItemListQuery },
    responses: { 200: { description: 'The ranked items (format=csv: as CSV)', content: { 'application/json': { schema: VocItemList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const q = c.req.valid('query');
    const list = await loadItemList(c.var.deps.database.db, principalOf(c).workspaceId, q);
    if (q.format === 'csv') return csvResponse(`voc-${c.var.deps.now().toISOString().slice(0, 10)}.csv`, vocItemsCsv(list.items, list.currency));
    return c.json(list, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/voc/items', tags, summary: 'Record a request or pain, optionally with its first mention',
    request: { body: jsonBody(CreateItemInput) },
    responses: { 201: jsonResponse(VocItemDetail, 'The new item') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createItem(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await getItemDetail(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/voc/items/{id}', tags, summary: 'One item with its mentions (quotes) and the accounts behind it',
    request: { params: IdParam },
    responses: { 200: jsonResponse(VocItemDetail, 'The item') },
  }), async (c) => c.json(await getItemDetail(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/voc/items/{id}', tags, summary: 'Edit the title, description, kind or product areas',
    request: { params: IdParam, body: jsonBody(UpdateItemInput) },
    responses: { 200: jsonResponse(VocItemDetail, 'The item') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    await updateItem(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await getItemDetail(db, p.workspaceId, c.req.valid('param').id), 200);
  });

  app.openapi(guardedRoute('voc.triage', {
    method: 'delete', path: '/voc/items/{id}', tags, summary: 'Delete an item and its mentions',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteItem(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('voc.triage', {
    method: 'post', path: '/voc/items/{id}/status', tags, summary: 'Move an item: planned, done, declined, or back to new',
    request: { params: IdParam, body: jsonBody(MoveItemInput) },
    responses: { 200: jsonResponse(VocItemDetail, 'The item'), 409: { description: 'Not allowed from its status (voc_item.wrong_state)' } },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    await moveItem(db, p, c.req.valid('param').id, c.req.valid('json').status, c.var.deps.now());
    return c.json(await getItemDetail(db, p.workspaceId, c.req.valid('param').id), 200);
  });

  app.openapi(guardedRoute('voc.triage', {
    method: 'post', path: '/voc/items/{id}/send', tags, summary: 'Send to product: mark sent and post the item to the product team\'s webhook',
    request: { params: IdParam },
    responses: { 200: jsonResponse(SendResult, 'The item, and whether a webhook post was queued') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const webhookQueued = await sendToProduct(db, p, c.req.valid('param').id, c.var.deps.now());
    return c.json({ item: await getItemDetail(db, p.workspaceId, c.req.valid('param').id), webhookQueued }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/voc/items/{id}/mentions', tags, summary: 'Add evidence: a survey response, timeline entry, task or manual mention with the quote',
    request: { params: IdParam, body: jsonBody(MentionInput) },
    responses: { 201: jsonResponse(VocItemDetail, 'The item with the new mention'), 200: jsonResponse(VocItemDetail, 'Already recorded: the item unchanged') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = c.req.valid('param').id;
    const added = await addMention(db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json(await getItemDetail(db, p.workspaceId, id), added.created ? 201 : 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/voc/mentions/{id}', tags, summary: 'Remove a mention (the account no longer counts if it was its only one)',
    request: { params: IdParam },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    await removeMention(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  registerVocInboxRoutes(app);
  return app;
}
