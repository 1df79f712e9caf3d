/** /api/v1/contacts and /api/v1/accounts/{id}/contacts — thin: parse, authorise (by the route guard), call, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import type { Db } from '../../db/connect.js';
import { Contact, ContactList, ContactPage, CreateContactInput, ListContactsQuery, UpdateContactInput } from './schema.js';
import { findAccount } from '../accounts/store.js';
import { findContact, listAccountContacts, listContacts, presentContact } from './store.js';
import { createContact, deleteContact, updateContact } from './contact-commands.js';

const tags = ['contacts'];

export function contactRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/contacts', tags, summary: "An account's contacts: executives, managers, then end users",
    request: { params: IdParam },
    responses: { 200: jsonResponse(ContactList, 'The contacts') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const accountId = c.req.valid('param').id;
    if (!(await findAccount(db, p.workspaceId, accountId))) throw notFound('account.not_found', accountId);
    const rows = await listAccountContacts(db, p.workspaceId, accountId, c.var.deps.now());
    return c.json({ items: rows.map(presentContact) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/contacts', tags, summary: 'List and search contacts across accounts (cursor-paginated, by reading)',
    request: { query: ListContactsQuery },
    responses: { 200: jsonResponse(ContactPage, 'A page of contacts') },
  }), async (c) => {
    const page = await listContacts(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('query'), c.var.deps.now());
    return c.json({ items: page.rows.map(presentContact), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/contacts', tags, summary: 'Add a contact to an account',
    request: { body: jsonBody(CreateContactInput) },
    responses: { 201: jsonResponse(Contact, 'The new contact') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createContact(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id, c.var.deps.now()), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/contacts/{id}', tags, summary: 'One contact',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Contact, 'The contact') },
  }), async (c) => c.json(await presentById(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/contacts/{id}', tags, summary: 'Change a contact',
    request: { params: IdParam, body: jsonBody(UpdateContactInput) },
    responses: { 200: jsonResponse(Contact, 'The changed contact') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateContact(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id, c.var.deps.now()), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/contacts/{id}', tags, summary: 'Delete a contact (their activities stay on the timeline)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteContact(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  return app;
}

async function presentById(db: Db, workspaceId: string, id: string, now: Date) {
  const entry = await findContact(db, workspaceId, id, now);
  if (!entry) throw notFound('contact.not_found', id);
  return presentContact(entry);
}
