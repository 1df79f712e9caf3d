/** /api/v1/accounts — thin: parse, authorise (by the route guard), call one command or query, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { Account, AccountFacets, AccountPage, CreateAccountInput, ListAccountsQuery, UpdateAccountInput } from './schema.js';
import { baseCurrencyOf, distinctAccountValues, findAccount, listAccounts, presentAccount } from './store.js';
import { createAccount, deleteAccount, updateAccount } from './account-commands.js';

const tags = ['accounts'];

export function accountRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts', tags, summary: 'List, search, filter and sort accounts (cursor-paginated)',
    request: { query: ListAccountsQuery },
    responses: { 200: jsonResponse(AccountPage, 'A page of accounts') },
  }), async (c) => {
    const p = principalOf(c);
    const db = c.var.deps.database.db;
    const [page, currency] = await Promise.all([listAccounts(db, p.workspaceId, c.req.valid('query')), baseCurrencyOf(db, p.workspaceId)]);
    return c.json({ items: page.rows.map((r) => presentAccount(r, currency)), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/facets', tags, summary: 'Values in use for the list filters',
    responses: { 200: jsonResponse(AccountFacets, 'Distinct plans, industries and regions') },
  }), async (c) => c.json(await distinctAccountValues(c.var.deps.database.db, principalOf(c).workspaceId), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts', tags, summary: 'Create an account',
    request: { body: jsonBody(CreateAccountInput) },
    responses: { 201: jsonResponse(Account, 'The new account') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createAccount(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}', tags, summary: 'One account',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Account, 'The account') },
  }), async (c) => c.json(await presentById(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/accounts/{id}', tags, summary: 'Change an account',
    request: { params: IdParam, body: jsonBody(UpdateAccountInput) },
    responses: { 200: jsonResponse(Account, 'The changed account') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await updateAccount(db, p, c.req.valid('param').id, c.req.valid('json'), c.var.deps.now());
    return c.json(await presentById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'delete', path: '/accounts/{id}', tags, summary: 'Delete an account with its contacts, subscriptions and timeline',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteAccount(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  return app;
}

async function presentById(db: Parameters<typeof findAccount>[0], workspaceId: string, id: string) {
  const [row, currency] = await Promise.all([findAccount(db, workspaceId, id), baseCurrencyOf(db, workspaceId)]);
  if (!row) throw notFound('account.not_found', id);
  return presentAccount(row, currency);
}
