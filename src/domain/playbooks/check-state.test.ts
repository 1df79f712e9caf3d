import { describe, expect, it } from 'vitest';
import { checkStateTrigger, type StateSignals } from './check-state.js';

const base: StateSignals = { score: 70, band: 'yellow' };

describe('checkStateTrigger', () => {
  it('holds for a band only while the account is in that band', () => {
    expect(checkStateTrigger({ type: 'health_band_entered', band: 'red' }, { score: 38, band: 'red' }))
      .toEqual({ holds: true, detail: { band: 'red', score: 38 } });
    expect(checkStateTrigger({ type: 'health_band_entered', band: 'red' }, base).holds).toBe(false);
  });

  it('treats the threshold of health_score_below as strict', () => {
    expect(checkStateTrigger({ type: 'health_score_below', value: 70 }, base).holds).toBe(false);
    expect(checkStateTrigger({ type: 'health_score_below', value: 70.1 }, base).holds).toBe(true);
    expect(checkStateTrigger({ type: 'health_score_below', value: 50 }, { score: null, band: null }).holds).toBe(false);
  });

  it('measures a drop from the highest daily score of the window', () => {
    // 82 → 64 is a drop of 18 points: holds for 15, not for 20.
    const s: StateSignals = { score: 64, band: 'yellow', windowHigh: 82, windowHighDay: '2026-03-20' };
    expect(checkStateTrigger({ type: 'health_drop', points: 15, days: 14 }, s))
      .toEqual({ holds: true, detail: { score: 64, from: 82, fromDay: '2026-03-20', drop: 18, days: 14 } });
    expect(checkStateTrigger({ type: 'health_drop', points: 20, days: 14 }, s).holds).toBe(false);
    expect(checkStateTrigger({ type: 'health_drop', points: 5, days: 14 }, { ...s, windowHigh: null }).holds).toBe(false);
  });

  it('rounds the drop to one decimal so 70.3 − 60.2 counts as the 10.1 it shows', () => {
    const s: StateSignals = { score: 60.2, band: 'yellow', windowHigh: 70.3 };
    const check = checkStateTrigger({ type: 'health_drop', points: 10.1, days: 7 }, s);
    expect(check).toMatchObject({ holds: true, detail: { drop: 10.1 } });
  });

  it('holds for a renewal from today up to the window, not after it passed', () => {
    const t = { type: 'renewal_within', days: 60 } as const;
    expect(checkStateTrigger(t, { ...base, daysToRenewal: 0, renewalDate: '2026-04-01' }).holds).toBe(true);
    expect(checkStateTrigger(t, { ...base, daysToRenewal: 60 }).holds).toBe(true);
    expect(checkStateTrigger(t, { ...base, daysToRenewal: 61 }).holds).toBe(false);
    expect(checkStateTrigger(t, { ...base, daysToRenewal: -1 }).holds).toBe(false);
    expect(checkStateTrigger(t, { ...base, daysToRenewal: null }).holds).toBe(false);
  });

  it('compares usage week over week and ignores accounts that had no usage before', () => {
    // 200 → 90 events is a fall of (200 − 90) / 200 = 55%.
    const t = { type: 'usage_drop', percent: 50 } as const;
    expect(checkStateTrigger(t, { ...base, usageLastWeek: 200, usageThisWeek: 90 }))
      .toEqual({ holds: true, detail: { lastWeek: 200, thisWeek: 90, percent: 55, event: null } });
    expect(checkStateTrigger(t, { ...base, usageLastWeek: 200, usageThisWeek: 101 }).holds).toBe(false);
    expect(checkStateTrigger(t, { ...base, usageLastWeek: 0, usageThisWeek: 0 }).holds).toBe(false);
  });

  it('looks only at submitted or returned handoffs below the bar', () => {
    const t = { type: 'handoff_incomplete', below: 60 } as const;
    const h = { id: 'h1', status: 'submitted', completeness: 45 };
    expect(checkStateTrigger(t, { ...base, handoff: h }).holds).toBe(true);
    expect(checkStateTrigger(t, { ...base, handoff: { ...h, status: 'returned' } }).holds).toBe(true);
    expect(checkStateTrigger(t, { ...base, handoff: { ...h, status: 'draft' } }).holds).toBe(false);
    expect(checkStateTrigger(t, { ...base, handoff: { ...h, status: 'accepted' } }).holds).toBe(false);
    expect(checkStateTrigger(t, { ...base, handoff: { ...h, completeness: 60 } }).holds).toBe(false);
  });

  it('holds for overdue goals and an overdue touch when there are any', () => {
    const goals = [{ id: 'g1', title: '工数削減', day: '2026-03-01' }];
    expect(checkStateTrigger({ type: 'goal_overdue' }, { ...base, overdueGoals: goals }))
      .toEqual({ holds: true, detail: { goals, count: 1 } });
    expect(checkStateTrigger({ type: 'goal_review_overdue' }, { ...base, overdueGoals: [] }).holds).toBe(false);
    const touch = { kind: 'meeting' as const, lastAt: null, dueOn: '2026-03-01', daysOverdue: 31 };
    expect(checkStateTrigger({ type: 'no_touch' }, { ...base, touch })).toEqual({ holds: true, detail: touch });
    expect(checkStateTrigger({ type: 'no_touch' }, { ...base, touch: null }).holds).toBe(false);
  });
});
