/**
 * The ingestion use case behind every Segment-compatible endpoint: normalise each message
 * (dropping bad ones with a reason), store the rest in one transaction with their rollups,
 * attach waiting events when the batch says which group a user is in, and wake the health
 * worker. A deadlock between two concurrent batches is retried; anything else fails the whole
 * batch, which the sender's SDK retries with the same messageIds.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { normalizeEvent, type DropReason, type EventType, type NormalizedEvent } from '../../../domain/usage/normalize-event.js';
import { attachUnmatched } from './attach-unmatched.js';
import { storeEvents, type StoredBatch } from './store-events.js';

export interface IngestReport extends StoredBatch {
  success: true;
  received: number;
  attached: number;
  rejected: { index: number; messageId: string | null; reason: DropReason; detail: string }[];
}

const RETRYABLE = new Set(['40P01', '40001']);

export async function ingestMessages(
  db: Db,
  input: { workspaceId: string; messages: unknown[]; defaultType?: EventType; receivedAt: Date },
): Promise<IngestReport> {
  const events: NormalizedEvent[] = [];
  const rejected: IngestReport['rejected'] = [];
  input.messages.forEach((raw, index) => {
    const json = JSON.stringify(raw) ?? '';
    const result = normalizeEvent(raw, {
      defaultType: input.defaultType,
      receivedAt: input.receivedAt,
      byteLength: Buffer.byteLength(json),
      fallbackMessageId: () => `kz-${createHash('sha256').update(json).digest('base64url').slice(0, 32)}`,
    });
    if (result.ok) events.push(result.event);
    else rejected.push({ index, messageId: messageIdOf(raw), reason: result.reason, detail: result.detail });
  });
  const learnsGroups = events.some((e) => e.type === 'group' || e.type === 'identify');

  for (let attempt = 1; ; attempt += 1) {
    try {
      // Track-only batches (the bulk of traffic) are one statement, atomic on its own: no
      // BEGIN/COMMIT round trips, and the rollup rows it locks are released as it commits
      // rather than after the server's event loop gets round to sending COMMIT.
      const outcome = learnsGroups
        ? await db.transaction(async (tx) => {
          const stored = await storeEvents(tx, input.workspaceId, events);
          return { ...stored, attached: await attachUnmatched(tx, input.workspaceId) };
        })
        : { ...(await storeEvents(db, input.workspaceId, events)), attached: 0 };
      return { success: true, received: input.messages.length, rejected, ...outcome };
    } catch (error) {
      const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      if (attempt >= 4 || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
    }
  }
}

function messageIdOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { messageId?: unknown }).messageId : null;
  return typeof id === 'string' ? id : null;
}
