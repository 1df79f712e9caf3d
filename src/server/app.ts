/**
 * Assembles the Hono app: principal resolution, the API modules under /api/v1, the
 * OpenAPI document generated from the same Zod schemas that validate requests, error
 * presentation as problem+json, and the built web app.
 */
import { newRouter } from './app-router.js';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Hono } from 'hono';
import { AppError, toProblem } from './errors.js';
import type { AppDeps, AppEnv } from './http/env.js';
import { principalFromApiKey, principalFromSession, SESSION_COOKIE } from './auth/principal.js';
import { registerWebApp } from './http/web-app.js';
import { apiModules } from './modules/index.js';
import { segmentRoutes } from './modules/usage/segment-routes.js';

export function createApp(deps: AppDeps, options: { webRoot?: string } = {}): Hono<AppEnv> {
  const app = newRouter();

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const key = apiKeyOf(c.req.header('authorization'));
    if (key !== null) {
      const principal = await principalFromApiKey(deps.database.db, key, deps.now());
      if (!principal) throw new AppError('auth.invalid_credentials', { detail: 'The API key is unknown or revoked.' });
      c.set('principal', principal);
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) c.set('principal', await principalFromSession(deps.database.db, token, deps.now()));
    }
    await next();
  });

  // The Segment-compatible tracking API: the write key (an API key) as basic-auth user name.
  app.use('/v1/*', async (c, next) => {
    const key = apiKeyOf(c.req.header('authorization'));
    if (key === null) throw new AppError('auth.required', { detail: 'Send the write key as HTTP basic auth (key as user name, empty password).' });
    const principal = await principalFromApiKey(deps.database.db, key, deps.now());
    if (!principal) throw new AppError('auth.invalid_credentials', { detail: 'The write key is unknown or revoked.' });
    c.set('principal', principal);
    await next();
  });
  app.route('/v1', segmentRoutes());

  app.get('/api/health', async (c) => {
    await deps.database.db.execute('select 1' as never);
    return c.json({ status: 'ok', database: deps.database.dialect });
  });

  for (const module of apiModules) app.route('/api/v1', module());

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Kizuna API',
      version: '1',
      description: 'Customer success platform API. Errors are application/problem+json (RFC 9457) naming every bad field.',
    },
  });

  app.all('/api/*', () => {
    throw new AppError('route.not_found', { detail: 'No such API route.' });
  });

  if (options.webRoot) registerWebApp(app, options.webRoot);

  app.onError((error, c) => {
    const appError = asAppError(error);
    if (appError.status >= 500) console.error(error);
    return c.body(JSON.stringify(toProblem(appError)), appError.status as 500, {
      'content-type': 'application/problem+json; charset=utf-8',
      ...(appError.retryAfterSeconds === undefined ? {} : { 'retry-after': String(appError.retryAfterSeconds) }),
    });
  });
  return app;
}

/** An API key from `Authorization: Bearer <key>` or `Basic base64(<key>:)`; null when neither is sent. */
function apiKeyOf(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? decoded : decoded.slice(0, colon);
  }
  return null;
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('request.body_too_large', { detail: error.message });
    if (error.status === 400) return new AppError('request.invalid', { detail: error.message || 'Malformed request' });
  }
  if (error instanceof SyntaxError) return new AppError('request.invalid', { detail: 'The body is not valid JSON.' });
  return new AppError('internal', { detail: 'Something went wrong on our side; it has been logged.', cause: error });
}
