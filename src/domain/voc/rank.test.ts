import { describe, expect, it } from 'vitest';
import { rankItems, weighItems, type RankableItem, type RankableMention } from './rank.js';

const item = (id: string, title: string, createdAt = '2026-01-01T00:00:00.000Z'): RankableItem => ({ id, title, status: 'new', areas: [], createdAt });
const mention = (itemId: string, accountId: string, accountArr: number, createdAt = '2026-02-01T00:00:00.000Z'): RankableMention =>
  ({ itemId, accountId, accountArr, createdAt });

describe('weighing VOC items', () => {
  it('counts an account once per item however many times it was heard, and its ARR once', () => {
    // Account a (ARR ¥1,200,000) heard three times, b (¥600,000) once: 2 accounts, ¥1,800,000, 4 mentions.
    const w = weighItems([item('i1', 'CSV出力')], [
      mention('i1', 'a', 1_200_000, '2026-02-01T00:00:00.000Z'),
      mention('i1', 'a', 1_200_000, '2026-03-05T00:00:00.000Z'),
      mention('i1', 'b', 600_000, '2026-02-10T00:00:00.000Z'),
      mention('i1', 'a', 1_200_000, '2026-01-15T00:00:00.000Z'),
    ]).get('i1');
    expect(w).toEqual({ accounts: 2, arr: 1_800_000, mentions: 4, lastHeardAt: '2026-03-05T00:00:00.000Z' });
  });

  it('counts the same account again on another item', () => {
    const w = weighItems([item('i1', 'x'), item('i2', 'y')], [mention('i1', 'a', 100), mention('i2', 'a', 100)]);
    expect([w.get('i1')?.accounts, w.get('i2')?.accounts]).toEqual([1, 1]);
  });

  it('gives an item nobody mentioned zero accounts and its creation as the last time heard', () => {
    expect(weighItems([item('i1', 'x', '2026-04-01T09:00:00.000Z')], []).get('i1'))
      .toEqual({ accounts: 0, arr: 0, mentions: 0, lastHeardAt: '2026-04-01T09:00:00.000Z' });
  });

  it('ignores mentions of items not in the list (filtered out)', () => {
    expect(weighItems([item('i1', 'x')], [mention('gone', 'a', 5)]).get('i1')?.mentions).toBe(0);
  });
});

describe('ranking VOC items', () => {
  // broad: 3 small accounts (3 × ¥100k = ¥300k); big: 1 large account (¥2,000k) heard twice; fresh: 1 account ¥50k, heard last.
  const items = [item('big', 'SSO対応'), item('broad', 'CSV出力'), item('fresh', 'ダークモード')];
  const mentions = [
    mention('broad', 'a', 100_000), mention('broad', 'b', 100_000), mention('broad', 'c', 100_000),
    mention('big', 'z', 2_000_000), mention('big', 'z', 2_000_000),
    mention('fresh', 'a', 50_000, '2026-06-01T00:00:00.000Z'),
  ];

  it('puts the item behind the most accounts first when sorting by accounts', () => {
    expect(rankItems(items, mentions, 'accounts').map((r) => [r.rank, r.item.id, r.accounts])).toEqual([[1, 'broad', 3], [2, 'big', 1], [3, 'fresh', 1]]);
  });

  it('puts the item behind the most ARR first when sorting by ARR', () => {
    expect(rankItems(items, mentions, 'arr').map((r) => [r.item.id, r.arr])).toEqual([['big', 2_000_000], ['broad', 300_000], ['fresh', 50_000]]);
  });

  it('puts the item heard most recently first when sorting by recent', () => {
    expect(rankItems(items, mentions, 'recent')[0]?.item.id).toBe('fresh');
  });

  it('breaks full ties by title, then id, so the order is stable', () => {
    const tied = [item('2', 'B'), item('1', 'A'), item('0', 'A')];
    expect(rankItems(tied, [], 'accounts').map((r) => r.item.id)).toEqual(['0', '1', '2']);
  });
});
