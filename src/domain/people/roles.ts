/**
 * Roles and what each may do. The API checks permissions, never role names, so a
 * later capability adds a permission here and every route that needs it names it.
 */
export const ROLES = ['admin', 'manager', 'csm', 'sales', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'data.read', // accounts, contacts, subscriptions, timeline
  'data.write',
  'import.run',
  'ingest.write', // machine ingestion (usage events, billing webhooks)
  'workspace.admin', // members, API keys, custom fields, settings
  'audit.read',
  'health.configure', // scorecards, health settings, full recomputes
  'maturity.assess', // the workspace's CS maturity self-assessment
  'journey.configure', // touch tiers, phases and checklists, playbooks, email templates, mail settings
  'handoff.write', // fill and submit the sales → CS handoff
  'handoff.review', // accept a handoff or return it with questions
  'survey.manage', // build, open, send, remind and close surveys
  'voc.triage', // move VOC items through their statuses, send them to product, VOC settings
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS = {
  admin: ['data.read', 'data.write', 'import.run', 'ingest.write', 'workspace.admin', 'audit.read', 'health.configure', 'maturity.assess',
    'journey.configure', 'handoff.write', 'handoff.review', 'survey.manage', 'voc.triage'],
  manager: ['data.read', 'data.write', 'import.run', 'ingest.write', 'audit.read', 'health.configure', 'maturity.assess',
    'journey.configure', 'handoff.write', 'handoff.review', 'survey.manage', 'voc.triage'],
  csm: ['data.read', 'data.write', 'import.run', 'handoff.review'],
  sales: ['data.read', 'data.write', 'handoff.write'],
  viewer: ['data.read'],
} as const satisfies Record<Role, readonly Permission[]>;

export const API_KEY_SCOPES = ['full', 'ingest'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const SCOPE_GRANTS = {
  // A full key acts for the workspace's automation: everything but administering people and keys.
  full: ['data.read', 'data.write', 'import.run', 'ingest.write'],
  ingest: ['ingest.write'],
} as const satisfies Record<ApiKeyScope, readonly Permission[]>;

export function permissionsOfRole(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function permissionsOfScope(scope: ApiKeyScope): readonly Permission[] {
  return SCOPE_GRANTS[scope];
}
