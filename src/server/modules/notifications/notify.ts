/**
 * In-app notifications, written in the caller's transaction. Only members of the workspace
 * receive them (an id that is not a member is dropped silently), each once per call.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Notice {
  userIds: string[];
  /** e.g. task.assigned, handoff.submitted, handoff.accepted, handoff.returned, playbook.failed */
  kind: string;
  accountId?: string;
  /** values for the message text, e.g. { accountName, by, title } */
  data?: Record<string, unknown>;
  /** where it leads in the web app, e.g. /accounts/<id>/handoff */
  link?: string;
}

export async function notify(tx: Tx, workspaceId: string, n: Notice): Promise<void> {
  const userIds = [...new Set(n.userIds.filter((id) => typeof id === 'string' && UUID.test(id)))];
  if (userIds.length === 0) return;
  await tx.execute(sql`
    insert into notifications (workspace_id, id, user_id, kind, account_id, data, link)
    select m.workspace_id, gen_random_uuid(), m.user_id, ${n.kind}, ${n.accountId ?? null}::uuid,
           ${JSON.stringify(n.data ?? {})}::jsonb, ${n.link ?? null}
    from members m
    where m.workspace_id = ${workspaceId}::uuid and m.user_id = any(${pgArray(userIds)}::uuid[])`);
}
