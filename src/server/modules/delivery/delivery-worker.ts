/**
 * Sends what the outbox holds: emails through the workspace's SMTP server, webhooks as JSON
 * posts. Rows are queued inside the transaction of the change that caused them (enqueue.ts)
 * and so are seen here only once it committed. Each pass claims a batch (outbox-store.ts),
 * sends outside any transaction, and writes the results: sent, pending again after the
 * backoff of domain/mail/retry-policy.ts, or dead — after which the workspace's admins and
 * managers get a `delivery.failed` notification. It wakes when something is queued, else polls.
 */
import { createPollLoop, drainAll } from '../../workers/poll-loop.js';
import type { Db } from '../../db/connect.js';
import { afterFailure, smtpFailureOutcome, webhookOutcome } from '../../../domain/mail/retry-policy.js';
import { claimDue, recordResults, type AttemptResult, type ClaimedRow } from './outbox-store.js';
import { PASSWORD_UNREADABLE, selectMailSettingsOf } from './mail-settings-store.js';
import { createMailer, type Mailer } from './send-email.js';
import { postWebhook } from './post-webhook.js';
import { onDeliveryNudge } from './nudge.js';
import { notifyDeliveryFailed } from './notify-failed.js';

export interface DeliveryWorkerOptions {
  now?: () => Date;
  /** rows per claim */
  batchSize?: number;
  pollMs?: number;
  /** how long a claim keeps a row from other workers (a crashed worker's rows come back after it) */
  leaseSeconds?: number;
  webhookTimeoutMs?: number;
  /** sends at the same time within a batch */
  concurrency?: number;
  /** only this workspace's rows (tests that share one database with other suites) */
  workspaceId?: string;
  onError?: (error: unknown) => void;
}

export interface DeliveryWorker {
  poke(): void;
  start(): void;
  stop(): Promise<void>;
  /** claims and sends one batch; returns how many rows it attempted */
  drainOnce(): Promise<number>;
  /** passes until nothing is due */
  drain(): Promise<number>;
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}

export function createDeliveryWorker(db: Db, options: DeliveryWorkerOptions = {}): DeliveryWorker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const pollMs = options.pollMs ?? 5_000;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const webhookTimeoutMs = options.webhookTimeoutMs ?? 10_000;
  const concurrency = options.concurrency ?? 4;
  let unsubscribe: (() => void) | null = null;

  const attempt = async (row: ClaimedRow, mailers: Map<string, Mailer>, unreadable: ReadonlySet<string>): Promise<AttemptResult> => {
    const base = { workspaceId: row.workspace_id, id: row.id };
    if (row.kind === 'webhook') {
      const res = await postWebhook(row.target, row.payload, { timeoutMs: webhookTimeoutMs, outboxId: row.id });
      // An address webhooks may not reach (webhook-target.ts) stays one: give up at once.
      const outcome = res.refused ? 'dead' : webhookOutcome(res.status);
      if (outcome === 'sent') return { ...base, status: 'sent', error: null, nextAttemptAt: null };
      const next = afterFailure(outcome, row.attempts, now());
      return { ...base, status: next.status, error: res.error, nextAttemptAt: next.status === 'pending' ? next.nextAttemptAt.toISOString() : null };
    }
    const mailer = mailers.get(row.workspace_id);
    // Settings removed between the claim and now, or a password this server cannot read: wait for
    // them again, this try not counted as a failure.
    if (!mailer) {
      // Nothing is tried (no connection is made), so the claim's attempt is taken back: the mail
      // stays due and goes as soon as the settings are usable again.
      return {
        ...base, status: 'pending', error: unreadable.has(row.workspace_id) ? PASSWORD_UNREADABLE : 'mail is not configured',
        uncounted: true, nextAttemptAt: now().toISOString(),
      };
    }
    const p = row.payload as { subject?: string; text?: string };
    const res = await mailer.send({ to: row.target, subject: p.subject ?? '', text: p.text ?? '', outboxId: row.id });
    if (res.ok) return { ...base, status: 'sent', error: null, nextAttemptAt: null };
    const next = afterFailure(smtpFailureOutcome(res.responseCode), row.attempts, now());
    return { ...base, status: next.status, error: res.error, nextAttemptAt: next.status === 'pending' ? next.nextAttemptAt.toISOString() : null };
  };

  const drainOnce = async (): Promise<number> => {
    const claimed = await db.transaction((tx) => claimDue(tx, now(), batchSize, leaseSeconds, options.workspaceId));
    if (claimed.length === 0) return 0;
    const mailWorkspaces = [...new Set(claimed.filter((r) => r.kind === 'email').map((r) => r.workspace_id))];
    const settings = await selectMailSettingsOf(db, mailWorkspaces);
    // A password this server cannot read leaves that workspace's emails waiting, with the reason.
    const unreadable = new Set([...settings].filter(([, s]) => s.passwordUnreadable).map(([id]) => id));
    const mailers = new Map([...settings].filter(([id]) => !unreadable.has(id)).map(([id, s]) => [id, createMailer(s)] as const));
    const results: AttemptResult[] = [];
    try {
      await inPool(claimed, concurrency, async (row) => { results.push(await attempt(row, mailers, unreadable)); });
    } finally {
      for (const mailer of mailers.values()) mailer.close();
    }
    await db.transaction(async (tx) => {
      await recordResults(tx, results, now());
      const dead = results.filter((r) => r.status === 'dead');
      if (dead.length > 0) await notifyDeliveryFailed(tx, claimed.filter((row) => dead.some((d) => d.id === row.id)), dead);
    });
    return claimed.length;
  };

  const loop = createPollLoop({
    pollMs,
    onError: options.onError ?? console.error,
    pass: async () => (await drainOnce()) >= batchSize,
  });

  return {
    poke: loop.poke,
    start() {
      unsubscribe ??= onDeliveryNudge(loop.poke);
      loop.start();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await loop.stop();
    },
    drainOnce,
    drain: () => drainAll(drainOnce),
  };
}
