/**
 * Kizuna's tables. Every tenant table carries workspace_id and leads every primary key,
 * unique constraint and foreign key with it (DESIGN §1), so the schema can be distributed
 * by workspace later; schema.int.test.ts reads the live catalog and enforces it.
 * Global tables (workspaces, users, sessions) are listed in GLOBAL_TABLES.
 */
import { sql } from 'drizzle-orm';
import {
  bigint, customType, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text,
  timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';

export const GLOBAL_TABLES = ['workspaces', 'users', 'sessions'] as const;

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const money = (name: string) => bigint(name, { mode: 'number' });

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  baseCurrency: text('base_currency').notNull().default('JPY'),
  fiscalYearStartMonth: integer('fiscal_year_start_month').notNull().default(4),
  /** major units of the base currency per major unit of another currency, e.g. {"USD": 150} */
  exchangeRates: jsonb('exchange_rates').$type<Record<string, number>>().notNull().default({}),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('ja'),
  createdAt: createdAt(),
}, (t) => [unique('users_email_key').on(t.email)]);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const members = pgTable('members', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })]);

export const apiKeys = pgTable('api_keys', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  scope: text('scope').notNull(),
  /** first characters of the key, shown in lists so people can tell keys apart */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.id] })]);

export const accounts = pgTable('accounts', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  nameReading: text('name_reading'),
  /** CRM id */
  externalId: text('external_id'),
  /** billing system id (e.g. Stripe customer) */
  billingId: text('billing_id'),
  /** product-side id (e.g. Segment groupId) */
  productId: text('product_id'),
  industry: text('industry'),
  sizeBand: text('size_band'),
  useCase: text('use_case'),
  plan: text('plan'),
  region: text('region'),
  ownerId: uuid('owner_id'),
  touchTier: text('touch_tier'),
  phase: text('phase'),
  status: text('status').notNull().default('prospect'),
  /** current MRR in the workspace's base currency, minor units; kept by refreshAccountRevenue */
  mrr: money('mrr').notNull().default(0),
  renewalDate: date('renewal_date', { mode: 'string' }),
  customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
  searchText: text('search_text').notNull().default(''),
  sortKey: text('sort_key').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('accounts_external_id_key').on(t.workspaceId, t.externalId),
  unique('accounts_billing_id_key').on(t.workspaceId, t.billingId),
  unique('accounts_product_id_key').on(t.workspaceId, t.productId),
  index('accounts_sort_idx').on(t.workspaceId, sql`${t.sortKey} collate "C"`, t.id),
  index('accounts_mrr_idx').on(t.workspaceId, t.mrr, t.id),
  index('accounts_renewal_idx').on(t.workspaceId, sql`coalesce(${t.renewalDate}, '9999-12-31'::date)`, t.id),
  // The latest renewals first, accounts without a date still last (accounts/store.ts '-renewal').
  index('accounts_renewal_desc_idx').on(t.workspaceId, sql`coalesce(${t.renewalDate}, '0001-01-01'::date)`, t.id),
  index('accounts_created_idx').on(t.workspaceId, t.createdAt, t.id),
  index('accounts_owner_idx').on(t.workspaceId, t.ownerId),
  // needs pg_trgm (migration 0001_search_trigram)
  index('accounts_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
]);

export const contacts = pgTable('contacts', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  externalId: text('external_id'),
  name: text('name').notNull(),
  nameReading: text('name_reading'),
  email: text('email'),
  phone: text('phone'),
  title: text('title'),
  level: text('level'),
  role: text('role'),
  notes: text('notes'),
  cadenceDays: integer('cadence_days'),
  channel: text('channel'),
  customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
  searchText: text('search_text').notNull().default(''),
  sortKey: text('sort_key').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('contacts_external_id_key').on(t.workspaceId, t.externalId),
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade'),
  index('contacts_account_idx').on(t.workspaceId, t.accountId),
  index('contacts_sort_idx').on(t.workspaceId, sql`${t.sortKey} collate "C"`, t.id),
  index('contacts_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  index('contacts_email_idx').on(t.workspaceId, t.email),
]);

export const subscriptions = pgTable('subscriptions', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  externalId: text('external_id'),
  product: text('product'),
  plan: text('plan').notNull(),
  quantity: integer('quantity').notNull().default(1),
  unitPrice: money('unit_price').notNull(),
  currency: text('currency').notNull().default('JPY'),
  billingInterval: text('billing_interval').notNull().default('month'),
  intervalCount: integer('interval_count').notNull().default(1),
  discountPercent: numeric('discount_percent', { precision: 5, scale: 2, mode: 'number' }).notNull().default(0),
  status: text('status').notNull(),
  startedOn: date('started_on', { mode: 'string' }).notNull(),
  /** end of the current term, i.e. the renewal date */
  endsOn: date('ends_on', { mode: 'string' }),
  cancelledOn: date('cancelled_on', { mode: 'string' }),
  /** normalised MRR in the line's currency, minor units (domain/subscriptions/mrr.ts) */
  mrr: money('mrr').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('subscriptions_external_id_key').on(t.workspaceId, t.externalId),
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade'),
  index('subscriptions_account_idx').on(t.workspaceId, t.accountId),
]);

/**
 * Dated history of every subscription line: each row is the full state of the line from
 * `effective_on` until the next row. MRR on any date is the latest row on or before it.
 */
export const subscriptionEvents = pgTable('subscription_events', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  subscriptionId: uuid('subscription_id').notNull(),
  accountId: uuid('account_id').notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  kind: text('kind').notNull(),
  source: text('source').notNull(),
  plan: text('plan').notNull(),
  quantity: integer('quantity').notNull(),
  unitPrice: money('unit_price').notNull(),
  currency: text('currency').notNull(),
  billingInterval: text('billing_interval').notNull(),
  intervalCount: integer('interval_count').notNull(),
  discountPercent: numeric('discount_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  status: text('status').notNull(),
  endsOn: date('ends_on', { mode: 'string' }),
  mrr: money('mrr').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  foreignKey({ columns: [t.workspaceId, t.subscriptionId], foreignColumns: [subscriptions.workspaceId, subscriptions.id] }).onDelete('cascade'),
  index('subscription_events_sub_idx').on(t.workspaceId, t.subscriptionId, t.effectiveOn),
  index('subscription_events_account_idx').on(t.workspaceId, t.accountId, t.effectiveOn),
]);

export const activities = pgTable('activities', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  contactId: uuid('contact_id'),
  kind: text('kind').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  authorId: uuid('author_id'),
  subject: text('subject'),
  body: text('body'),
  /** for system entries: what happened, e.g. account.created, account.updated, import.applied */
  event: text('event'),
  data: jsonb('data').$type<Record<string, unknown>>(),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade'),
  index('activities_account_idx').on(t.workspaceId, t.accountId, t.occurredAt, t.id),
  index('activities_contact_idx').on(t.workspaceId, t.contactId, t.occurredAt),
  // Event-triggered playbooks read the system entries created since their cursor on every pass
  // (playbooks/load-events.ts): at 1,000,000 entries, 50 ms and 13,000 buffers without it, 0.1 ms and 12 with it.
  index('activities_system_created_idx').on(t.workspaceId, t.createdAt).where(sql`${t.kind} = 'system'`),
]);

export const auditLog = pgTable('audit_log', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  actorType: text('actor_type').notNull(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  changes: jsonb('changes').$type<Record<string, unknown>>(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('audit_log_at_idx').on(t.workspaceId, t.at, t.id),
]);

export const customFieldDefs = pgTable('custom_field_defs', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  entity: text('entity').notNull(),
  key: text('key').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  type: text('type').notNull(),
  options: jsonb('options').$type<string[]>(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.entity, t.key] })]);

export const importJobs = pgTable('import_jobs', {
  workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
  id: uuid('id').notNull(),
  kind: text('kind').notNull(),
  filename: text('filename').notNull(),
  encoding: text('encoding').notNull(),
  status: text('status').notNull(),
  mapping: jsonb('mapping').$type<Record<string, string | null>>().notNull(),
  headers: jsonb('headers').$type<string[]>().notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  /** first errors (row, column, code, message); failed counts them all */
  errors: jsonb('errors').$type<unknown[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.id] })]);

export const importFiles = pgTable('import_files', {
  workspaceId: uuid('workspace_id').notNull(),
  jobId: uuid('job_id').notNull(),
  content: bytea('content').notNull(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.jobId] }),
  foreignKey({ columns: [t.workspaceId, t.jobId], foreignColumns: [importJobs.workspaceId, importJobs.id] }).onDelete('cascade'),
]);

/** The demo generator's hidden "true health" per account (0–1), read by later simulations, never by the API. */
export const demoTruth = pgTable('demo_truth', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  trueHealth: numeric('true_health', { precision: 4, scale: 3, mode: 'number' }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.accountId] }),
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade'),
]);


export * from './billing.js';
export * from './metrics.js';
export * from './usage.js';
export * from './health.js';
export * from './outcomes.js';
export * from './journey.js';
export * from './surveys.js';
