import { describe, expect, it } from 'vitest';
import { accountCoverage, isExecutiveSponsor, type StakeholderFacts } from './account-coverage.js';

const NOW = new Date('2026-11-05T00:00:00.000Z');
const RECENT = '2026-11-01T00:00:00.000Z';
const LONG_AGO = '2026-06-01T00:00:00.000Z';

const person = (over: Partial<StakeholderFacts>): StakeholderFacts =>
  ({ level: null, role: null, cadenceDays: null, lastContactAt: null, ...over });

describe('isExecutiveSponsor', () => {
  it('counts executives and decision makers at any level', () => {
    expect(isExecutiveSponsor({ level: 'executive', role: null })).toBe(true);
    expect(isExecutiveSponsor({ level: 'manager', role: 'decision_maker' })).toBe(true);
    expect(isExecutiveSponsor({ level: 'manager', role: 'champion' })).toBe(false);
    expect(isExecutiveSponsor({ level: null, role: null })).toBe(false);
  });
});

describe('accountCoverage', () => {
  it('says only to record someone when the account has no stakeholders', () => {
    expect(accountCoverage([], NOW)).toEqual({
      stakeholders: 0, executiveSponsors: 0, champions: 0, hasExecutiveSponsor: false, hasChampion: false,
      withCadence: 0, withinCadence: 0, overdue: 0, cadenceShare: null, warnings: ['no_stakeholders'],
    });
  });

  it('is clean with a sponsor and a champion both met within their frequency', () => {
    const c = accountCoverage([
      person({ level: 'executive', role: 'decision_maker', cadenceDays: 90, lastContactAt: RECENT }),
      person({ level: 'manager', role: 'champion', cadenceDays: 30, lastContactAt: RECENT }),
      person({ level: 'end_user', role: 'end_user' }),
    ], NOW);
    expect(c).toMatchObject({ stakeholders: 3, executiveSponsors: 1, champions: 1, withCadence: 2, withinCadence: 2, overdue: 0, cadenceShare: 1 });
    expect(c.warnings).toEqual([]);
  });

  it('warns of a missing sponsor and champion, overdue people, and the share met within cadence', () => {
    const c = accountCoverage([
      person({ level: 'manager', role: 'project_member', cadenceDays: 30, lastContactAt: LONG_AGO }),
      person({ level: 'manager', role: 'project_member', cadenceDays: 60, lastContactAt: null }),
      person({ level: 'end_user', role: 'end_user', cadenceDays: 30, lastContactAt: RECENT }),
      person({ level: 'end_user', role: 'end_user', cadenceDays: 30, lastContactAt: RECENT }),
    ], NOW);
    // Two of four with a frequency are overdue (one lapsed since June, one never met): 2 ÷ 4 = 0.5 within.
    expect(c).toMatchObject({ withCadence: 4, withinCadence: 2, overdue: 2, cadenceShare: 0.5 });
    expect(c.warnings).toEqual(['no_executive_sponsor', 'no_champion', 'overdue_stakeholders']);
  });

  it('warns when no frequency is agreed with anyone', () => {
    const c = accountCoverage([person({ level: 'executive' }), person({ role: 'champion' })], NOW);
    expect(c).toMatchObject({ hasExecutiveSponsor: true, hasChampion: true, withCadence: 0, cadenceShare: null });
    expect(c.warnings).toEqual(['no_cadence_agreed']);
  });
});
