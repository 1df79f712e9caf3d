import { describe, expect, it } from 'vitest';
import { measureValue, percentChange, usageKey, usageNeedsOf, type AccountSignals, type GoalSignal } from './account-signals.js';
import { defaultScorecardDefinition } from './default-scorecard.js';
import type { MeasureSource, ScorecardDefinition } from './scorecard.js';

const signals = (over: Partial<AccountSignals> = {}): AccountSignals => ({
  accountId: 'a', segment: {}, seats: 10, mrr: 50_000, renewalDate: '2026-12-23', customFields: { tickets: '7', note: 'x' },
  sentiment: { value: 4, on: '2026-11-01' }, survey: { nps: null, csat: null },
  usage: {
    [usageKey('events', 30)]: 120, [usageKey('events', 30, { previous: true })]: 160, [usageKey('users', 30)]: 4,
    [usageKey('seconds', 30)]: 7200, [usageKey('named', 30, { event: 'Ticket Opened' })]: 3,
  },
  ...over,
});

describe('measureValue', () => {
  it('reads each kind of measure from the signals', () => {
    const s = signals();
    expect(measureValue({ type: 'events', windowDays: 30 }, s, '2026-11-23')).toBe(120);
    expect(measureValue({ type: 'active_user_ratio', windowDays: 30 }, s, '2026-11-23')).toBe(0.4);
    expect(measureValue({ type: 'usage_time', windowDays: 30 }, s, '2026-11-23')).toBe(2);
    // 120 vs 160 the period before: −25%.
    expect(measureValue({ type: 'trend', windowDays: 30, of: 'events' }, s, '2026-11-23')).toBe(-25);
    // 2026-11-23 → 2026-12-23 is 30 days.
    expect(measureValue({ type: 'days_to_renewal' }, s, '2026-11-23')).toBe(30);
    expect(measureValue({ type: 'support_load', windowDays: 30, field: 'tickets' }, s, '2026-11-23')).toBe(7);
    expect(measureValue({ type: 'support_load', windowDays: 30, event: 'Ticket Opened' }, s, '2026-11-23')).toBe(3);
    expect(measureValue({ type: 'account_field', field: 'note' }, s, '2026-11-23')).toBeNull();
    expect(measureValue({ type: 'account_field', field: 'mrr' }, s, '2026-11-23')).toBe(50_000);
    expect(measureValue({ type: 'sentiment' }, s, '2026-11-23')).toBe(4);
    expect(measureValue({ type: 'survey', metric: 'nps' }, s, '2026-11-23')).toBeNull();
    // No usage in the window is a real zero, not missing data.
    expect(measureValue({ type: 'logins', windowDays: 30 }, s, '2026-11-23')).toBe(0);
  });

  it('has no active-user ratio without seats, and no renewal measure without a renewal date', () => {
    const s = signals({ seats: null, renewalDate: null });
    expect(measureValue({ type: 'active_user_ratio', windowDays: 30 }, s, '2026-11-23')).toBeNull();
    expect(measureValue({ type: 'days_to_renewal' }, s, '2026-11-23')).toBeNull();
  });
});

describe('percentChange', () => {
  it('caps growth from zero at +100% and treats nothing to nothing as flat', () => {
    expect(percentChange(150, 100)).toBe(50);
    expect(percentChange(5, 0)).toBe(100);
    expect(percentChange(0, 0)).toBe(0);
    expect(percentChange(0, 10)).toBe(-100);
  });
});

describe('usageNeedsOf', () => {
  it('asks the rollups only for the windows, previous periods and named events the scorecards use', () => {
    // The default scorecard: logins, active users ÷ seats, breadth and the events trend, all over 30 days; and NPS answers.
    expect(usageNeedsOf([defaultScorecardDefinition('en')])).toEqual({
      goals: false,
      survey: true,
      windows: [{ days: 30, current: ['breadth', 'events', 'logins', 'users'], previous: ['events'], namedEvents: [] }],
    });
  });

  it('asks the previous period only for what a trend compares, and merges scorecards by window', () => {
    const definition = (source: MeasureSource) => ({
      root: { kind: 'group' as const, id: 'root', label: 'r', weight: 1, children: [
        { kind: 'measure' as const, id: 'm', label: 'm', weight: 1, source, normalize: { type: 'range' as const, low: 0, high: 1 } },
      ] },
      bands: { red: 40, green: 70 },
    }) as ScorecardDefinition;
    const needs = usageNeedsOf([
      definition({ type: 'trend', windowDays: 14, of: 'usage_time' }),
      definition({ type: 'support_load', windowDays: 14, event: 'Ticket Opened' }),
      definition({ type: 'sentiment' }),
      definition({ type: 'active_user_ratio', windowDays: 7 }),
    ]);
    expect(needs).toEqual({ goals: false, windows: [
      { days: 7, current: ['users'], previous: [], namedEvents: [] },
      { days: 14, current: ['seconds'], previous: ['seconds'], namedEvents: ['Ticket Opened'] },
    ] });
  });
});

describe('success-plan measures', () => {
  const goal = (over: Partial<GoalSignal>): GoalSignal => ({ baseline: 0, target: 100, current: null, status: 'on_track', nextReviewOn: null, ...over });

  it('averages the progress of goals that count: 50 %, achieved (100 %), unmeasured (0 %), beyond target (100 %)', () => {
    // (50 + 100 + 0 + 100) / 4 = 62.5; the dropped goal is left out.
    const goals = [
      goal({ current: 50 }), goal({ status: 'achieved', current: 10 }), goal({}), goal({ baseline: 40, target: 10, current: 5 }),
      goal({ status: 'dropped', current: 0 }),
    ];
    expect(measureValue({ type: 'goal_progress' }, signals({ goals }), '2026-11-23')).toBe(62.5);
  });

  it('counts open goals whose review date has passed', () => {
    const goals = [
      goal({ nextReviewOn: '2026-11-01' }), goal({ nextReviewOn: '2026-11-23' }), goal({ nextReviewOn: '2026-10-01', status: 'achieved' }),
    ];
    expect(measureValue({ type: 'overdue_reviews' }, signals({ goals }), '2026-11-23')).toBe(1);
  });

  it('has no data without goals, and asks the gatherer for goals only when a measure reads them', () => {
    expect(measureValue({ type: 'goal_progress' }, signals(), '2026-11-23')).toBeNull();
    expect(measureValue({ type: 'overdue_reviews' }, signals({ goals: [goal({ status: 'dropped' })] }), '2026-11-23')).toBeNull();
    const definition = { bands: { red: 40, green: 70 }, root: { kind: 'group', id: 'r', label: 'r', weight: 1, children: [
      { kind: 'measure', id: 'g', label: 'g', weight: 1, source: { type: 'goal_progress' }, normalize: { type: 'range', low: 0, high: 100 } },
    ] } } as ScorecardDefinition;
    expect(usageNeedsOf([definition])).toEqual({ goals: true, windows: [] });
  });
});
