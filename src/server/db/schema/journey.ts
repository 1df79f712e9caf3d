/**
 * Running the customer journey (issue 5): touch tiers and their cadences, success-roadmap
 * phases with entry criteria and onboarding checklists, playbooks and the episodes they fired
 * in, tasks, mail and webhook deliveries, in-app notifications, and sales → CS handoffs.
 * Every key leads with workspace_id (DESIGN §1). accounts.touch_tier and accounts.phase hold
 * an account's current tier and phase (keys below); the tables here hold the rest.
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, workspaces } from './index.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const ofAccount = (t: { workspaceId: AnyPgColumn; accountId: AnyPgColumn }) =>
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade');
const ofWorkspace = () => uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' });

// ── Touch model ────────────────────────────────────────────────────────────────────────

/**
 * A touch tier (high touch, mid/low touch, tech touch — names and number editable). Tiers are
 * tried in `position` order; the first whose rule matches wins; the default tier takes the rest.
 */
export const touchTiers = pgTable('touch_tiers', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  /** stable key stored in accounts.touch_tier, e.g. high, mid, tech */
  key: text('key').notNull(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  /** AccountRule (domain/journey): all conditions must hold; ignored for the default tier */
  rule: jsonb('rule').$type<unknown>().notNull().default({ all: [] }),
  isDefault: boolean('is_default').notNull().default(false),
  /** the engagement cadence: a meeting every N days, a business review every N days, or automated touches only */
  meetingEveryDays: integer('meeting_every_days'),
  reviewEveryDays: integer('review_every_days'),
  automatedOnly: boolean('automated_only').notNull().default(false),
  description: text('description'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('touch_tiers_key').on(t.workspaceId, t.key),
  uniqueIndex('touch_tiers_one_default').on(t.workspaceId).where(sql`${t.isDefault}`),
]);

/** A CSM's choice of tier for one account over the rules, always with a reason. */
export const tierOverrides = pgTable('tier_overrides', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  tierKey: text('tier_key').notNull(),
  reason: text('reason').notNull(),
  setBy: uuid('set_by'),
  setAt: stamp('set_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] }), ofAccount(t)]);

// ── Success roadmap ────────────────────────────────────────────────────────────────────

/** A phase of the success roadmap; default Entry/onboarding → Adopt → Expand → Renewal. */
export const phases = pgTable('phases', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  /** stable key stored in accounts.phase, e.g. onboarding, adopt, expand, renewal */
  key: text('key').notNull(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  /** PhaseCriterion (domain/journey) to enter this phase; null = entered only by hand or as the first phase */
  criterion: jsonb('criterion').$type<unknown>(),
  /** the onboarding phase whose checklist completion is the onboarding completion rate */
  isOnboarding: boolean('is_onboarding').notNull().default(false),
  description: text('description'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('phases_key').on(t.workspaceId, t.key),
]);

/** Where an account stands on the roadmap, since when, and whether a CSM pinned it there. */
export const accountPhases = pgTable('account_phases', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  phaseKey: text('phase_key').notNull(),
  enteredAt: stamp('entered_at').notNull(),
  /** a manual move pins the phase: automatic transitions leave it alone until unpinned */
  pinned: boolean('pinned').notNull().default(false),
  pinReason: text('pin_reason'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.accountId] }),
  ofAccount(t),
  index('account_phases_phase_idx').on(t.workspaceId, t.phaseKey),
]);

/** Every phase change: automatic (with the criterion that fired), manual (with the reason), or by a playbook. */
export const phaseTransitions = pgTable('phase_transitions', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  fromPhase: text('from_phase'),
  toPhase: text('to_phase').notNull(),
  at: stamp('at').notNull(),
  /** initial | rule | manual | playbook */
  source: text('source').notNull(),
  /** the criterion that fired and the values it saw */
  criterion: jsonb('criterion').$type<unknown>(),
  reason: text('reason'),
  actorId: uuid('actor_id'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('phase_transitions_account_idx').on(t.workspaceId, t.accountId, t.at),
  index('phase_transitions_at_idx').on(t.workspaceId, t.at),
  check('phase_transitions_source_check', sql`${t.source} in ('initial', 'rule', 'manual', 'playbook')`),
]);

/** The workspace's checklist template for a phase (onboarding above all). */
export const checklistItems = pgTable('checklist_items', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  phaseKey: text('phase_key').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  position: integer('position').notNull().default(0),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('checklist_items_phase_idx').on(t.workspaceId, t.phaseKey, t.position),
]);

/** A checklist item checked off for one account. */
export const accountChecklist = pgTable('account_checklist', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  itemId: uuid('item_id').notNull(),
  doneAt: stamp('done_at').notNull(),
  doneBy: uuid('done_by'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.accountId, t.itemId] }),
  ofAccount(t),
  foreignKey({ columns: [t.workspaceId, t.itemId], foreignColumns: [checklistItems.workspaceId, checklistItems.id] }).onDelete('cascade'),
]);

// ── Playbooks ──────────────────────────────────────────────────────────────────────────

/** A trigger, conditions and actions, scoped to tiers and phases (empty scope = all). */
export const playbooks = pgTable('playbooks', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  enabled: boolean('enabled').notNull().default(true),
  /** PlaybookTrigger (domain/playbooks) */
  trigger: jsonb('trigger').$type<unknown>().notNull(),
  /** AccountRule (domain/journey): extra conditions that must hold when the trigger fires */
  conditions: jsonb('conditions').$type<unknown>().notNull().default({ all: [] }),
  /** PlaybookAction[] (domain/playbooks), run in order */
  actions: jsonb('actions').$type<unknown>().notNull().default([]),
  tierKeys: jsonb('tier_keys').$type<string[]>().notNull().default([]),
  phaseKeys: jsonb('phase_keys').$type<string[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.id] })]);

/**
 * One firing of a playbook for one account. State triggers (health below a threshold, no
 * touch within cadence, …) keep their episode open until the account recovers — the partial
 * unique index allows one open episode per playbook and account, so a trigger fires once per
 * episode even when two evaluations race. Event triggers (phase entered, a detractor answer, a
 * custom event) close their episode at once; `episode_key` (the event's id) stops a redelivery.
 */
export const playbookRuns = pgTable('playbook_runs', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  playbookId: uuid('playbook_id').notNull(),
  accountId: uuid('account_id').notNull(),
  episodeKey: text('episode_key').notNull(),
  firedAt: stamp('fired_at').notNull(),
  closedAt: stamp('closed_at'),
  /** what the trigger saw, e.g. { score: 38, band: 'red', previousBand: 'yellow' } */
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  /** per action: { type, status: done | queued | failed, error?, ref? } */
  results: jsonb('results').$type<unknown[]>().notNull().default([]),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  foreignKey({ columns: [t.workspaceId, t.playbookId], foreignColumns: [playbooks.workspaceId, playbooks.id] }).onDelete('cascade'),
  unique('playbook_runs_episode_key').on(t.workspaceId, t.playbookId, t.accountId, t.episodeKey),
  uniqueIndex('playbook_runs_one_open').on(t.workspaceId, t.playbookId, t.accountId).where(sql`${t.closedAt} is null`),
  index('playbook_runs_fired_idx').on(t.workspaceId, t.firedAt),
]);

/** Accounts whose tier, phase and playbooks must be evaluated again; filled after health scoring. */
export const automationDirty = pgTable('automation_dirty', {
  workspaceId: uuid('workspace_id').notNull(),
  accountId: uuid('account_id').notNull(),
  queuedAt: stamp('queued_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.accountId] }), ofAccount(t)]);

/** Per workspace: when the scheduled evaluation last ran, and how far event triggers have read. */
export const automationState = pgTable('automation_state', {
  workspaceId: ofWorkspace().primaryKey(),
  lastScheduledAt: stamp('last_scheduled_at'),
  /** event triggers read timeline entries created after this instant */
  eventCursor: stamp('event_cursor'),
});

// ── Tasks ──────────────────────────────────────────────────────────────────────────────

/** A CSM's task, always about one account and always with the reason it exists. */
export const tasks = pgTable('tasks', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  /** the member (user id) who should do it; null = unassigned (the account has no owner) */
  assigneeId: uuid('assignee_id'),
  title: text('title').notNull(),
  reason: text('reason').notNull(),
  dueOn: date('due_on', { mode: 'string' }),
  /** open | done | cancelled */
  status: text('status').notNull().default('open'),
  doneAt: stamp('done_at'),
  doneBy: uuid('done_by'),
  /** manual | playbook | handoff | checklist */
  source: text('source').notNull().default('manual'),
  playbookRunId: uuid('playbook_run_id'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('tasks_assignee_idx').on(t.workspaceId, t.assigneeId, t.status, t.dueOn),
  index('tasks_account_idx').on(t.workspaceId, t.accountId, t.status),
  check('tasks_status_check', sql`${t.status} in ('open', 'done', 'cancelled')`),
]);

// ── Mail, webhooks, notifications ──────────────────────────────────────────────────────

/** An email template in one language, with {{account.name}}-style fields. */
export const emailTemplates = pgTable('email_templates', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  /** ja | en */
  locale: text('locale').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId, t.id] })]);

/** The workspace's SMTP server. The password is kept to send mail and never returned by the API. */
export const mailSettings = pgTable('mail_settings', {
  workspaceId: ofWorkspace().primaryKey(),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  /** TLS from the start (465); otherwise STARTTLS when the server offers it */
  secure: boolean('secure').notNull().default(false),
  username: text('username'),
  password: text('password'),
  fromAddress: text('from_address').notNull(),
  fromName: text('from_name'),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
});

/**
 * Mail and webhook posts waiting to go out, sent by the delivery worker after the transaction
 * that queued them commits; failures are retried with backoff and stay visible.
 */
export const outbox = pgTable('outbox', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  /** email | webhook */
  kind: text('kind').notNull(),
  accountId: uuid('account_id'),
  playbookRunId: uuid('playbook_run_id'),
  /** the address or URL */
  target: text('target').notNull(),
  /** email: { subject, text, locale }; webhook: the JSON body */
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  /** pending | sent | dead (gave up after the last attempt) */
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: stamp('next_attempt_at').notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: stamp('sent_at'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  index('outbox_created_idx').on(t.workspaceId, t.createdAt),
  check('outbox_kind_check', sql`${t.kind} in ('email', 'webhook')`),
  check('outbox_status_check', sql`${t.status} in ('pending', 'sent', 'dead')`),
]);

/** An in-app notification for one member (a handoff returned, a task assigned, …). */
export const notifications = pgTable('notifications', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  userId: uuid('user_id').notNull(),
  /** e.g. handoff.submitted, handoff.accepted, handoff.returned, task.assigned */
  kind: text('kind').notNull(),
  accountId: uuid('account_id'),
  /** values for the message text, e.g. { accountName, by } */
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  /** where the notification leads in the web app, e.g. /accounts/<id>/handoff */
  link: text('link'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  readAt: stamp('read_at'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('notifications_user_idx').on(t.workspaceId, t.userId, t.createdAt),
]);

// ── Sales → CS handoff ─────────────────────────────────────────────────────────────────

/** The handoff sales fills at deal close; CS accepts it or returns it with questions. */
export const handoffs = pgTable('handoffs', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  accountId: uuid('account_id').notNull(),
  /** draft | submitted | accepted | returned */
  status: text('status').notNull().default('draft'),
  /** HandoffContent (domain/handoffs): goals and KPIs, decision maker, stakeholders, contract, timeline, risks, promises */
  content: jsonb('content').$type<Record<string, unknown>>().notNull().default({}),
  /** 0–100, recomputed on every save */
  completeness: integer('completeness').notNull().default(0),
  /** the sales rep who owns it */
  authorId: uuid('author_id'),
  submittedAt: stamp('submitted_at'),
  reviewerId: uuid('reviewer_id'),
  reviewedAt: stamp('reviewed_at'),
  /** CS's questions when it returns the handoff, or a note when it accepts it */
  reviewNote: text('review_note'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  ofAccount(t),
  index('handoffs_account_idx').on(t.workspaceId, t.accountId),
  index('handoffs_status_idx').on(t.workspaceId, t.status, t.updatedAt),
  check('handoffs_status_check', sql`${t.status} in ('draft', 'submitted', 'accepted', 'returned')`),
  check('handoffs_completeness_check', sql`${t.completeness} between 0 and 100`),
]);
