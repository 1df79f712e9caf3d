/**
 * Distributing a survey (issue 6 item 2): choose recipients by account and contact filters
 * (idempotent: a contact already on the survey keeps its row and link), remove one who has not
 * answered, send the invitations, remind non-respondents. Each command locks the survey so a
 * send never races a close, and writes its audit row — and, for invitations, one timeline entry
 * per contact invited — in the same transaction as the change.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { newSurveyToken } from './survey-token.js';
import { queueSurveyMails } from './distribution-mail.js';
import {
  deleteRecipient, findDistributionSurvey, findRecipientForUpdate, insertRecipients, markInvited, markReminded, matchContacts, rememberLinkBase,
  selectMailTargets, type DistributionSurvey,
} from './distribution-store.js';
import type { RecipientFilter } from './distribution-schema.js';

async function surveyFor(tx: Tx, workspaceId: string, id: string, lock: boolean): Promise<DistributionSurvey> {
  const survey = await findDistributionSurvey(tx, workspaceId, id, lock);
  if (!survey) throw notFound('survey.not_found', id);
  return survey;
}

function requireOpen(survey: DistributionSurvey, doing: string): void {
  if (survey.status === 'closed') throw new AppError('survey.closed', { detail: `The survey is closed: nothing can be ${doing}.` });
  if (survey.status !== 'open') throw new AppError('survey.not_open', { detail: `Open the survey before anything is ${doing}: a draft has no answerable links.` });
}

export interface RecipientSelectionResult {
  matched: number;
  added: number;
  alreadyIncluded: number;
  skippedNoEmail: number;
  accounts: number;
}

/**
 * Add the contacts a filter matches (or, with `dryRun`, only count them for the preview).
 * Contacts without an email are skipped and counted; a draft or open survey takes recipients,
 * a closed one does not.
 */
export async function addRecipients(
  db: Db, principal: Principal, surveyId: string, filter: RecipientFilter, now: Date, dryRun = false,
): Promise<RecipientSelectionResult> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const survey = await surveyFor(tx, ws, surveyId, !dryRun);
    if (survey.status === 'closed') throw new AppError('survey.closed', { detail: 'The survey is closed: it takes no more recipients.' });
    const matched = await matchContacts(tx, ws, surveyId, filter);
    const fresh = matched.filter((m) => m.hasEmail && !m.already);
    const language = filter.language ?? survey.languages[0] ?? 'ja';
    const result = {
      matched: matched.length,
      alreadyIncluded: matched.filter((m) => m.already).length,
      skippedNoEmail: matched.filter((m) => !m.hasEmail && !m.already).length,
      accounts: new Set(fresh.map((m) => m.accountId)).size,
    };
    if (dryRun) return { ...result, added: fresh.length };
    const added = await insertRecipients(tx, ws, surveyId, fresh.map((m) => ({
      id: randomUUID(), accountId: m.accountId, contactId: m.contactId, token: newSurveyToken(ws), language,
    })), now);
    if (added > 0) {
      await recordAudit(tx, principal, {
        action: 'update', entity: 'survey', entityId: surveyId, changes: { recipientsAdded: added, filter, language },
      }, now);
    }
    return { ...result, added };
  });
}

/** Take a recipient off the survey; their link stops working. One who has answered stays (their answer is kept). */
export async function removeRecipient(db: Db, principal: Principal, recipientId: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const recipient = await findRecipientForUpdate(tx, ws, recipientId);
    if (!recipient) throw notFound('survey_recipient.not_found', recipientId);
    await surveyFor(tx, ws, recipient.surveyId, true);
    if (recipient.answered) {
      throw new AppError('survey_recipient.answered', { detail: 'This contact has answered: the recipient stays with the answer.' });
    }
    await deleteRecipient(tx, ws, recipientId);
    await recordAudit(tx, principal, {
      action: 'delete', entity: 'survey_recipient', entityId: recipientId, changes: { surveyId: recipient.surveyId, contactId: recipient.contactId },
    }, now);
  });
}

export interface SendResult {
  queued: number;
  skippedNoEmail: number;
}

/** Queue one invitation per recipient not yet invited; each invited contact gets a `survey.invited` timeline entry. */
export async function sendInvitations(db: Db, principal: Principal, surveyId: string, baseUrl: string, now: Date): Promise<SendResult> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const survey = await surveyFor(tx, ws, surveyId, true);
    requireOpen(survey, 'sent');
    const targets = await selectMailTargets(tx, ws, surveyId, 'invite', now);
    const { recipientIds, skippedNoEmail } = await queueSurveyMails(tx, survey, targets, 'invitation', baseUrl);
    if (recipientIds.length === 0) return { queued: 0, skippedNoEmail };
    await markInvited(tx, ws, recipientIds, now);
    await rememberLinkBase(tx, ws, surveyId, baseUrl);
    const sent = new Set(recipientIds);
    await recordSystemEvents(tx, ws, principal.userId, targets.filter((t) => sent.has(t.recipientId)).map((t) => ({
      accountId: t.accountId, contactId: t.contactId, event: 'survey.invited',
      data: { surveyId, surveyName: survey.name, name: survey.name, contactName: t.contactName },
    })), now);
    await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: surveyId, changes: { invited: recipientIds.length, skippedNoEmail } }, now);
    return { queued: recipientIds.length, skippedNoEmail };
  });
}

/** Remind, now, every non-respondent invited at least a day ago and not reminded within the last day. */
export async function remindNonRespondents(db: Db, principal: Principal, surveyId: string, baseUrl: string, now: Date): Promise<SendResult> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const survey = await surveyFor(tx, ws, surveyId, true);
    requireOpen(survey, 'reminded');
    const targets = await selectMailTargets(tx, ws, surveyId, 'remind', now);
    const { recipientIds, skippedNoEmail } = await queueSurveyMails(tx, survey, targets, 'reminder', baseUrl);
    if (recipientIds.length === 0) return { queued: 0, skippedNoEmail };
    await markReminded(tx, ws, recipientIds, now);
    await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: surveyId, changes: { reminded: recipientIds.length, by: 'hand' } }, now);
    return { queued: recipientIds.length, skippedNoEmail };
  });
}
