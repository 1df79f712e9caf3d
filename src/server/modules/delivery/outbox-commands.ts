/** The delivery log as the API shows it, and "retry now" (audited). */
import type { Db } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/store.js';
import { countOutbox, retryNow, selectOutbox, type OutboxFilter, type OutboxRow } from './outbox-store.js';
import { selectMailSettings } from './mail-settings-store.js';
import { nudgeDeliveryWorkers } from './nudge.js';
import { enqueueWebhook } from './enqueue.js';
import type { OutboxItem } from './schema.js';
import { toCsv } from '../metrics/csv.js';

function summaryOf(row: OutboxRow): string | null {
  const p = row.payload;
  const value = row.kind === 'email' ? p.subject : p.text;
  return typeof value === 'string' ? value.slice(0, 200) : null;
}

function present(row: OutboxRow): OutboxItem {
  const waiting = row.status !== 'pending' ? null
    : row.waiting_for_settings ? 'mail_not_configured'
    : row.attempts > 0 ? 'retrying' : 'queued';
  return {
    id: row.id, kind: row.kind, target: row.target, summary: summaryOf(row), status: row.status, waiting,
    attempts: Number(row.attempts), nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastError: row.last_error ?? (waiting === 'mail_not_configured' ? 'mail is not configured' : null),
    sentAt: row.sent_at, createdAt: row.created_at, accountId: row.account_id, accountName: row.account_name,
    playbookRunId: row.playbook_run_id,
  };
}

export async function listOutbox(db: Db, workspaceId: string, filter: OutboxFilter) {
  const [rows, counts, settings] = await Promise.all([
    selectOutbox(db, workspaceId, filter), countOutbox(db, workspaceId), selectMailSettings(db, workspaceId),
  ]);
  return { items: rows.map(present), counts, mailConfigured: settings !== null };
}

export async function retryOutbox(db: Db, p: Principal, id: string, at: Date): Promise<OutboxItem> {
  const item = await db.transaction(async (tx) => {
    const res = await retryNow(tx, p.workspaceId, id, at);
    if (res === null) throw notFound('outbox.not_found', id);
    if (res === 'sent') throw new AppError('outbox.already_sent', { detail: 'This message was already delivered.' });
    await recordAudit(tx, p, { action: 'update', entity: 'outbox', entityId: id, changes: { retry: true } }, at);
    const [row] = (await selectOutbox(tx, p.workspaceId, { limit: 1, id }));
    return row;
  });
  nudgeDeliveryWorkers();
  if (!item) throw notFound('outbox.not_found', id);
  return present(item);
}

/** The log as CSV (UTF-8 with BOM; see metrics/csv.ts). */
export function outboxCsv(items: OutboxItem[]): string {
  return toCsv(['id', 'created_at', 'kind', 'target', 'summary', 'account_id', 'account_name', 'status', 'waiting', 'attempts', 'next_attempt_at', 'sent_at', 'last_error', 'playbook_run_id'],
    items.map((i) => [i.id, i.createdAt, i.kind, i.target, i.summary, i.accountId, i.accountName, i.status, i.waiting, i.attempts, i.nextAttemptAt, i.sentAt, i.lastError, i.playbookRunId]));
}

/** Queue a test post to a webhook URL through the outbox, so it is retried and logged like a real one. */
export async function queueTestWebhook(db: Db, p: Principal, input: { url: string; text?: string | undefined }, locale: 'ja' | 'en', at: Date): Promise<OutboxItem> {
  const text = input.text ?? (locale === 'ja' ? 'Kizuna からのテスト送信です。' : 'A test message from Kizuna.');
  const row = await db.transaction(async (tx) => {
    const id = await enqueueWebhook(tx, p.workspaceId, { url: input.url, body: { text, kizuna: { test: true, sentAt: at.toISOString() } } });
    await recordAudit(tx, p, { action: 'create', entity: 'outbox', entityId: id, changes: { kind: 'webhook', target: input.url, test: true } }, at);
    const [created] = await selectOutbox(tx, p.workspaceId, { limit: 1, id });
    return created!;
  });
  return present(row);
}
