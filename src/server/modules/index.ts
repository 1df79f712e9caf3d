/** Every API module, mounted under /api/v1 by app.ts. A new capability adds its router here. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { accountRoutes } from './accounts/routes.js';
import { apiKeyRoutes } from './api-keys/routes.js';
import { auditRoutes } from './audit/routes.js';
import { customFieldRoutes } from './custom-fields/routes.js';
import { memberRoutes } from './members/routes.js';
import { sessionRoutes } from './session/routes.js';
import { workspaceRoutes } from './workspace/routes.js';

export const apiModules: ReadonlyArray<() => OpenAPIHono<AppEnv>> = [
  sessionRoutes,
  workspaceRoutes,
  memberRoutes,
  apiKeyRoutes,
  customFieldRoutes,
  auditRoutes,
  accountRoutes,
];
