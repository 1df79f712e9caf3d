/** Every API module, mounted under /api/v1 by app.ts. A new capability adds its router here. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.js';
import { accountRoutes } from './accounts/routes.js';
import { apiKeyRoutes } from './api-keys/routes.js';
import { auditRoutes } from './audit/routes.js';
import { billingRoutes } from './billing/routes.js';
import { contactRoutes } from './contacts/routes.js';
import { customFieldRoutes } from './custom-fields/routes.js';
import { executiveRoutes } from './executive/routes.js';
import { taskRoutes } from './tasks/routes.js';
import { todayRoutes } from './today/routes.js';
import { healthRoutes } from './health/routes.js';
import { maturityRoutes } from './maturity/routes.js';
import { importRoutes } from './imports/routes.js';
import { memberRoutes } from './members/routes.js';
import { metricRoutes } from './metrics/routes.js';
import { goalRoutes } from './outcomes/goal-routes.js';
import { phaseRoutes } from './phases/routes.js';
import { playbookRoutes } from './playbooks/routes.js';
import { handoffRoutes } from './handoffs/routes.js';
import { shareRoutes } from './outcomes/share-routes.js';
import { sessionRoutes } from './session/routes.js';
import { stakeholderRoutes } from './stakeholders/routes.js';
import { subscriptionRoutes } from './subscriptions/routes.js';
import { timelineRoutes } from './timeline/routes.js';
import { tierRoutes } from './tiers/routes.js';
import { vocRoutes } from './voc/routes.js';
import { usageRoutes } from './usage/routes.js';
import { workspaceRoutes } from './workspace/routes.js';
import { deliveryRoutes } from './delivery/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { answerRoutes } from './surveys/answer-routes.js';
import { surveyRoutes } from './surveys/routes.js';
import { distributionRoutes } from './surveys/distribution-routes.js';
import { surveyAnalysisRoutes } from './surveys/analysis-routes.js';

export const apiModules: ReadonlyArray<() => OpenAPIHono<AppEnv>> = [
  sessionRoutes,
  workspaceRoutes,
  memberRoutes,
  apiKeyRoutes,
  customFieldRoutes,
  auditRoutes,
  accountRoutes,
  contactRoutes,
  stakeholderRoutes,
  subscriptionRoutes,
  billingRoutes,
  timelineRoutes,
  metricRoutes,
  importRoutes,
  usageRoutes,
  healthRoutes,
  maturityRoutes,
  goalRoutes,
  phaseRoutes,
  playbookRoutes,
  handoffRoutes,
  shareRoutes,
  executiveRoutes,
  deliveryRoutes,
  notificationRoutes,
  taskRoutes,
  todayRoutes,
  tierRoutes,
  vocRoutes,
  answerRoutes,
  surveyRoutes,
  distributionRoutes,
  surveyAnalysisRoutes,
];
