import { describe, expect, it } from 'vitest';
import type { AccountFacts } from '../journey/account-rule.js';
import type { TriggerCheck } from './check-state.js';
import { matchEvent, planEventFirings, planStateEpisodes, type AccountEvent } from './plan-episodes.js';

const now = new Date('2026-04-01T03:00:00Z');
const facts = (tier: string, phase: string, arr = 1_000_000): AccountFacts => ({ tier, phase, arr });
const red: TriggerCheck = { holds: true, detail: { band: 'red' } };
const everywhere = { tierKeys: [], phaseKeys: [], conditions: { all: [] } };

describe('planStateEpisodes', () => {
  it('fires when the trigger starts holding and not again while the episode is open', () => {
    const input = { playbook: everywhere, accountIds: ['a'], checks: new Map([['a', red]]), facts: new Map([['a', facts('high', 'adopt')]]), now };
    expect(planStateEpisodes({ ...input, open: new Set() }))
      .toEqual({ fire: [{ accountId: 'a', episodeKey: 'state:2026-04-01T03:00:00.000Z', detail: { band: 'red' } }], close: [] });
    expect(planStateEpisodes({ ...input, open: new Set(['a']) })).toEqual({ fire: [], close: [] });
  });

  it('closes the episode on recovery, so the next drop fires again', () => {
    const recovered = planStateEpisodes({
      playbook: everywhere, accountIds: ['a'], checks: new Map([['a', { holds: false }]]), facts: new Map(), open: new Set(['a']), now,
    });
    expect(recovered).toEqual({ fire: [], close: ['a'] });
  });

  it('fires only for accounts in the tiers, phases and conditions of the playbook', () => {
    const playbook = { tierKeys: ['high'], phaseKeys: ['adopt', 'expand'], conditions: { all: [{ fact: 'arr', op: 'gte' as const, value: 600_000 }] } };
    const plan = planStateEpisodes({
      playbook, accountIds: ['in', 'tier', 'phase', 'small', 'nofacts'], now, open: new Set(),
      checks: new Map(['in', 'tier', 'phase', 'small', 'nofacts'].map((id) => [id, red])),
      facts: new Map([['in', facts('high', 'expand')], ['tier', facts('tech', 'adopt')], ['phase', facts('high', 'renewal')], ['small', facts('high', 'adopt', 100)]]),
    });
    expect(plan.fire.map((f) => f.accountId)).toEqual(['in']);
  });

  it('keeps an open episode while the trigger holds even if the account left the scope', () => {
    const plan = planStateEpisodes({
      playbook: { ...everywhere, tierKeys: ['high'] }, accountIds: ['a'], checks: new Map([['a', red]]),
      facts: new Map([['a', facts('tech', 'adopt')]]), open: new Set(['a']), now,
    });
    expect(plan).toEqual({ fire: [], close: [] });
  });
});

describe('event triggers', () => {
  const entered = (id: string, accountId: string, to: string): AccountEvent => ({ id, accountId, kind: 'phase.entered', at: '2026-04-01T00:00:00Z', data: { from: 'onboarding', to, source: 'rule' } });

  it('matches phase entries of the phase, detractor answers of 0–6 and usage of the named event', () => {
    expect(matchEvent({ type: 'phase_entered', phase: 'adopt' }, entered('e1', 'a', 'adopt'))).toMatchObject({ phase: 'adopt', from: 'onboarding' });
    expect(matchEvent({ type: 'phase_entered', phase: 'adopt' }, entered('e1', 'a', 'expand'))).toBeNull();
    const answer = (nps: unknown): AccountEvent => ({ id: 's', accountId: 'a', kind: 'survey.answered', at: '', data: { nps } });
    expect(matchEvent({ type: 'nps_detractor' }, answer(6))).toMatchObject({ nps: 6 });
    expect(matchEvent({ type: 'nps_detractor' }, answer(0))).toMatchObject({ nps: 0 });
    expect(matchEvent({ type: 'nps_detractor' }, answer(7))).toBeNull();
    expect(matchEvent({ type: 'nps_detractor' }, answer(null))).toBeNull();
    const usage: AccountEvent = { id: 'usage:export:2026-04-01', accountId: 'a', kind: 'usage', at: '', data: { event: 'export', day: '2026-04-01', count: 3 } };
    expect(matchEvent({ type: 'custom_event', event: 'export' }, usage)).toEqual({ event: 'export', day: '2026-04-01', count: 3 });
    expect(matchEvent({ type: 'custom_event', event: 'import' }, usage)).toBeNull();
  });

  it('fires once per event, skipping events already fired and accounts out of scope', () => {
    const firings = planEventFirings({
      playbook: { ...everywhere, tierKeys: ['high'], trigger: { type: 'phase_entered', phase: 'adopt' } },
      events: [entered('e1', 'a', 'adopt'), entered('e1', 'a', 'adopt'), entered('e2', 'a', 'adopt'), entered('e3', 'b', 'adopt'), entered('e4', 'c', 'adopt')],
      facts: new Map([['a', facts('high', 'adopt')], ['b', facts('tech', 'adopt')], ['c', facts('high', 'adopt')]]),
      fired: new Set(['c e4']),
    });
    expect(firings.map((f) => [f.accountId, f.episodeKey])).toEqual([['a', 'e1'], ['a', 'e2']]);
  });
});
