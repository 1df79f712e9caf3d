/**
 * Invitation and reminder emails of a survey: each recipient's text (the survey's own or the
 * built-in one, domain/surveys/invitation.ts) rendered with their personal link, queued in the
 * outbox in the caller's transaction — nothing is sent unless that transaction commits.
 */
import type { Tx } from '../../db/connect.js';
import { formatCloseDate, mailTextFor, renderMail, surveyLink, type MailKind } from '../../../domain/surveys/invitation.js';
import { enqueueEmails, type QueuedEmail } from '../delivery/enqueue.js';
import type { DistributionSurvey, MailTarget } from './distribution-store.js';

/**
 * The base of the answer links in emails: KIZUNA_PUBLIC_URL when set (the address customers
 * reach, e.g. behind a proxy), else the origin the manager's request came to (what they see in
 * their browser), else the local server. Reminders sent by the worker have no request: they pass
 * the origin the survey's invitations were sent from (surveys.link_base_url), so their links
 * match the invitations'.
 */
export function publicBaseUrl(requestUrl?: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KIZUNA_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  if (requestUrl) return new URL(requestUrl).origin;
  return `http://localhost:${env.PORT ?? 3000}`;
}

export interface QueuedMails {
  /** recipients whose mail was queued */
  recipientIds: string[];
  /** recipients passed over for having no email */
  skippedNoEmail: number;
}

/** Queue one email per target with an email address; those without one are counted, not mailed. */
export async function queueSurveyMails(
  tx: Tx, survey: DistributionSurvey, targets: MailTarget[], kind: MailKind, baseUrl: string,
): Promise<QueuedMails> {
  const recipientIds: string[] = [];
  const mails = new Map<string, QueuedEmail[]>();
  let skippedNoEmail = 0;
  for (const target of targets) {
    if (!target.email) {
      skippedNoEmail += 1;
      continue;
    }
    const text = mailTextFor(survey, target.language, kind, survey.closesAt !== null);
    const mail = renderMail(text, {
      'contact.name': target.contactName,
      'account.name': target.accountName,
      'survey.name': survey.name,
      'survey.link': surveyLink(baseUrl, target.token),
      'survey.closesAt': survey.closesAt ? formatCloseDate(survey.closesAt, target.language) : null,
      'owner.name': target.ownerName,
      'workspace.name': target.workspaceName,
    });
    const queue = mails.get(target.workspaceId) ?? [];
    queue.push({ to: target.email, subject: mail.subject, text: mail.body, locale: target.language, accountId: target.accountId });
    mails.set(target.workspaceId, queue);
    recipientIds.push(target.recipientId);
  }
  // One insert per workspace (a survey's targets share one), not one per mail.
  for (const [workspaceId, queued] of mails) await enqueueEmails(tx, workspaceId, queued);
  return { recipientIds, skippedNoEmail };
}
