/** /api/v1/setup, /session, /me — the first run, sign-in and who am I. */
import { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf, publicRoute } from '../../http/route.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { members, users, workspaces } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../../http/env.js';
import type { Role } from '../../../domain/people/roles.js';
import { Me, SetupInput, SetupStatus, SignInInput } from './schema.js';
import { createWorkspaceWithAdmin, needsSetup, signIn, signOut, switchWorkspace } from './session-commands.js';

const tags = ['session'];

function startSession(c: Context<AppEnv>, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'Lax', path: '/', expires: expiresAt, secure: c.var.deps.secureCookies,
  });
}

export function sessionRoutes() {
  const app = newRouter();

  app.openapi(publicRoute({
    method: 'get', path: '/setup', tags, summary: 'Whether Kizuna still needs its first workspace',
    responses: { 200: jsonResponse(SetupStatus, 'Setup status') },
  }), async (c) => c.json({ needsSetup: await needsSetup(c.var.deps.database.db) }, 200));

  app.openapi(publicRoute({
    method: 'post', path: '/setup', tags, summary: 'First run: create the first workspace and its admin, and sign in',
    request: { body: jsonBody(SetupInput) },
    responses: { 201: jsonResponse(z.object({ workspaceId: z.uuid() }), 'Created and signed in') },
  }), async (c) => {
    const input = c.req.valid('json');
    const { db } = c.var.deps.database;
    const now = c.var.deps.now();
    const { workspaceId } = await createWorkspaceWithAdmin(db, input, now);
    const session = await signIn(db, input.email, input.password, now);
    startSession(c, session.token, session.expiresAt);
    return c.json({ workspaceId }, 201);
  });

  app.openapi(publicRoute({
    method: 'post', path: '/session', tags, summary: 'Sign in with email and password (sets a session cookie)',
    request: { body: jsonBody(SignInInput) },
    responses: { 204: { description: 'Signed in' } },
  }), async (c) => {
    const { email, password } = c.req.valid('json');
    const session = await signIn(c.var.deps.database.db, email, password, c.var.deps.now());
    startSession(c, session.token, session.expiresAt);
    return c.body(null, 204);
  });

  app.openapi(publicRoute({
    method: 'delete', path: '/session', tags, summary: 'Sign out',
    responses: { 204: { description: 'Signed out' } },
  }), async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await signOut(c.var.deps.database.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/me', tags, summary: 'The signed-in person, their workspace and permissions',
    responses: { 200: jsonResponse(Me, 'Who is signed in') },
  }), async (c) => {
    const p = principalOf(c);
    if (!p.userId || !p.role) throw new AppError('auth.forbidden', { detail: 'API keys have no person behind them.' });
    const { db } = c.var.deps.database;
    const [user] = await db.select().from(users).where(eq(users.id, p.userId));
    const list = await db.select({ id: workspaces.id, name: workspaces.name, role: members.role, base: workspaces.baseCurrency, fy: workspaces.fiscalYearStartMonth })
      .from(members).innerJoin(workspaces, eq(workspaces.id, members.workspaceId)).where(eq(members.userId, p.userId))
      .orderBy(workspaces.name);
    const current = list.find((w) => w.id === p.workspaceId);
    if (!user || !current) throw new AppError('auth.required');
    return c.json({
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale as 'ja' | 'en' },
      workspace: { id: current.id, name: current.name, baseCurrency: current.base, fiscalYearStartMonth: current.fy },
      role: p.role,
      permissions: [...p.permissions],
      workspaces: list.map((w) => ({ id: w.id, name: w.name, role: w.role as Role })),
    }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/me/workspace', tags, summary: 'Switch the session to another workspace of yours',
    request: { body: jsonBody(z.object({ workspaceId: z.uuid() })) },
    responses: { 204: { description: 'Switched' } },
  }), async (c) => {
    const p = principalOf(c);
    const token = getCookie(c, SESSION_COOKIE);
    if (!token || !p.userId) throw new AppError('auth.forbidden', { detail: 'Only a signed-in person can switch workspace.' });
    await switchWorkspace(c.var.deps.database.db, token, p.userId, c.req.valid('json').workspaceId);
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'patch', path: '/me', tags, summary: 'Change your name or language',
    request: { body: jsonBody(z.object({ name: z.string().trim().min(1).max(120).optional(), locale: z.enum(['ja', 'en']).optional() })) },
    responses: { 204: { description: 'Saved' } },
  }), async (c) => {
    const p = principalOf(c);
    if (!p.userId) throw new AppError('auth.forbidden', { detail: 'API keys have no profile.' });
    const input = c.req.valid('json');
    if (Object.keys(input).length > 0) {
      await c.var.deps.database.db.update(users).set(input).where(and(eq(users.id, p.userId)));
    }
    return c.body(null, 204);
  });

  return app;
}
