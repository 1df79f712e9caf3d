/**
 * Share links of a success plan (guarded) and the public read-only plan behind a token. The
 * public answers — found or not — are never cached, indexed or referred onwards.
 */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf, publicRoute } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { findAccount } from '../accounts/store.js';
import { CreatedShare, CreateShareInput, PublicPlan, Share, TokenParam } from './schema.js';
import { createShare, openSharedPlan, revokeShare } from './share-commands.js';
import { selectShares } from './share-store.js';
import { z } from '@hono/zod-openapi';

const tags = ['success plans'];

export const PUBLIC_PLAN_HEADERS = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
} as const;

export function shareRoutes() {
  const app = newRouter();

  app.use('/public/success-plans/*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(PUBLIC_PLAN_HEADERS)) c.res.headers.set(name, value);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/success-plan/shares', tags, summary: "The read-only links to an account's success plan",
    request: { params: IdParam },
    responses: { 200: jsonResponse(z.object({ items: z.array(Share) }), 'The links, newest first') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const accountId = c.req.valid('param').id;
    if (!(await findAccount(db, p.workspaceId, accountId))) throw notFound('account.not_found', accountId);
    return c.json({ items: await selectShares(db, p.workspaceId, { accountId }, c.var.deps.now()) }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/accounts/{id}/success-plan/shares', tags, summary: 'Create a read-only link (the token is shown only now)',
    request: { params: IdParam, body: jsonBody(CreateShareInput) },
    responses: { 201: jsonResponse(CreatedShare, 'The link with its token') },
  }), async (c) => c.json(await createShare(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()), 201));

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/success-plan/shares/{id}/revoke', tags, summary: 'Revoke a link: it answers 404 from now on',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Share, 'The revoked link') },
  }), async (c) => c.json(await revokeShare(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now()), 200));

  app.openapi(publicRoute({
    method: 'get', path: '/public/success-plans/{token}', tags, summary: 'The shared success plan (no sign-in; 404 for unknown, revoked or expired links)',
    request: { params: TokenParam },
    responses: { 200: jsonResponse(PublicPlan, 'The plan, in the language of the link') },
  }), async (c) => c.json(await openSharedPlan(c.var.deps.database.db, c.req.valid('param').token, c.var.deps.now()), 200));

  return app;
}
