/**
 * Ranking VOC items by the customers behind them (SPEC §3.13): how many accounts asked, and how
 * much ARR those accounts carry. An account mentioned several times for one item (a note, then a
 * survey answer, then a task) counts once — three mentions from one customer are one voice, and
 * counting its ARR three times would let a single large account outrank a broad need.
 */
import type { VocStatus } from './status.js';

export const VOC_SORTS = ['accounts', 'arr', 'recent'] as const;
export type VocSort = (typeof VOC_SORTS)[number];

export interface RankableItem {
  id: string;
  title: string;
  status: VocStatus;
  areas: readonly string[];
  createdAt: string;
}

/** One mention with the current ARR of its account (minor units of the base currency). */
export interface RankableMention {
  itemId: string;
  accountId: string;
  accountArr: number;
  createdAt: string;
}

export interface ItemWeight {
  accounts: number;
  arr: number;
  mentions: number;
  /** the latest mention, or the item's creation when it has none (ISO instant) */
  lastHeardAt: string;
}

/** Accounts (each once), ARR (each account once) and mentions behind every item. */
export function weighItems(items: readonly RankableItem[], mentions: readonly RankableMention[]): Map<string, ItemWeight> {
  const out = new Map<string, ItemWeight & { seen: Set<string> }>();
  for (const item of items) out.set(item.id, { accounts: 0, arr: 0, mentions: 0, lastHeardAt: item.createdAt, seen: new Set() });
  for (const m of mentions) {
    const w = out.get(m.itemId);
    if (!w) continue;
    w.mentions += 1;
    if (m.createdAt > w.lastHeardAt) w.lastHeardAt = m.createdAt;
    if (w.seen.has(m.accountId)) continue;
    w.seen.add(m.accountId);
    w.accounts += 1;
    w.arr += m.accountArr;
  }
  return new Map([...out].map(([id, { seen: _seen, ...w }]) => [id, w]));
}

export interface RankedItem<T extends RankableItem> extends ItemWeight {
  item: T;
  /** 1-based position in the requested order */
  rank: number;
}

const ORDER: Record<VocSort, ReadonlyArray<(a: ItemWeight, b: ItemWeight) => number>> = {
  accounts: [(a, b) => b.accounts - a.accounts, (a, b) => b.arr - a.arr, (a, b) => cmp(b.lastHeardAt, a.lastHeardAt)],
  arr: [(a, b) => b.arr - a.arr, (a, b) => b.accounts - a.accounts, (a, b) => cmp(b.lastHeardAt, a.lastHeardAt)],
  recent: [(a, b) => cmp(b.lastHeardAt, a.lastHeardAt), (a, b) => b.accounts - a.accounts, (a, b) => b.arr - a.arr],
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Items in the order asked for; ties fall to the other two measures, then the title, then the id,
 * so the order is stable between calls.
 * @example rankItems(items, mentions, 'arr')[0].item.title // the request behind the most ARR
 */
export function rankItems<T extends RankableItem>(items: readonly T[], mentions: readonly RankableMention[], sort: VocSort): RankedItem<T>[] {
  const weights = weighItems(items, mentions);
  const rows = items.map((item) => ({ item, ...(weights.get(item.id) as ItemWeight) }));
  rows.sort((a, b) => {
    for (const by of ORDER[sort]) {
      const d = by(a, b);
      if (d !== 0) return d;
    }
    return a.item.title.localeCompare(b.item.title, 'ja') || cmp(a.item.id, b.item.id);
  });
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}
