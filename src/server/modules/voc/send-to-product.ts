/**
 * "Send to product": the item moves to sent and, when the workspace has set the product team's
 * webhook (voc_settings), a post is queued in the same transaction (delivery/enqueue.ts) carrying
 * the item, its areas, the accounts behind it and their ARR, and the customers' words. Sending a
 * sent item again re-posts it with today's figures. Without a webhook the item is only marked sent
 * (the team may work from the CSV), and the answer says no post was queued.
 */
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../errors.js';
import { MINOR_DIGITS } from '../../../domain/money/currency.js';
import { canSend, type VocStatus } from '../../../domain/voc/status.js';
import { recordAudit } from '../audit/store.js';
import { enqueueWebhook } from '../delivery/enqueue.js';
import { getItemDetail } from './list-items.js';
import type { VocItemDetail } from './schema.js';
import { findVocSettings } from './settings-store.js';
import { findItemRowForUpdate, updateItemRow } from './store.js';

/** How many quotes and accounts the post carries; the whole list is in Kizuna and its CSV. */
const POST_LIMIT = 20;

const major = (minor: number, currency: string) => minor / 10 ** (MINOR_DIGITS[currency] ?? 0);

/** The webhook body: the item, the accounts (count, ARR) behind it, and their words. */
export function productWebhookBody(item: VocItemDetail, sentAt: Date): Record<string, unknown> {
  return {
    event: 'voc.item.sent',
    sentAt: sentAt.toISOString(),
    item: {
      id: item.id, title: item.title, description: item.description, kind: item.kind, areas: item.areas, status: item.status,
      accounts: item.accounts, mentions: item.mentions, currency: item.currency,
      arr: major(item.arr, item.currency), arrMinor: item.arr, path: `/voc?item=${item.id}`,
    },
    accounts: item.accountList.slice(0, POST_LIMIT).map((a) => ({ id: a.accountId, name: a.accountName, arr: major(a.arr, item.currency), mentions: a.mentions })),
    quotes: item.mentionList.filter((m) => m.quote).slice(0, POST_LIMIT)
      .map((m) => ({ account: m.accountName, source: m.sourceKind, quote: m.quote, at: m.createdAt })),
  };
}

async function sendInTx(tx: Tx, principal: Principal, id: string, now: Date): Promise<boolean> {
  const ws = principal.workspaceId;
  const row = await findItemRowForUpdate(tx, ws, id);
  if (!row) throw notFound('voc_item.not_found', id);
  const from = row.status as VocStatus;
  if (!canSend(from)) throw new AppError('voc_item.wrong_state', { detail: `An item that is ${from} cannot be sent to product.` });
  await updateItemRow(tx, ws, id, { status: 'sent', sentAt: now, updatedAt: now });
  const url = (await findVocSettings(tx, ws))?.webhookUrl ?? null;
  if (url) await enqueueWebhook(tx, ws, { url, body: productWebhookBody(await getItemDetail(tx, ws, id), now) });
  await recordAudit(tx, principal, { action: 'update', entity: 'voc_item', entityId: id, changes: { status: [from, 'sent'], webhook: url !== null } }, now);
  return url !== null;
}

export async function sendToProduct(db: Db, principal: Principal, id: string, now: Date): Promise<boolean> {
  return db.transaction((tx) => sendInTx(tx, principal, id, now));
}
