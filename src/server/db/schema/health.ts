/**
 * Health scores (issue 4): versioned scorecards, the current score and daily history per
 * account, manual CSM sentiment, workspace health settings, and the durable dirty queue the
 * recompute worker drains. Every key leads with workspace_id (DESIGN §1).
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, foreignKey, index, integer, json, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './index.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Per-account rows go with their account. */
const ofAccount = (t: { workspaceId: AnyPgColumn; accountId: AnyPgColumn }) =>
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade');
const score = (name: string) => numeric(name, { precision: 5, scale: 1, mode: 'number' });

export const scorecards = pgTable('scorecards', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  /** rule order: the first scorecard whose rule matches an account scores it */
  position: integer('position').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  /** ScorecardRule (domain/health/scorecard.ts) */
  rule: jsonb('rule').$type<unknown>().notNull(),
  currentVersion: integer('current_version').notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('scorecards_position_idx').on(t.workspaceId, t.position),
  uniqueIndex('scorecards_one_default_idx').on(t.workspaceId).where(sql`${t.isDefault}`),
]);

/** Every saved definition, kept so that old history rows stay explainable. */
export const scorecardVersions = pgTable('scorecard_versions', {
  workspaceId: uuid('workspace_id').notNull(),
  scorecardId: uuid('scorecard_id').notNull(),
  version: integer('version').notNull(),
  /** ScorecardDefinition */
  definition: jsonb('definition').$type<unknown>().notNull(),
  /** measure id → 101 quantiles of its raw values at the last full recompute */
  percentiles: jsonb('percentiles').$type<Record<string, number[]>>().notNull().default({}),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.scorecardId, t.version] })]);

/** The current score of each account. */
export const healthScores = pgTable('health_scores', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  scorecardId: uuid('scorecard_id').notNull(),
  version: integer('version').notNull(),
  score: score('score'),
  band: text('band'),
  /** ScoreResult without the definition: values, points, weights, what pulls it down */
  /**
   * StoredExplanation (domain/health/stored-explanation.ts), as json rather than jsonb: written for
   * every account on every pass and read whole, so storing the text as sent saves building jsonb
   * (measured: a full recompute of 100,000 accounts writes about a second faster); the two queries
   * that look inside cast it.
   */
  explanation: json('explanation').$type<unknown>().notNull(),
  computedAt: stamp('computed_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.accountId] }),
  ofAccount(t),
  index('health_scores_score_idx').on(t.workspaceId, t.score, t.accountId),
  check('health_scores_band_check', sql`${t.band} is null or ${t.band} in ('red', 'yellow', 'green')`),
]);

/** One row per account and day: the last score of that day. */
export const healthHistory = pgTable('health_history', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  score: score('score'),
  band: text('band'),
  scorecardId: uuid('scorecard_id').notNull(),
  version: integer('version').notNull(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.accountId, t.day] }),
  ofAccount(t),
  index('health_history_day_idx').on(t.workspaceId, t.day),
]);

/** Accounts whose score must be recomputed; drained by the worker with FOR UPDATE SKIP LOCKED. */
export const healthDirty = pgTable('health_dirty', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  queuedAt: stamp('queued_at').notNull().defaultNow(),
  /** raised by every new queueing of a queued account; the worker deletes the row only if unchanged */
  bumps: integer('bumps').notNull().default(0),
  /** set while a worker scores the account; a claim older than a minute is taken over (a crashed worker) */
  claimedAt: stamp('claimed_at'),
  /**
   * The earliest usage day (UTC) of the events that queued the account since a worker last
   * claimed it, null when no usage did: an event dated before today makes the worker rebuild the
   * account's usage base (health_usage_bases).
   */
  usageFrom: date('usage_from'),
  /** what usage_from said when the current claim took it (kept should the worker crash, cleared once it is done) */
  claimedUsageFrom: date('claimed_usage_from'),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] }), ofAccount(t)]);

/**
 * Where ingestion queues the accounts its events touch: one row per account and batch, only
 * ever inserted, so concurrent batches never wait for each other (an upsert into health_dirty
 * locks the account's row until the batch commits, and under load every batch waited for the one
 * before it). The health worker moves committed rows into health_dirty before each claim
 * (health-worker.ts takeLoggedUsage). No key and no foreign key: nothing looks rows up one by
 * one, and the move drops rows of accounts deleted since.
 */
export const healthDirtyLog = pgTable('health_dirty_log', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  queuedAt: stamp('queued_at').notNull().defaultNow(),
  /** the earliest usage day (UTC) of the batch's events for the account; null when it had none (a group or identify call) */
  usageFrom: date('usage_from'),
});

/**
 * What the health worker keeps between passes (usage-scans.ts): an account's usage aggregates
 * over the days before `as_of`, per event name (source usage_event_days) or per user
 * (usage_user_days), one array of window sums each, as the scorecards' scans asked for them
 * (`signature`; scans of another shape keep rows of their own). A pass then reads only today's
 * rollups beside it. A cache: a stale or missing row is rebuilt from the rollups, and a full
 * recompute drops the workspace's rows.
 */
export const healthUsageBases = pgTable('health_usage_bases', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  source: text('source').notNull(),
  asOf: date('as_of').notNull(),
  signature: text('signature').notNull(),
  /** { [event name or user id]: [window sums in the order of the signature] } */
  perKey: jsonb('per_key').$type<Record<string, (number | null)[]>>().notNull(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.accountId, t.source, t.signature] }), ofAccount(t)]);

/** A CSM's judgement of an account (1 = very poor … 5 = very good), always with a reason. */
export const csmSentiments = pgTable('csm_sentiments', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  value: integer('value').notNull(),
  reason: text('reason').notNull(),
  authorId: uuid('author_id'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('csm_sentiments_account_idx').on(t.workspaceId, t.accountId, t.createdAt),
  check('csm_sentiments_value_check', sql`${t.value} between 1 and 5`),
]);

/** Workspace health settings; no row means the defaults in domain/health/settings.ts. */
export const healthSettings = pgTable('health_settings', {
  workspaceId: uuid('workspace_id').notNull(),
  loginEvents: jsonb('login_events').$type<string[]>().notNull(),
  sentimentStaleDays: integer('sentiment_stale_days').notNull(),
  /** the day (YYYY-MM-DD, UTC) of the last full recompute, for the nightly pass */
  lastFullRecomputeOn: date('last_full_recompute_on', { mode: 'string' }),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId] })]);
