/**
 * Reading VOC items: the ranked list (filters, counts per status, tags in use) and one item
 * with its mentions and the accounts behind it. Ranking itself is domain/voc/rank.ts.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { rankItems, weighItems, type VocSort } from '../../../domain/voc/rank.js';
import { canSend, movesFrom, VOC_STATUSES, type VocKind, type VocStatus } from '../../../domain/voc/status.js';
import { baseCurrencyOf } from '../accounts/store.js';
import type { VocItem, VocItemDetail } from './schema.js';
import { mentionsOfItem, selectItems, selectMentionWeights, type VocItemEntry } from './store.js';

export interface ItemListQuery {
  status?: VocStatus | undefined;
  area?: string | undefined;
  kind?: VocKind | undefined;
  sort: VocSort;
}

function present(entry: VocItemEntry, w: { rank: number; accounts: number; arr: number; mentions: number; lastHeardAt: string }): VocItem {
  return {
    ...entry, rank: w.rank, accounts: w.accounts, arr: w.arr, mentions: w.mentions, lastHeardAt: w.lastHeardAt,
    moves: [...movesFrom(entry.status)], canSend: canSend(entry.status),
  };
}

export async function loadItemList(tx: Tx, workspaceId: string, q: ItemListQuery) {
  // One after another: inside a transaction the queries share one connection.
  const all = await selectItems(tx, workspaceId);
  const mentions = await selectMentionWeights(tx, workspaceId);
  const currency = await baseCurrencyOf(tx, workspaceId);
  const area = q.area?.normalize('NFKC').trim();
  const shown = all.filter((i) => (!q.status || i.status === q.status) && (!q.kind || i.kind === q.kind) && (!area || i.areas.includes(area)));
  const items = rankItems(shown, mentions, q.sort).map((r) => present(r.item, r));
  const counts = Object.fromEntries(['all', ...VOC_STATUSES].map((s) => [s, all.filter((i) => s === 'all' || i.status === s).length])) as
    Record<'all' | VocStatus, number>;
  const tagCounts = new Map<string, number>();
  for (const i of all) for (const a of i.areas) tagCounts.set(a, (tagCounts.get(a) ?? 0) + 1);
  const areas = [...tagCounts].map(([tag, n]) => ({ area: tag, items: n })).sort((a, b) => b.items - a.items || a.area.localeCompare(b.area, 'ja'));
  return { currency, items, counts, areas };
}

export async function getItemDetail(tx: Tx, workspaceId: string, id: string): Promise<VocItemDetail> {
  const [entry] = await selectItems(tx, workspaceId, sql`i.id = ${id}::uuid`);
  if (!entry) throw notFound('voc_item.not_found', id);
  const all = await selectItems(tx, workspaceId);
  const everyMention = await selectMentionWeights(tx, workspaceId);
  const mentionList = await mentionsOfItem(tx, workspaceId, id);
  const currency = await baseCurrencyOf(tx, workspaceId);
  // Its place in the default order (by accounts), so the drawer can say "3rd most asked for".
  const ranked = rankItems(all, everyMention, 'accounts').find((r) => r.item.id === id);
  const weights = everyMention.filter((m) => m.itemId === id);
  const arrOf = new Map(weights.map((m) => [m.accountId, m.accountArr]));
  const byAccount = new Map<string, { accountId: string; accountName: string; arr: number; mentions: number }>();
  for (const m of mentionList) {
    const row = byAccount.get(m.accountId) ?? { accountId: m.accountId, accountName: m.accountName, arr: arrOf.get(m.accountId) ?? 0, mentions: 0 };
    row.mentions += 1;
    byAccount.set(m.accountId, row);
  }
  const accountList = [...byAccount.values()].sort((a, b) => b.arr - a.arr || a.accountName.localeCompare(b.accountName, 'ja'));
  return {
    ...present(entry, ranked ?? { rank: 0, ...weighItems([entry], weights).get(id) ?? { accounts: 0, arr: 0, mentions: 0, lastHeardAt: entry.createdAt } }),
    currency, mentionList, accountList,
  };
}
