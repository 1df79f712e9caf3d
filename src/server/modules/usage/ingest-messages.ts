/**
 * The ingestion use case behind every Segment-compatible endpoint: normalise each message
 * (dropping bad ones with a reason), store the rest in one transaction with their rollups, and
 * attach waiting events when the batch says which group a user is in. Track-only batches go
 * through the server's ingest writer when it has one (group commit, ingest-writer.ts). A deadlock
 * between two concurrent batches is retried; anything else fails the whole batch, which the
 * sender's SDK retries with the same messageIds.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { MAX_EVENT_BYTES, normalizeEvent, withoutNul, type DropReason, type EventType, type NormalizedEvent } from '../../../domain/usage/normalize-event.js';
import { attachUnmatched } from './attach-unmatched.js';
import { retryConflicts, type IngestWriter } from './ingest-writer.js';
import { encodeEvents, storeEventBatches, storeEvents, type StoredBatch } from './store-events.js';

export interface IngestReport extends StoredBatch {
  success: true;
  received: number;
  attached: number;
  rejected: { index: number; messageId: string | null; reason: DropReason; detail: string }[];
}

/**
 * Not async itself: the messages are normalised (and track-only batches encoded) before it
 * returns, so while the batch waits for the database nothing holds the parsed body any more.
 */
export function ingestMessages(
  db: Db,
  input: { workspaceId: string; messages: unknown[]; defaultType?: EventType; receivedAt: Date; writer?: IngestWriter },
): Promise<IngestReport> {
  const { events, rejected } = normalizeAll(input.messages, input.defaultType, input.receivedAt);
  const report = { success: true as const, received: input.messages.length, rejected };
  const { workspaceId, writer } = input;
  if (events.some((e) => e.type === 'group' || e.type === 'identify')) {
    return retryConflicts(() => db.transaction(async (tx) => {
      const stored = await storeEvents(tx, workspaceId, events);
      return { ...report, ...stored, attached: await attachUnmatched(tx, workspaceId) };
    }));
  }
  // Track-only batches (the bulk of traffic) are one statement, atomic on its own: no
  // BEGIN/COMMIT round trips, and the rollup rows it locks are released as it commits.
  const encoded = encodeEvents(events);
  const stored = writer ? writer.store(workspaceId, encoded) : retryConflicts(async () => {
    const [one] = await storeEventBatches(db, workspaceId, [encoded]);
    return one as StoredBatch;
  });
  return stored.then((counts) => ({ ...report, ...counts, attached: 0 }));
}

function normalizeAll(messages: unknown[], defaultType: EventType | undefined, receivedAt: Date) {
  const events: NormalizedEvent[] = [];
  const rejected: IngestReport['rejected'] = [];
  messages.forEach((raw, index) => {
    const json = JSON.stringify(raw) ?? '';
    // JSON writes a NUL as \u0000: only such a message is walked and cleaned (normalize-event.ts).
    const result = normalizeEvent(json.includes('\\u0000') ? withoutNul(raw) : raw, {
      defaultType,
      receivedAt,
      // A UTF-16 unit is at most 3 bytes of UTF-8: only a message that might pass the limit is
      // measured exactly (profiled: the exact count was 3 % of the server's time under a burst).
      byteLength: json.length * 3 <= MAX_EVENT_BYTES ? json.length : Buffer.byteLength(json),
      fallbackMessageId: () => `kz-${createHash('sha256').update(json).digest('base64url').slice(0, 32)}`,
    });
    if (result.ok) events.push(result.event);
    else rejected.push({ index, messageId: messageIdOf(raw), reason: result.reason, detail: result.detail });
  });
  return { events, rejected };
}

function messageIdOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { messageId?: unknown }).messageId : null;
  return typeof id === 'string' ? id : null;
}
