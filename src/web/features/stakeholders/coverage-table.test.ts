import { describe, expect, it } from 'vitest';
import type { CoverageAccount } from '../../api/stakeholders';
import { filterCoverageAccounts, isCoverageSort, sortCoverageAccounts } from './coverage-table';

const coverage = (over: Partial<CoverageAccount['coverage']>): CoverageAccount['coverage'] => ({
  stakeholders: 2, executiveSponsors: 1, champions: 1, hasExecutiveSponsor: true, hasChampion: true,
  withCadence: 2, withinCadence: 2, overdue: 0, cadenceShare: 1, warnings: [], ...over,
});

const row = (name: string, over: Partial<CoverageAccount>): CoverageAccount => ({
  id: name, name, status: 'active', ownerId: null, ownerName: null, arr: 0, renewalDate: null, healthBand: null,
  lastContactAt: null, coverage: coverage({}), ...over,
});

// In the server's order (by reading).
const ROWS = [
  row('あおば', { ownerId: 'u2', ownerName: '鈴木', arr: 600_000, lastContactAt: '2026-10-01T00:00:00.000Z' }),
  row('いろは', { ownerId: 'u1', ownerName: '佐藤', arr: 1_200_000, coverage: coverage({ hasExecutiveSponsor: false, overdue: 2, cadenceShare: 0 }) }),
  row('うみ', { arr: 1_200_000, coverage: coverage({ stakeholders: 0, hasExecutiveSponsor: false, hasChampion: false, cadenceShare: null }) }),
  row('えがお', { ownerId: 'u1', ownerName: '佐藤', arr: 300_000, lastContactAt: '2026-11-01T00:00:00.000Z', coverage: coverage({ hasChampion: false, overdue: 1, cadenceShare: 0.5 }) }),
];
const names = (rows: CoverageAccount[]) => rows.map((r) => r.name);

describe('filterCoverageAccounts', () => {
  it('keeps the accounts with the chosen gap, for one owner or for accounts without one', () => {
    expect(names(filterCoverageAccounts(ROWS, 'no_sponsor', null))).toEqual(['いろは', 'うみ']);
    expect(names(filterCoverageAccounts(ROWS, 'no_champion', null))).toEqual(['うみ', 'えがお']);
    expect(names(filterCoverageAccounts(ROWS, 'overdue', 'u1'))).toEqual(['いろは', 'えがお']);
    expect(names(filterCoverageAccounts(ROWS, 'no_stakeholders', null))).toEqual(['うみ']);
    expect(names(filterCoverageAccounts(ROWS, 'all', 'none'))).toEqual(['うみ']);
  });
});

describe('sortCoverageAccounts', () => {
  it('sorts by ARR both ways, ties in name order', () => {
    expect(names(sortCoverageAccounts(ROWS, '-arr', 'ja'))).toEqual(['いろは', 'うみ', 'あおば', 'えがお']);
    expect(names(sortCoverageAccounts(ROWS, 'arr', 'ja'))).toEqual(['えがお', 'あおば', 'いろは', 'うみ']);
  });

  it('puts never-contacted accounts first when sorting by last contact, oldest first', () => {
    expect(names(sortCoverageAccounts(ROWS, 'lastContact', 'ja'))).toEqual(['いろは', 'うみ', 'あおば', 'えがお']);
  });

  it('sorts accounts without an agreed frequency below any share, and reverses the name order', () => {
    expect(names(sortCoverageAccounts(ROWS, 'cadence', 'ja'))).toEqual(['うみ', 'いろは', 'えがお', 'あおば']);
    expect(names(sortCoverageAccounts(ROWS, '-name', 'ja'))).toEqual(['えがお', 'うみ', 'いろは', 'あおば']);
    expect(names(sortCoverageAccounts(ROWS, '-overdue', 'ja'))).toEqual(['いろは', 'えがお', 'あおば', 'うみ']);
  });

  it('accepts only known columns from the URL', () => {
    expect(isCoverageSort('-arr')).toBe(true);
    expect(isCoverageSort('mrr')).toBe(false);
    expect(isCoverageSort(null)).toBe(false);
  });
});
