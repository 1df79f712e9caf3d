/**
 * Writes the demo's handoffs (domain/demo/generate-handoffs.ts) and their history on the
 * account timelines, in a few multi-row inserts.
 */
import type { Tx } from '../../db/connect.js';
import { activities } from '../../db/schema/index.js';
import { handoffs } from '../../db/schema/journey.js';
import type { DemoHandoff } from '../../../domain/demo/generate-handoffs.js';

const CHUNK = 500;
const instant = (iso: string | null) => (iso === null ? null : new Date(iso));

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

export async function insertDemoHandoffs(tx: Tx, workspaceId: string, demo: DemoHandoff[]): Promise<void> {
  await inChunks(demo, (chunk) => tx.insert(handoffs).values(chunk.map((h) => ({
    workspaceId, id: h.id, accountId: h.accountId, status: h.status, content: h.content, completeness: h.completeness,
    authorId: h.authorId, submittedAt: instant(h.submittedAt), reviewerId: h.reviewerId, reviewedAt: instant(h.reviewedAt),
    reviewNote: h.reviewNote, createdAt: new Date(h.createdAt), updatedAt: new Date(h.updatedAt),
  }))));
  const events = demo.flatMap((h) => h.events.map((e) => ({ ...e, accountId: h.accountId })));
  await inChunks(events, (chunk) => tx.insert(activities).values(chunk.map((e) => ({
    workspaceId, id: e.id, accountId: e.accountId, contactId: null, kind: 'system', occurredAt: new Date(e.at),
    authorId: e.authorId, event: e.event, data: e.data, createdAt: new Date(e.at),
  }))));
}
