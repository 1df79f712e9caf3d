/**
 * Writes the demo's surveys (domain/demo/generate-surveys.ts) and voice of the customer
 * (generate-voc.ts), set-based: the surveys, their recipients — each with a fresh answer-link
 * token drawn here, never from the public seed — the responses with their extracted scores
 * (source `demo`), one `survey.answered` entry per response on the account timeline, then the
 * VOC settings, items, the CSM notes they quote, and the mentions.
 */
import type { Tx } from '../../db/connect.js';
import { vocItems, vocSettings } from '../../db/schema/index.js';
import type { DemoSurveyRecipient, DemoSurveyResponse, DemoSurveys, DemoSurvey } from '../../../domain/demo/generate-surveys.js';
import type { DemoVoc, DemoVocMention } from '../../../domain/demo/generate-voc.js';
import { newSurveyToken } from '../surveys/survey-token.js';
import { insertDemoActivities } from './demo-store.js';
import { insertWithUnnest } from './unnest-insert.js';

export async function insertDemoSurveys(tx: Tx, workspaceId: string, demo: DemoSurveys): Promise<void> {
  await insertWithUnnest<DemoSurvey>(tx, 'surveys', workspaceId, [
    { name: 'id', type: 'uuid', value: (s) => s.id },
    { name: 'name', type: 'text', value: (s) => s.name },
    { name: 'kind', type: 'text', value: (s) => s.kind },
    { name: 'series', type: 'text', value: (s) => s.series },
    { name: 'status', type: 'text', value: (s) => s.status },
    { name: 'definition', type: 'jsonb', value: (s) => JSON.stringify(s.definition) },
    { name: 'remind_after_days', type: 'int', value: (s) => s.remindAfterDays },
    { name: 'opened_at', type: 'timestamptz', value: (s) => s.openedAt },
    { name: 'closes_at', type: 'timestamptz', value: (s) => s.closesAt },
    { name: 'closed_at', type: 'timestamptz', value: (s) => s.closedAt },
    { name: 'created_by', type: 'uuid', value: (s) => s.createdBy },
    { name: 'created_at', type: 'timestamptz', value: (s) => s.createdAt },
    { name: 'updated_at', type: 'timestamptz', value: (s) => s.closedAt ?? s.openedAt },
  ], demo.surveys);
  await insertWithUnnest<DemoSurveyRecipient>(tx, 'survey_recipients', workspaceId, [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'survey_id', type: 'uuid', value: (r) => r.surveyId },
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId },
    { name: 'contact_id', type: 'uuid', value: (r) => r.contactId },
    { name: 'token', type: 'text', value: () => newSurveyToken(workspaceId) },
    { name: 'language', type: 'text', value: (r) => r.language },
    { name: 'invited_at', type: 'timestamptz', value: (r) => r.invitedAt },
    { name: 'last_reminded_at', type: 'timestamptz', value: (r) => r.lastRemindedAt },
    { name: 'reminder_count', type: 'int', value: (r) => r.reminderCount },
    { name: 'first_opened_at', type: 'timestamptz', value: (r) => r.firstOpenedAt },
    { name: 'created_at', type: 'timestamptz', value: (r) => r.invitedAt },
  ], demo.recipients);
  await insertWithUnnest<DemoSurveyResponse>(tx, 'survey_responses', workspaceId, [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'survey_id', type: 'uuid', value: (r) => r.surveyId },
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId },
    { name: 'contact_id', type: 'uuid', value: (r) => r.contactId },
    { name: 'recipient_id', type: 'uuid', value: (r) => r.recipientId },
    { name: 'answers', type: 'jsonb', value: (r) => JSON.stringify(r.answers) },
    { name: 'language', type: 'text', value: () => 'ja' },
    { name: 'source', type: 'text', value: () => 'demo' },
    { name: 'nps', type: 'smallint', value: (r) => r.scores.nps },
    { name: 'csat', type: 'smallint', value: (r) => r.scores.csat },
    { name: 'continuation', type: 'smallint', value: (r) => r.scores.continuation },
    { name: 'recommendation', type: 'smallint', value: (r) => r.scores.recommendation },
    { name: 'trouble', type: 'boolean', value: (r) => r.scores.trouble },
    { name: 'consulted', type: 'boolean', value: (r) => r.scores.consulted },
    { name: 'handling', type: 'text', value: (r) => r.scores.handling },
    { name: 'submitted_at', type: 'timestamptz', value: (r) => r.submittedAt },
    { name: 'updated_at', type: 'timestamptz', value: (r) => r.submittedAt },
  ], demo.responses);
  // survey.answered on the account timeline, with the data the timeline text and the nps_detractor trigger read
  await insertWithUnnest<DemoSurveyResponse>(tx, 'activities', workspaceId, [
    { name: 'id', type: 'uuid', value: (r) => r.activityId },
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId },
    { name: 'contact_id', type: 'uuid', value: (r) => r.contactId },
    { name: 'kind', type: 'text', value: () => 'system' },
    { name: 'occurred_at', type: 'timestamptz', value: (r) => r.submittedAt },
    { name: 'event', type: 'text', value: () => 'survey.answered' },
    { name: 'data', type: 'jsonb', value: (r) => JSON.stringify({
      surveyId: r.surveyId, surveyName: r.surveyName, nps: r.scores.nps, csat: r.scores.csat,
      continuation: r.scores.continuation, responseId: r.id,
    }) },
    { name: 'created_at', type: 'timestamptz', value: (r) => r.submittedAt },
  ], demo.responses);
}

export async function insertDemoVoc(tx: Tx, workspaceId: string, demo: DemoVoc): Promise<void> {
  // Few rows with text[] columns, which unnest cannot carry: a plain multi-row insert.
  await tx.insert(vocSettings).values({ workspaceId, areas: demo.areas, webhookUrl: null });
  if (demo.items.length > 0) {
    await tx.insert(vocItems).values(demo.items.map((i) => ({
      workspaceId, id: i.id, title: i.title, description: i.description, areas: i.areas, kind: i.kind, status: i.status,
      createdBy: i.createdBy, createdAt: new Date(i.createdAt), updatedAt: new Date(i.updatedAt), sentAt: i.sentAt === null ? null : new Date(i.sentAt),
    })));
  }
  await insertDemoActivities(tx, workspaceId, demo.notes);
  await insertWithUnnest<DemoVocMention>(tx, 'voc_mentions', workspaceId, [
    { name: 'id', type: 'uuid', value: (m) => m.id },
    { name: 'item_id', type: 'uuid', value: (m) => m.itemId },
    { name: 'account_id', type: 'uuid', value: (m) => m.accountId },
    { name: 'source_kind', type: 'text', value: (m) => m.sourceKind },
    { name: 'source_id', type: 'uuid', value: (m) => m.sourceId },
    { name: 'quote', type: 'text', value: (m) => m.quote },
    { name: 'created_by', type: 'uuid', value: (m) => m.createdBy },
    { name: 'created_at', type: 'timestamptz', value: (m) => m.createdAt },
  ], demo.mentions);
}
