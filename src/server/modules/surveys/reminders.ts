/**
 * Automatic reminders (issue 6 item 2): for open surveys with `remind_after_days`, a reminder to
 * each invited non-respondent once that many days have passed since the invitation (or since
 * the last reminder), at most MAX_AUTOMATIC_REMINDERS per recipient — a third mail about the same
 * survey reads as spam, and response rates gain little after the second reminder. Reminders stop
 * when the survey closes or its close date passes. The lead's worker calls `sendDueReminders`
 * periodically; recipients are claimed with SKIP LOCKED, so two workers never mail one twice.
 */
import type { Db } from '../../db/connect.js';
import { recordAudit } from '../audit/store.js';
import { publicBaseUrl, queueSurveyMails } from './distribution-mail.js';
import { markReminded, selectDueReminders, type DueReminderTarget } from './distribution-store.js';

export const MAX_AUTOMATIC_REMINDERS = 2;

export interface DueReminderOptions {
  /**
   * the base of the answer links; default: KIZUNA_PUBLIC_URL, else the origin the survey's
   * invitations linked to, else the local server
   */
  baseUrl?: string;
  /** only this workspace (tests) */
  workspaceId?: string;
}

/** Queue every due reminder in one transaction; returns how many were queued. */
export async function sendDueReminders(db: Db, now: Date, options: DueReminderOptions = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await selectDueReminders(tx, now, MAX_AUTOMATIC_REMINDERS, options.workspaceId);
    const bySurvey = new Map<string, DueReminderTarget[]>();
    for (const target of due) {
      const key = `${target.workspaceId}/${target.surveyId}`;
      bySurvey.set(key, [...(bySurvey.get(key) ?? []), target]);
    }
    let queued = 0;
    for (const targets of bySurvey.values()) {
      const { survey, workspaceId, surveyId, linkBaseUrl } = targets[0]!;
      const baseUrl = options.baseUrl ?? publicBaseUrl(linkBaseUrl ?? undefined);
      const { recipientIds, skippedNoEmail } = await queueSurveyMails(tx, survey, targets, 'reminder', baseUrl);
      await markReminded(tx, workspaceId, recipientIds, now);
      if (recipientIds.length > 0) {
        await recordAudit(tx, { workspaceId, actor: { type: 'system', id: null } }, {
          action: 'update', entity: 'survey', entityId: surveyId, changes: { reminded: recipientIds.length, skippedNoEmail, by: 'schedule' },
        }, now);
      }
      queued += recipientIds.length;
    }
    return queued;
  });
}
