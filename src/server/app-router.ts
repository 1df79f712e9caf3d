import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/env.js';
import { invalidRequest } from './http/validation.js';

/** A router whose request validation failures become problem+json naming every bad field. */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error, result.target === 'json' ? 'request body' : result.target);
    },
  });
}
