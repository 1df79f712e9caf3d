import { describe, expect, it } from 'vitest';
import { AccountRule, matchesAccountRule, type AccountFacts } from './account-rule.js';

const enterprise: AccountFacts = { arr: 3_600_000, plan: 'Enterprise', sizeBand: '1000-4999', healthBand: 'red', 'custom.region_code': 'KANTO' };

describe('account rules', () => {
  it('holds when every condition holds, and an empty rule always holds', () => {
    expect(matchesAccountRule({ all: [] }, {})).toBe(true);
    expect(matchesAccountRule({ all: [{ fact: 'arr', op: 'gte', value: 1_200_000 }, { fact: 'plan', op: 'eq', value: 'Enterprise' }] }, enterprise)).toBe(true);
    expect(matchesAccountRule({ all: [{ fact: 'arr', op: 'gte', value: 1_200_000 }, { fact: 'plan', op: 'eq', value: 'Starter' }] }, enterprise)).toBe(false);
  });

  it('never lets a missing fact pass a comparison, only empty', () => {
    const rule = { all: [{ fact: 'arr', op: 'lt', value: 1_200_000 }] } as const satisfies AccountRule;
    expect(matchesAccountRule(rule, { arr: null })).toBe(false);
    expect(matchesAccountRule(rule, {})).toBe(false);
    expect(matchesAccountRule({ all: [{ fact: 'arr', op: 'empty' }] }, { arr: null })).toBe(true);
    expect(matchesAccountRule({ all: [{ fact: 'plan', op: 'neq', value: 'Starter' }] }, { plan: null })).toBe(false);
  });

  it('matches lists and custom fields', () => {
    expect(matchesAccountRule({ all: [{ fact: 'sizeBand', op: 'in', value: ['300-999', '1000-4999', '5000+'] }] }, enterprise)).toBe(true);
    expect(matchesAccountRule({ all: [{ fact: 'healthBand', op: 'not_in', value: ['red'] }] }, enterprise)).toBe(false);
    expect(matchesAccountRule({ all: [{ fact: 'custom.region_code', op: 'eq', value: 'KANTO' }] }, enterprise)).toBe(true);
  });

  it('names the field of a malformed condition', () => {
    const bad = AccountRule.safeParse({ all: [{ fact: 'arr', op: 'gte', value: 'lots' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['all', 0, 'value']);
    expect(AccountRule.safeParse({ all: [{ fact: 'colour', op: 'eq', value: 'blue' }] }).error?.issues[0]?.path).toEqual(['all', 0, 'fact']);
  });
});
