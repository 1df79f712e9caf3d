/**
 * Route definitions. Every route is either guarded by a permission or explicitly public:
 * `guardedRoute` adds the authentication and permission check as route middleware and
 * records both in the OpenAPI operation (`security`, `x-kizuna-permission`), and
 * route-guards.test.ts fails on any operation that declares neither.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Permission } from '../../domain/people/roles.js';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';
import type { Principal } from '../auth/principal.js';
import type { Context } from 'hono';

type RouteConfig = Parameters<typeof createRoute>[0];

export const SECURITY = [{ session: [] }, { bearer: [] }];

function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new AppError('auth.required', { detail: 'Sign in or send an API key as Authorization: Bearer …' });
    if (!principal.permissions.has(permission)) {
      throw new AppError('auth.forbidden', { detail: `This action needs the ${permission} permission.` });
    }
    await next();
  };
}

export function guardedRoute<const R extends RouteConfig>(permission: Permission, config: R) {
  return createRoute({
    ...config,
    security: SECURITY,
    'x-kizuna-permission': permission,
    middleware: [requirePermission(permission)],
    responses: { ...PROBLEM_RESPONSES, ...config.responses },
  } as R & { middleware: MiddlewareHandler<AppEnv>[] });
}

export function publicRoute<const R extends RouteConfig>(config: R) {
  return createRoute({
    ...config,
    'x-kizuna-public': true,
    responses: { ...PROBLEM_RESPONSES, ...config.responses },
  } as R);
}

/** The principal of a guarded route; the guard has already rejected anonymous calls. */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('auth.required');
  return principal;
}

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    fields: z.array(z.object({
      path: z.string(),
      message: z.string(),
      code: z.string().optional().openapi({ description: 'the failed check (a Zod issue code such as too_small), for messages in other languages' }),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional().openapi({ description: 'its limits, e.g. { origin: "string", maximum: 200 }' }),
    })).optional(),
    rows: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

const PROBLEM_RESPONSES = {
  400: problem('Invalid request: every bad field is named in `fields`'),
  401: problem('Not signed in'),
  403: problem('Signed in, but the role or key scope does not allow this'),
  404: problem('No such record in this workspace'),
  409: problem('Conflicts with stored data (e.g. an external id already used)'),
};

export const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
