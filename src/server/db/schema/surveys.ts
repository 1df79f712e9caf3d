/**
 * Surveys and the voice of the customer (issue 6): survey definitions, the contacts a survey
 * goes to (each with an unguessable answer link), their responses, and VOC items with the
 * accounts behind them. Every key leads with workspace_id (DESIGN §1).
 *
 * A response stores the full answers (jsonb, keyed by question id) and, beside them, the
 * scores the analysis reads — NPS, CSAT, continuation and recommendation intent, and the CX
 * tree's three answers — extracted once when the response is saved (domain/surveys), so the
 * analysis is set-based SQL over plain columns.
 */
import { type AnyPgColumn, boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { accounts, contacts, workspaces } from './index.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const ofAccount = (t: { workspaceId: AnyPgColumn; accountId: AnyPgColumn }) =>
  foreignKey({ columns: [t.workspaceId, t.accountId], foreignColumns: [accounts.workspaceId, accounts.id] }).onDelete('cascade');
const ofWorkspace = () => uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' });

/**
 * A survey. `definition` is a SurveyDefinition (domain/surveys/definition.ts): questions with
 * ja/en texts, branching, and which questions play the CX tree's roles. Surveys sharing a
 * `series` are the same survey run again (定点観測) and are compared year over year.
 * Status: draft (editable, no links) → open (links answerable; questions frozen) → closed
 * (answers final, links answer 410).
 */
export const surveys = pgTable('surveys', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  name: text('name').notNull(),
  /** cx (the yearly satisfaction survey with the CX tree), nps (a pulse), custom */
  kind: text('kind').notNull().default('custom'),
  /** series key for year-over-year comparison, e.g. "cx-annual"; null = a one-off */
  series: text('series'),
  status: text('status').notNull().default('draft'),
  definition: jsonb('definition').$type<unknown>().notNull(),
  /** languages the survey is offered in; the first is the default for contacts without one */
  languages: text('languages').array().notNull().default(sql`array['ja','en']::text[]`),
  /** email invitation; null = the built-in ja/en invitation text */
  emailSubject: jsonb('email_subject').$type<{ ja?: string; en?: string } | null>(),
  emailBody: jsonb('email_body').$type<{ ja?: string; en?: string } | null>(),
  /** send a reminder to non-respondents this many days after the invitation; null = manual only */
  remindAfterDays: integer('remind_after_days'),
  /**
   * The origin the last invitation's answer links were made with (the address the manager used):
   * scheduled reminders have no request, and link the same way unless KIZUNA_PUBLIC_URL is set.
   */
  linkBaseUrl: text('link_base_url'),
  openedAt: stamp('opened_at'),
  /** planned close; the survey closes itself when this passes */
  closesAt: stamp('closes_at'),
  closedAt: stamp('closed_at'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('surveys_series_idx').on(t.workspaceId, t.series),
  check('surveys_status', sql`${t.status} in ('draft', 'open', 'closed')`),
  check('surveys_kind', sql`${t.kind} in ('cx', 'nps', 'custom')`),
]);

/**
 * One contact a survey goes to, with the answer link's token. The token is stored as is (it
 * must be re-sent in reminders); it grants only answering this one survey as this contact and
 * stops working when the survey closes. Format: `kzs_<workspace id hex>_<43 base64url chars>`.
 */
export const surveyRecipients = pgTable('survey_recipients', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  accountId: uuid('account_id').notNull(),
  contactId: uuid('contact_id').notNull(),
  token: text('token').notNull(),
  /** ja | en: the language of the invitation and the page's first language */
  language: text('language').notNull().default('ja'),
  invitedAt: stamp('invited_at'),
  lastRemindedAt: stamp('last_reminded_at'),
  reminderCount: integer('reminder_count').notNull().default(0),
  firstOpenedAt: stamp('first_opened_at'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('survey_recipients_contact').on(t.workspaceId, t.surveyId, t.contactId),
  unique('survey_recipients_token').on(t.workspaceId, t.token),
  foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  foreignKey({ columns: [t.workspaceId, t.contactId], foreignColumns: [contacts.workspaceId, contacts.id] }).onDelete('cascade'),
  ofAccount(t),
]);

/**
 * One response: at most one per survey and contact, editable until the survey closes. Answers
 * arrive through the public link (`link`), the API (`api`), or the demo loader (`demo`).
 */
export const surveyResponses = pgTable('survey_responses', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  accountId: uuid('account_id').notNull(),
  contactId: uuid('contact_id').notNull(),
  recipientId: uuid('recipient_id'),
  /** Record<questionId, number | boolean | string | string[]>, only visible questions */
  answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  language: text('language').notNull().default('ja'),
  source: text('source').notNull().default('link'),
  /** extracted scores (null when the survey has no such question or it was not answered) */
  nps: smallint('nps'),
  csat: smallint('csat'),
  continuation: smallint('continuation'),
  recommendation: smallint('recommendation'),
  /** the CX tree: had trouble? → consulted the vendor? → handling above / as / below expectations */
  trouble: boolean('trouble'),
  consulted: boolean('consulted'),
  handling: text('handling'),
  submittedAt: stamp('submitted_at').notNull(),
  updatedAt: stamp('updated_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  unique('survey_responses_contact').on(t.workspaceId, t.surveyId, t.contactId),
  index('survey_responses_account_idx').on(t.workspaceId, t.accountId, t.submittedAt),
  foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  foreignKey({ columns: [t.workspaceId, t.contactId], foreignColumns: [contacts.workspaceId, contacts.id] }).onDelete('cascade'),
  ofAccount(t),
  check('survey_responses_nps', sql`${t.nps} between 0 and 10`),
  check('survey_responses_csat', sql`${t.csat} between 1 and 5`),
  check('survey_responses_continuation', sql`${t.continuation} between 1 and 5`),
  check('survey_responses_recommendation', sql`${t.recommendation} between 1 and 5`),
  check('survey_responses_handling', sql`${t.handling} in ('above', 'as', 'below')`),
  check('survey_responses_source', sql`${t.source} in ('link', 'api', 'demo', 'import')`),
]);

// ── Voice of the customer ──────────────────────────────────────────────────────────────

/**
 * A request or pain heard from customers, tagged by product area, moved through
 * new → sent (to product) → planned → done (or declined). Counted by the accounts behind it.
 */
export const vocItems = pgTable('voc_items', {
  workspaceId: ofWorkspace(),
  id: uuid('id').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  /** product-area tags, e.g. {reporting, integrations} */
  areas: text('areas').array().notNull().default(sql`array[]::text[]`),
  /** request (a wish) or pain (a problem) */
  kind: text('kind').notNull().default('request'),
  status: text('status').notNull().default('new'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
  sentAt: stamp('sent_at'),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  check('voc_items_status', sql`${t.status} in ('new', 'sent', 'planned', 'done', 'declined')`),
  check('voc_items_kind', sql`${t.kind} in ('request', 'pain')`),
]);

/**
 * One piece of evidence behind a VOC item: an account, and where it was heard — a survey
 * answer, a timeline note, a task, or entered by hand — with the quote.
 */
export const vocMentions = pgTable('voc_mentions', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
  itemId: uuid('item_id').notNull(),
  accountId: uuid('account_id').notNull(),
  /** survey_response | activity | task | manual */
  sourceKind: text('source_kind').notNull(),
  sourceId: uuid('source_id'),
  quote: text('quote'),
  createdBy: uuid('created_by'),
  createdAt: stamp('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.id] }),
  index('voc_mentions_item_idx').on(t.workspaceId, t.itemId),
  index('voc_mentions_source_idx').on(t.workspaceId, t.sourceKind, t.sourceId),
  foreignKey({ columns: [t.workspaceId, t.itemId], foreignColumns: [vocItems.workspaceId, vocItems.id] }).onDelete('cascade'),
  ofAccount(t),
  check('voc_mentions_source_kind', sql`${t.sourceKind} in ('survey_response', 'activity', 'task', 'manual')`),
]);

/**
 * Candidates a CSM set aside as not VOC (a thank-you, a question already answered): the inbox
 * leaves them out, and they can be restored. One row per survey answer (response and text
 * question) or timeline entry (question_id '').
 */
export const vocDismissals = pgTable('voc_dismissals', {
  workspaceId: ofWorkspace(),
  /** survey_response | activity */
  sourceKind: text('source_kind').notNull(),
  sourceId: uuid('source_id').notNull(),
  /** the text question of a survey response; '' for a timeline entry */
  questionId: text('question_id').notNull().default(''),
  dismissedBy: uuid('dismissed_by'),
  dismissedAt: stamp('dismissed_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.workspaceId, t.sourceKind, t.sourceId, t.questionId] }),
  check('voc_dismissals_source_kind', sql`${t.sourceKind} in ('survey_response', 'activity')`),
]);

/** Where the product team hears about VOC items: a webhook called when an item is sent to product. */
export const vocSettings = pgTable('voc_settings', {
  workspaceId: ofWorkspace(),
  webhookUrl: text('webhook_url'),
  /** the product-area tags offered in the picker, in order */
  areas: text('areas').array().notNull().default(sql`array[]::text[]`),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.workspaceId] })]);
