/** Filtering and sorting the portfolio coverage table: pure functions of the rows, so they are tested without a browser. */
import type { CoverageAccount } from '../../api/stakeholders';

export const COVERAGE_FILTERS = ['all', 'no_sponsor', 'no_champion', 'overdue', 'no_stakeholders'] as const;
export type CoverageFilter = (typeof COVERAGE_FILTERS)[number];

export const COVERAGE_COLUMNS = ['name', 'owner', 'arr', 'stakeholders', 'cadence', 'overdue', 'lastContact'] as const;
export type CoverageColumn = (typeof COVERAGE_COLUMNS)[number];
export type CoverageSort = CoverageColumn | `-${CoverageColumn}`;

/** 'none' picks accounts without an owner; null keeps every owner. */
export type OwnerFilter = string | 'none' | null;

const MATCHES: Record<CoverageFilter, (a: CoverageAccount) => boolean> = {
  all: () => true,
  no_sponsor: (a) => !a.coverage.hasExecutiveSponsor,
  no_champion: (a) => !a.coverage.hasChampion,
  overdue: (a) => a.coverage.overdue > 0,
  no_stakeholders: (a) => a.coverage.stakeholders === 0,
};

export function filterCoverageAccounts(rows: readonly CoverageAccount[], filter: CoverageFilter, owner: OwnerFilter): CoverageAccount[] {
  return rows.filter((a) => MATCHES[filter](a) && (owner === null || (owner === 'none' ? a.ownerId === null : a.ownerId === owner)));
}

/** Numbers or text to compare; a missing value sorts as the smallest (never contacted = longest ago). */
function keyOf(a: CoverageAccount, column: CoverageColumn): number | string {
  switch (column) {
    case 'name': return 0; // the server's order (by reading) is the name order
    case 'owner': return a.ownerName ?? '';
    case 'arr': return a.arr;
    case 'stakeholders': return a.coverage.stakeholders;
    case 'cadence': return a.coverage.cadenceShare ?? -1;
    case 'overdue': return a.coverage.overdue;
    case 'lastContact': return a.lastContactAt ? Date.parse(a.lastContactAt) : Number.NEGATIVE_INFINITY;
  }
}

/** A stable sort: equal keys keep the server's name order, whichever the direction. */
export function sortCoverageAccounts(rows: readonly CoverageAccount[], sort: CoverageSort, locale: string): CoverageAccount[] {
  const descending = sort.startsWith('-');
  const column = (descending ? sort.slice(1) : sort) as CoverageColumn;
  const collator = new Intl.Collator(locale);
  const indexed = rows.map((row, index) => ({ row, index, key: keyOf(row, column) }));
  indexed.sort((x, y) => {
    const order = typeof x.key === 'string' && typeof y.key === 'string' ? collator.compare(x.key, y.key) : Number(x.key) - Number(y.key);
    if (column === 'name') return descending ? y.index - x.index : x.index - y.index;
    return (descending ? -order : order) || x.index - y.index;
  });
  return indexed.map((i) => i.row);
}

export function isCoverageSort(value: string | null): value is CoverageSort {
  return value !== null && (COVERAGE_COLUMNS as readonly string[]).includes(value.replace(/^-/, ''));
}
