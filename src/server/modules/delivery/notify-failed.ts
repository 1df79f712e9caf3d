/** When a message is given up on, the people who configure delivery hear of it in the app. */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { notify } from '../notifications/notify.js';
import type { AttemptResult, ClaimedRow } from './outbox-store.js';

export async function notifyDeliveryFailed(tx: Tx, rows: ClaimedRow[], results: AttemptResult[]): Promise<void> {
  const errors = new Map(results.map((r) => [r.id, r.error]));
  const byWorkspace = new Map<string, ClaimedRow[]>();
  for (const row of rows) byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row]);
  for (const [workspaceId, list] of byWorkspace) {
    const admins = await queryRows<{ user_id: string }>(tx, sql`
      select user_id from members where workspace_id = ${workspaceId}::uuid and role in ('admin', 'manager')`);
    const userIds = admins.map((a) => a.user_id);
    for (const row of list) {
      await notify(tx, workspaceId, {
        userIds,
        kind: 'delivery.failed',
        ...(row.account_id ? { accountId: row.account_id } : {}),
        data: { channel: row.kind, target: row.target, attempts: row.attempts, error: errors.get(row.id) ?? null },
        link: `/settings/delivery?status=dead`,
      });
    }
  }
}
