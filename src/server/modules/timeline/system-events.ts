/** System entries on an account's timeline (created, changed, imported …), written beside the change itself. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { activities } from '../../db/schema/index.js';

export interface SystemEvent {
  accountId: string;
  event: string;
  data?: Record<string, unknown>;
  contactId?: string | null;
}

export async function recordSystemEvents(
  tx: Tx, workspaceId: string, authorId: string | null, events: SystemEvent[], at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(activities).values(events.map((e) => ({
    workspaceId,
    id: randomUUID(),
    accountId: e.accountId,
    contactId: e.contactId ?? null,
    kind: 'system',
    occurredAt: at,
    authorId,
    event: e.event,
    data: e.data ?? null,
  })));
}
