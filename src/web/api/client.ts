/**
 * The typed API client: one function per endpoint of /api/v1, all through `request`.
 * Screens call these (usually inside TanStack Query) and never build URLs themselves.
 */
import { request } from './http';
import type {
  Account, AccountFacets, AccountInput, AccountQuery, Activity, ActivityInput, ApiKey, AuditEntry, Contact, ContactInput,
  CustomFieldDef, DryRunResult, ImportJob, ImportJobSummary, ImportKind, Locale, Me, Member, MemberInput, Page, SetupInput, Subscription,
  SubscriptionEvent, SubscriptionInput, WorkspaceSettings,
} from './types';
import type { ApiKeyScope, Role } from '../../domain/people/roles';

type Items<T> = { items: T[] };

export const api = {
  setupStatus: () => request<{ needsSetup: boolean }>('GET', '/setup'),
  setup: (input: SetupInput) => request<{ workspaceId: string }>('POST', '/setup', { json: input }),
  signIn: (email: string, password: string) => request<void>('POST', '/session', { json: { email, password } }),
  signOut: () => request<void>('DELETE', '/session'),
  me: () => request<Me>('GET', '/me'),
  updateMe: (patch: { name?: string; locale?: Locale }) => request<void>('PATCH', '/me', { json: patch }),
  switchWorkspace: (workspaceId: string) => request<void>('POST', '/me/workspace', { json: { workspaceId } }),

  accounts: (query: AccountQuery) => request<Page<Account>>('GET', '/accounts', { query: { ...query } }),
  accountFacets: () => request<AccountFacets>('GET', '/accounts/facets'),
  account: (id: string) => request<Account>('GET', `/accounts/${id}`),
  createAccount: (input: AccountInput) => request<Account>('POST', '/accounts', { json: input }),
  updateAccount: (id: string, patch: Partial<AccountInput>) => request<Account>('PATCH', `/accounts/${id}`, { json: patch }),
  deleteAccount: (id: string) => request<void>('DELETE', `/accounts/${id}`),

  contacts: (accountId: string) => request<Items<Contact>>('GET', `/accounts/${accountId}/contacts`),
  createContact: (input: ContactInput & { accountId: string }) => request<Contact>('POST', '/contacts', { json: input }),
  updateContact: (id: string, patch: Partial<ContactInput>) => request<Contact>('PATCH', `/contacts/${id}`, { json: patch }),
  deleteContact: (id: string) => request<void>('DELETE', `/contacts/${id}`),

  subscriptions: (accountId: string) => request<Items<Subscription>>('GET', `/accounts/${accountId}/subscriptions`),
  createSubscription: (input: SubscriptionInput & { accountId: string }) => request<Subscription>('POST', '/subscriptions', { json: input }),
  updateSubscription: (id: string, patch: Partial<SubscriptionInput>) => request<Subscription>('PATCH', `/subscriptions/${id}`, { json: patch }),
  subscriptionEvents: (id: string) => request<Items<SubscriptionEvent>>('GET', `/subscriptions/${id}/events`),

  timeline: (accountId: string, query: { kind?: string; limit?: number; cursor?: string }) =>
    request<Page<Activity>>('GET', `/accounts/${accountId}/timeline`, { query }),
  addActivity: (accountId: string, input: ActivityInput) => request<Activity>('POST', `/accounts/${accountId}/activities`, { json: input }),
  updateActivity: (id: string, patch: Partial<ActivityInput>) => request<Activity>('PATCH', `/activities/${id}`, { json: patch }),
  deleteActivity: (id: string) => request<void>('DELETE', `/activities/${id}`),

  uploadImport: (kind: ImportKind, file: File) =>
    request<ImportJob>('POST', '/imports', { query: { kind, filename: file.name }, raw: file }),
  importJob: (id: string) => request<ImportJob>('GET', `/imports/${id}`),
  importJobs: () => request<Items<ImportJobSummary>>('GET', '/imports'),
  updateImportMapping: (id: string, mapping: Record<string, string | null>) =>
    request<ImportJob>('PATCH', `/imports/${id}`, { json: { mapping } }),
  dryRunImport: (id: string) => request<DryRunResult>('POST', `/imports/${id}/dry-run`),
  runImport: (id: string) => request<ImportJob>('POST', `/imports/${id}/run`),

  members: () => request<Items<Member>>('GET', '/members'),
  addMember: (input: MemberInput) => request<{ userId: string }>('POST', '/members', { json: input }),
  changeMemberRole: (userId: string, role: Role) => request<void>('PATCH', `/members/${userId}`, { json: { role } }),
  removeMember: (userId: string) => request<void>('DELETE', `/members/${userId}`),

  apiKeys: () => request<Items<ApiKey>>('GET', '/api-keys'),
  createApiKey: (name: string, scope: ApiKeyScope) => request<{ id: string; key: string }>('POST', '/api-keys', { json: { name, scope } }),
  revokeApiKey: (id: string) => request<void>('DELETE', `/api-keys/${id}`),

  customFields: () => request<Items<CustomFieldDef>>('GET', '/custom-fields'),
  createCustomField: (def: CustomFieldDef) => request<void>('POST', '/custom-fields', { json: def }),
  deleteCustomField: (entity: CustomFieldDef['entity'], key: string) => request<void>('DELETE', `/custom-fields/${entity}/${key}`),

  workspace: () => request<WorkspaceSettings>('GET', '/workspace'),
  updateWorkspace: (patch: Partial<Omit<WorkspaceSettings, 'id'>>) => request<void>('PATCH', '/workspace', { json: patch }),

  audit: (cursor?: string) => request<Page<AuditEntry>>('GET', '/audit', { query: { limit: 50, cursor } }),
};

/** Query keys in one place so invalidation after a write hits every screen that shows the data. */
export const keys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  accounts: ['accounts'] as const,
  accountList: (query: AccountQuery) => ['accounts', 'list', query] as const,
  accountFacets: ['accounts', 'facets'] as const,
  account: (id: string) => ['accounts', 'one', id] as const,
  contacts: (accountId: string) => ['contacts', accountId] as const,
  subscriptions: (accountId: string) => ['subscriptions', accountId] as const,
  subscriptionEvents: (id: string) => ['subscription-events', id] as const,
  timeline: (accountId: string) => ['timeline', accountId] as const,
  importJob: (id: string) => ['imports', id] as const,
  importJobs: ['imports'] as const,
  members: ['members'] as const,
  apiKeys: ['api-keys'] as const,
  customFields: ['custom-fields'] as const,
  workspace: ['workspace'] as const,
  audit: ['audit'] as const,
};
