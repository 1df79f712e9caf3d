/**
 * Evidence behind a VOC item: a mention ties the item to an account and says where it was heard
 * — a survey response's free text, a timeline entry, a task, or by hand — with the quote. The
 * account comes from the source (a manual mention names it). Adding the same source and quote
 * to the same item again changes nothing, so a double click never doubles a voice. Each mention
 * puts a `voc.mentioned` entry on the account's timeline; removing one, `voc.unmentioned`.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import type { MentionInput } from './schema.js';
import {
  accountExists, deleteMentionRow, findItemRowForUpdate, findMentionRow, findSameMention, findSource, insertMention, updateItemRow, type VocItemRow,
} from './store.js';

const QUOTE_MAX = 4000;

/** Where the mention points: the account and the quote to store, checked against this workspace. */
async function resolveMention(tx: Tx, ws: string, input: MentionInput): Promise<{ accountId: string; sourceId: string | null; quote: string | null }> {
  if (input.sourceKind === 'manual') {
    if (!input.accountId) throw new AppError('request.invalid', { fields: [{ path: 'mention.accountId', message: 'a manual mention names its account' }] });
    if (!(await accountExists(tx, ws, input.accountId))) throw notFound('account.not_found', input.accountId);
    return { accountId: input.accountId, sourceId: null, quote: input.quote || null };
  }
  if (!input.sourceId) throw new AppError('request.invalid', { fields: [{ path: 'mention.sourceId', message: `a ${input.sourceKind} mention names its source` }] });
  const source = await findSource(tx, ws, input.sourceKind, input.sourceId);
  if (!source) throw notFound('voc_source.not_found', input.sourceId);
  if (input.accountId && input.accountId !== source.accountId) {
    throw new AppError('request.invalid', { fields: [{ path: 'mention.accountId', message: 'is not the account of the source' }] });
  }
  const quote = input.quote || source.text?.trim().slice(0, QUOTE_MAX) || null;
  return { accountId: source.accountId, sourceId: input.sourceId, quote };
}

/** Add a mention to a locked item inside the caller's transaction; returns its id and whether it is new. */
export async function addMentionTo(tx: Tx, principal: Principal, item: VocItemRow, input: MentionInput, now: Date): Promise<{ id: string; created: boolean }> {
  const ws = principal.workspaceId;
  const m = await resolveMention(tx, ws, input);
  const existing = await findSameMention(tx, ws, { itemId: item.id, sourceKind: input.sourceKind, ...m });
  if (existing) return { id: existing, created: false };
  const id = randomUUID();
  await insertMention(tx, { workspaceId: ws, id, itemId: item.id, sourceKind: input.sourceKind, ...m, createdBy: principal.userId, createdAt: now });
  await recordSystemEvents(tx, ws, principal.userId, [{
    accountId: m.accountId, event: 'voc.mentioned', data: { itemId: item.id, itemTitle: item.title, sourceKind: input.sourceKind, mentionId: id },
  }], now);
  await recordAudit(tx, principal, { action: 'create', entity: 'voc_mention', entityId: id, changes: { itemId: item.id, accountId: m.accountId, sourceKind: input.sourceKind, sourceId: m.sourceId } }, now);
  return { id, created: true };
}

export async function addMention(db: Db, principal: Principal, itemId: string, input: MentionInput, now: Date): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const item = await findItemRowForUpdate(tx, principal.workspaceId, itemId);
    if (!item) throw notFound('voc_item.not_found', itemId);
    const added = await addMentionTo(tx, principal, item, input, now);
    if (added.created) await updateItemRow(tx, principal.workspaceId, itemId, { updatedAt: now });
    return added;
  });
}

export async function removeMention(db: Db, principal: Principal, mentionId: string, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const mention = await findMentionRow(tx, ws, mentionId);
    if (!mention) throw notFound('voc_mention.not_found', mentionId);
    const item = await findItemRowForUpdate(tx, ws, mention.itemId);
    await deleteMentionRow(tx, ws, mentionId);
    await recordSystemEvents(tx, ws, principal.userId, [{
      accountId: mention.accountId, event: 'voc.unmentioned', data: { itemId: mention.itemId, itemTitle: item?.title ?? null, mentionId },
    }], now);
    await recordAudit(tx, principal, { action: 'delete', entity: 'voc_mention', entityId: mentionId, changes: { itemId: mention.itemId, accountId: mention.accountId, quote: mention.quote } }, now);
    return mention.itemId;
  });
}
