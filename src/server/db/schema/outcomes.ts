/**
 * Outcomes and maturity (issue 7): success-plan goals the customer defined, their measured
 * progress and the log of every re-agreement, read-only share links of a success plan, and the
 * workspace's CS maturity self-assessments. Every key leads with workspace_id (DESIGN §1).
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './index.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const ofAccount = (t: { workspaceId: AnyPgColumn; accountId: AnyPgColumn }) =>
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade');
const amount = (name: string) => numeric(name, { mode: 'number' });

/** One outcome the customer wants, with the metric that proves it. */
export const successGoals = pgTable('success_goals', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  title: text('title').notNull(),
  /** what proves the goal, in the customer's words, e.g. "月次レポート作成時間" */
  metric: text('metric').notNull(),
  unit: text('unit'),
  baseline: amount('baseline').notNull(),
  target: amount('target').notNull(),
  /** the latest measured value: entered by hand, or computed from `binding` */
  current: amount('current'),
  currentAt: stamp('current_at'),
  /** null = progress entered by hand; else GoalBinding (domain/outcomes), evaluated by Kizuna */
  binding: jsonb('binding').$type<unknown>(),
  dueOn: date('due_on', { mode: 'string' }),
  /** the customer-side owner: a contact of the account, or a free-text name */
  customerOwnerContactId: uuid('customer_owner_contact_id'),
  customerOwnerName: text('customer_owner_name'),
  /** the vendor-side owner (a member's user id) */
  ownerId: uuid('owner_id'),
  /** not_started | on_track | at_risk | achieved | missed | dropped */
  status: text('status').notNull().default('not_started'),
  nextReviewOn: date('next_review_on', { mode: 'string' }),
  position: integer('position').notNull().default(0),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('success_goals_account_idx').on(t.workspaceId, t.accountId, t.position),
  index('success_goals_review_idx').on(t.workspaceId, t.nextReviewOn),
  check('success_goals_status_check', sql`${t.status} in ('not_started', 'on_track', 'at_risk', 'achieved', 'missed', 'dropped')`),
]);

/** Measured values of a goal over time: one per goal and day (the last of the day). */
export const goalMeasurements = pgTable('goal_measurements', {
  workspaceId: uuid('workspace_id').notNull(),
  goalId: uuid('goal_id').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
  value: amount('value').notNull(),
  /** manual | bound */
  source: text('source').notNull(),
  authorId: uuid('author_id'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.goalId, t.day] }),
  foreignKey({ columns: [t.workspaceId, t.goalId], foreignColumns: [successGoals.workspaceId, successGoals.id] }).onDelete('cascade'),
]);

/** Every review of a goal with the customer: what was re-agreed (before → after) and why. */
export const goalReviews = pgTable('goal_reviews', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  goalId: uuid('goal_id').notNull(),
  accountId: uuid('account_id').notNull(),
  reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
  /** field → { from, to } for what changed; empty when the goal was confirmed as it stands */
  changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
  reason: text('reason').notNull(),
  authorId: uuid('author_id'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  foreignKey({ columns: [t.workspaceId, t.goalId], foreignColumns: [successGoals.workspaceId, successGoals.id] }).onDelete('cascade'),
  index('goal_reviews_goal_idx').on(t.workspaceId, t.goalId, t.reviewedOn),
]);

/**
 * Read-only links to an account's success plan for people without a Kizuna login. The token
 * (`kzp_<workspace>_<secret>`) is shown once; only its SHA-256 is stored, as for API keys.
 */
export const successPlanShares = pgTable('success_plan_shares', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  /** ja | en: the language the customer sees */
  locale: text('locale').notNull(),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  expiresAt: stamp('expires_at'),
  revokedAt: stamp('revoked_at'),
  lastOpenedAt: stamp('last_opened_at'),
  openCount: integer('open_count').notNull().default(0),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('success_plan_shares_token_idx').on(t.workspaceId, t.tokenHash),
  index('success_plan_shares_account_idx').on(t.workspaceId, t.accountId),
]);

/** One CS maturity self-assessment of the workspace: answers, axis scores (0–100 each), total (0–800). */
export const maturityAssessments = pgTable('maturity_assessments', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  /** the questionnaire version the answers refer to */
  questionnaireVersion: integer('questionnaire_version').notNull(),
  /** question id → chosen option index */
  answers: jsonb('answers').$type<Record<string, number>>().notNull(),
  /** axis → 0–100 */
  scores: jsonb('scores').$type<Record<string, number>>().notNull(),
  total: integer('total').notNull(),
  /** the evidence from Kizuna's data as it stood when the assessment was saved */
  evidence: jsonb('evidence').$type<unknown>().notNull().default({}),
  note: text('note'),
  authorId: uuid('author_id'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('maturity_assessments_day_idx').on(t.workspaceId, t.assessedOn),
  check('maturity_assessments_total_check', sql`${t.total} between 0 and 800`),
]);
