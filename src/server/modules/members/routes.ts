/** /api/v1/members — people in the workspace and their roles. Admins manage; everyone may list (owners, authors). */
import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { members, sessions, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import { hashPassword } from '../../auth/passwords.js';
import { ROLES } from '../../../domain/people/roles.js';
import type { Tx } from '../../db/connect.js';
import { recordAudit } from '../audit/store.js';
import { Email, Password } from '../session/schema.js';

const tags = ['members'];
const Member = z.object({ userId: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES), createdAt: z.string() }).openapi('Member');
const AddMemberInput = z.object({
  email: Email, name: z.string().trim().min(1).max(120), role: z.enum(ROLES),
  password: Password.optional().openapi({ description: 'initial password for a person new to Kizuna' }),
}).openapi('AddMemberInput');
const UserParam = z.object({ userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }) });

async function adminCount(tx: Tx, workspaceId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.role, 'admin')));
  return row?.n ?? 0;
}

export function memberRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/members', tags, summary: 'Members of the workspace',
    responses: { 200: jsonResponse(z.object({ items: z.array(Member) }), 'Members') },
  }), async (c) => {
    const rows = await c.var.deps.database.db
      .select({ userId: users.id, email: users.email, name: users.name, role: members.role, createdAt: members.createdAt })
      .from(members).innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.workspaceId, principalOf(c).workspaceId)).orderBy(users.name);
    return c.json({ items: rows.map((r) => ({ ...r, role: r.role as (typeof ROLES)[number], createdAt: r.createdAt.toISOString() })) }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'post', path: '/members', tags, summary: 'Add a person (new to Kizuna: give an initial password)',
    request: { body: jsonBody(AddMemberInput) },
    responses: { 201: jsonResponse(z.object({ userId: z.uuid() }), 'Added') },
  }), async (c) => {
    const p = principalOf(c);
    const input = c.req.valid('json');
    const now = c.var.deps.now();
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const userId = await c.var.deps.database.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      let id = existing?.id;
      if (!id) {
        if (!passwordHash) {
          throw new AppError('request.invalid', { fields: [{ path: 'password', message: 'is required for a person new to Kizuna' }] });
        }
        id = randomUUID();
        await tx.insert(users).values({ id, email: input.email, name: input.name, passwordHash, createdAt: now });
      }
      const inserted = await tx.insert(members).values({ workspaceId: p.workspaceId, userId: id, role: input.role, createdAt: now })
        .onConflictDoNothing().returning({ u: members.userId });
      if (inserted.length === 0) throw new AppError('member.exists', { fields: [{ path: 'email', message: 'is already a member' }] });
      await recordAudit(tx, p, { action: 'create', entity: 'member', entityId: id, changes: { email: input.email, role: input.role } }, now);
      return id;
    });
    return c.json({ userId }, 201);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'patch', path: '/members/{userId}', tags, summary: "Change a member's role",
    request: { params: UserParam, body: jsonBody(z.object({ role: z.enum(ROLES) })) },
    responses: { 204: { description: 'Changed' } },
  }), async (c) => {
    const p = principalOf(c);
    const { userId } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const [current] = await tx.select({ role: members.role }).from(members)
        .where(and(eq(members.workspaceId, p.workspaceId), eq(members.userId, userId)));
      if (!current) throw notFound('member.not_found', userId);
      if (current.role === 'admin' && role !== 'admin' && (await adminCount(tx, p.workspaceId)) <= 1) {
        throw new AppError('member.last_admin', { detail: 'A workspace needs at least one admin.' });
      }
      await tx.update(members).set({ role }).where(and(eq(members.workspaceId, p.workspaceId), eq(members.userId, userId)));
      await recordAudit(tx, p, { action: 'update', entity: 'member', entityId: userId, changes: { role: [current.role, role] } }, now);
    });
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'delete', path: '/members/{userId}', tags, summary: 'Remove a member from the workspace',
    request: { params: UserParam },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    const p = principalOf(c);
    const { userId } = c.req.valid('param');
    const now = c.var.deps.now();
    await c.var.deps.database.db.transaction(async (tx) => {
      const [current] = await tx.select({ role: members.role }).from(members)
        .where(and(eq(members.workspaceId, p.workspaceId), eq(members.userId, userId)));
      if (!current) throw notFound('member.not_found', userId);
      if (current.role === 'admin' && (await adminCount(tx, p.workspaceId)) <= 1) {
        throw new AppError('member.last_admin', { detail: 'A workspace needs at least one admin.' });
      }
      await tx.delete(members).where(and(eq(members.workspaceId, p.workspaceId), eq(members.userId, userId)));
      await tx.delete(sessions).where(and(eq(sessions.workspaceId, p.workspaceId), eq(sessions.userId, userId)));
      await recordAudit(tx, p, { action: 'delete', entity: 'member', entityId: userId, changes: { role: current.role } }, now);
    });
    return c.body(null, 204);
  });

  return app;
}
