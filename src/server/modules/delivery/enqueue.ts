/**
 * Queue an email or a webhook post in the caller's transaction. Nothing leaves the machine
 * here: the delivery worker sends the row only once this transaction has committed, so a
 * rolled-back change never mails anyone, and a failed send never rolls back the change.
 * A new row (attempts = 0) is due at once; the worker is nudged shortly after.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { outbox } from '../../db/schema/journey.js';
import { nudgeDeliveryWorkers } from './nudge.js';

export interface QueuedEmail {
  to: string;
  subject: string;
  text: string;
  locale: 'ja' | 'en';
  accountId?: string;
  playbookRunId?: string;
}

export interface QueuedWebhook {
  url: string;
  body: Record<string, unknown>;
  accountId?: string;
  playbookRunId?: string;
}

export async function enqueueEmail(tx: Tx, workspaceId: string, m: QueuedEmail): Promise<string> {
  const [id] = await enqueueEmails(tx, workspaceId, [m]);
  return id!;
}

/** Queue many emails of one workspace in one statement (survey invitations, reminders); ids in order. */
export async function enqueueEmails(tx: Tx, workspaceId: string, mails: readonly QueuedEmail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = mails.map((m) => ({
    workspaceId, id: randomUUID(), kind: 'email', target: m.to.trim(),
    accountId: m.accountId ?? null, playbookRunId: m.playbookRunId ?? null,
    payload: { subject: m.subject, text: m.text, locale: m.locale },
  }));
  await tx.insert(outbox).values(rows);
  nudgeDeliveryWorkers();
  return rows.map((r) => r.id);
}

export async function enqueueWebhook(tx: Tx, workspaceId: string, w: QueuedWebhook): Promise<string> {
  const id = randomUUID();
  await tx.insert(outbox).values({
    workspaceId, id, kind: 'webhook', target: w.url.trim(),
    accountId: w.accountId ?? null, playbookRunId: w.playbookRunId ?? null,
    payload: w.body,
  });
  nudgeDeliveryWorkers();
  return id;
}
