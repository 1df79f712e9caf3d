/**
 * Stakeholder coverage across a portfolio: how many accounts (and how much ARR) lack an
 * executive sponsor, lack a champion, or have stakeholders overdue for contact — in total
 * and per account owner (the CSM), so a team lead sees whose book needs attention.
 */
import type { AccountCoverage } from './account-coverage.js';

export interface CoveredAccount {
  ownerId: string | null;
  /** annual recurring revenue, minor units of one currency */
  arr: number;
  coverage: AccountCoverage;
}

export interface CoverageTally {
  accounts: number;
  arr: number;
  withoutStakeholders: number;
  withoutExecutiveSponsor: number;
  withoutChampion: number;
  withOverdue: number;
  arrWithoutExecutiveSponsor: number;
  arrWithoutChampion: number;
  arrWithOverdue: number;
  /** stakeholders with an agreed frequency, across the accounts */
  withCadence: number;
  withinCadence: number;
  /** withinCadence ÷ withCadence (0–1); null when nobody has an agreed frequency */
  cadenceShare: number | null;
}

export function tallyCoverage(accounts: readonly CoveredAccount[]): CoverageTally {
  const sum = (pick: (a: CoveredAccount) => number) => accounts.reduce((total, a) => total + pick(a), 0);
  const arrIf = (test: (c: AccountCoverage) => boolean) => sum((a) => (test(a.coverage) ? a.arr : 0));
  const countIf = (test: (c: AccountCoverage) => boolean) => accounts.filter((a) => test(a.coverage)).length;
  const withCadence = sum((a) => a.coverage.withCadence);
  const withinCadence = sum((a) => a.coverage.withinCadence);
  return {
    accounts: accounts.length,
    arr: sum((a) => a.arr),
    withoutStakeholders: countIf((c) => c.stakeholders === 0),
    withoutExecutiveSponsor: countIf((c) => !c.hasExecutiveSponsor),
    withoutChampion: countIf((c) => !c.hasChampion),
    withOverdue: countIf((c) => c.overdue > 0),
    arrWithoutExecutiveSponsor: arrIf((c) => !c.hasExecutiveSponsor),
    arrWithoutChampion: arrIf((c) => !c.hasChampion),
    arrWithOverdue: arrIf((c) => c.overdue > 0),
    withCadence,
    withinCadence,
    cadenceShare: withCadence === 0 ? null : withinCadence / withCadence,
  };
}

/** One tally per owner (null = no owner), the owner with the most accounts first. */
export function coverageByOwner(accounts: readonly CoveredAccount[]): Array<CoverageTally & { ownerId: string | null }> {
  const groups = new Map<string | null, CoveredAccount[]>();
  for (const a of accounts) {
    const group = groups.get(a.ownerId);
    if (group) group.push(a);
    else groups.set(a.ownerId, [a]);
  }
  return [...groups.entries()]
    .map(([ownerId, group]) => ({ ownerId, ...tallyCoverage(group) }))
    .sort((x, y) => y.accounts - x.accounts || y.arr - x.arr || String(x.ownerId).localeCompare(String(y.ownerId)));
}
