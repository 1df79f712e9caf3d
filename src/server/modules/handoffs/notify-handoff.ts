/**
 * Who hears of a handoff step (through H4's notify): a submission goes to the account's owner —
 * the CSM who takes the customer over — or, while the account has none, to the CS managers
 * (admins in a workspace without managers); a decision goes back to the sales rep who wrote it.
 * The person who acted is never notified of their own step.
 */
import type { Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { notify } from '../notifications/notify.js';
import { lockAccount, reviewersToNotify, userName, type HandoffRow } from './store.js';

interface HandoffNotice {
  kind: 'handoff.submitted' | 'handoff.accepted' | 'handoff.returned';
  handoff: HandoffRow;
  data: Record<string, unknown>;
}

export async function notifyHandoff(tx: Tx, principal: Principal, n: HandoffNotice): Promise<void> {
  const ws = principal.workspaceId;
  const account = await lockAccount(tx, ws, n.handoff.accountId);
  if (!account) return;
  const recipients = n.kind === 'handoff.submitted'
    ? await reviewersToNotify(tx, ws, account.ownerId)
    : [n.handoff.authorId].filter((id): id is string => id !== null);
  const userIds = recipients.filter((id) => id !== principal.userId);
  await notify(tx, ws, {
    userIds, kind: n.kind, accountId: n.handoff.accountId, link: `/accounts/${n.handoff.accountId}?tab=handoff`,
    data: { accountName: account.name, by: principal.userId ? await userName(tx, principal.userId) : null, handoffId: n.handoff.id, ...n.data },
  });
}
