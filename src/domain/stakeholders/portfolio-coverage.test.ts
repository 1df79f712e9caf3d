import { describe, expect, it } from 'vitest';
import { accountCoverage, type StakeholderFacts } from './account-coverage.js';
import { coverageByOwner, tallyCoverage, type CoveredAccount } from './portfolio-coverage.js';

const NOW = new Date('2026-11-05T00:00:00.000Z');
const sponsor: StakeholderFacts = { level: 'executive', role: 'decision_maker', cadenceDays: 90, lastContactAt: '2026-10-01T00:00:00.000Z' };
const champion: StakeholderFacts = { level: 'manager', role: 'champion', cadenceDays: 30, lastContactAt: '2026-10-20T00:00:00.000Z' };
const lapsedChampion: StakeholderFacts = { ...champion, lastContactAt: '2026-08-01T00:00:00.000Z' };

const account = (ownerId: string | null, arr: number, people: StakeholderFacts[]): CoveredAccount =>
  ({ ownerId, arr, coverage: accountCoverage(people, NOW) });

const BOOK = [
  account('u1', 1_200_000, [sponsor, champion]), // fully covered
  account('u1', 600_000, [lapsedChampion]), // no sponsor, champion overdue
  account('u2', 2_400_000, [sponsor]), // no champion
  account(null, 300_000, []), // nobody recorded
];

describe('tallyCoverage', () => {
  it('counts accounts and ARR without a sponsor, without a champion and with overdue stakeholders', () => {
    expect(tallyCoverage(BOOK)).toEqual({
      accounts: 4,
      arr: 4_500_000,
      withoutStakeholders: 1,
      // the lapsed-champion account and the empty one
      withoutExecutiveSponsor: 2,
      arrWithoutExecutiveSponsor: 900_000,
      // the sponsor-only account and the empty one
      withoutChampion: 2,
      arrWithoutChampion: 2_700_000,
      withOverdue: 1,
      arrWithOverdue: 600_000,
      // sponsor+champion (2) + lapsed champion (1) + sponsor (1) = 4 with a frequency; the lapsed one is overdue
      withCadence: 4,
      withinCadence: 3,
      cadenceShare: 0.75,
    });
  });

  it('has no share for an empty portfolio', () => {
    expect(tallyCoverage([])).toMatchObject({ accounts: 0, arr: 0, cadenceShare: null });
  });
});

describe('coverageByOwner', () => {
  it('tallies each owner’s book, the largest first, with unowned accounts as their own group', () => {
    const rows = coverageByOwner(BOOK);
    expect(rows.map((r) => [r.ownerId, r.accounts, r.withoutExecutiveSponsor, r.withoutChampion, r.withOverdue])).toEqual([
      ['u1', 2, 1, 0, 1],
      // same count: the larger ARR first
      ['u2', 1, 0, 1, 0],
      [null, 1, 1, 1, 0],
    ]);
  });
});
