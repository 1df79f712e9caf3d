import { describe, expect, it } from 'vitest';
import { addDays, displayProgress, goalProgress, isAtRisk, isDueSoon, isProgressStale, isReviewOverdue, timeElapsed } from './goal-progress.js';

describe('goalProgress', () => {
  it('measures a rising goal from baseline to target: 100 → 200 at 150 is half way', () => {
    expect(goalProgress({ baseline: 100, target: 200, current: 150 })).toBe(50);
  });

  it('measures a falling goal the same way: cutting 40 h to 10 h, now 25 h, is half way', () => {
    // (25 − 40) ÷ (10 − 40) = −15 ÷ −30 = 0.5
    expect(goalProgress({ baseline: 40, target: 10, current: 25 })).toBe(50);
    expect(goalProgress({ baseline: 40, target: 10, current: 10 })).toBe(100);
  });

  it('goes below zero when the goal moved the wrong way and past 100 when it overshot', () => {
    expect(goalProgress({ baseline: 40, target: 10, current: 46 })).toBe(-20);
    expect(goalProgress({ baseline: 0, target: 80, current: 100 })).toBe(125);
  });

  it('has no progress without a current value or when target equals baseline', () => {
    expect(goalProgress({ baseline: 10, target: 20, current: null })).toBeNull();
    expect(goalProgress({ baseline: 10, target: 10, current: 12 })).toBeNull();
  });

  it('clips to 0–100 and rounds for display', () => {
    expect(displayProgress(-20)).toBe(0);
    expect(displayProgress(125)).toBe(100);
    expect(displayProgress(33.333)).toBe(33);
    expect(displayProgress(66.5)).toBe(67);
    expect(displayProgress(null)).toBeNull();
  });
});

describe('flags', () => {
  const today = '2026-04-15';

  it('flags an open goal whose review date has passed, not one reviewed today or closed', () => {
    expect(isReviewOverdue({ status: 'on_track', nextReviewOn: '2026-04-14' }, today)).toBe(true);
    expect(isReviewOverdue({ status: 'on_track', nextReviewOn: '2026-04-15' }, today)).toBe(false);
    expect(isReviewOverdue({ status: 'achieved', nextReviewOn: '2026-01-01' }, today)).toBe(false);
    expect(isReviewOverdue({ status: 'at_risk', nextReviewOn: null }, today)).toBe(false);
  });

  it('counts a goal as due soon within 30 days, including one already past its due date', () => {
    expect(isDueSoon({ status: 'on_track', dueOn: '2026-05-15' }, today)).toBe(true);
    expect(isDueSoon({ status: 'on_track', dueOn: '2026-05-16' }, today)).toBe(false);
    expect(isDueSoon({ status: 'not_started', dueOn: '2026-03-01' }, today)).toBe(true);
    expect(isDueSoon({ status: 'dropped', dueOn: '2026-04-20' }, today)).toBe(false);
  });

  it('calls hand-entered progress stale after 45 days, never a bound goal', () => {
    expect(isProgressStale({ bound: false, currentAt: '2026-02-28T10:00:00Z', status: 'on_track' }, today)).toBe(true);
    expect(isProgressStale({ bound: false, currentAt: '2026-03-01T10:00:00Z', status: 'on_track' }, today)).toBe(false);
    expect(isProgressStale({ bound: true, currentAt: '2025-01-01T00:00:00Z', status: 'on_track' }, today)).toBe(false);
  });

  it('measures elapsed time between start and due date', () => {
    expect(timeElapsed('2026-01-01', '2026-01-11', '2026-01-06')).toBe(50);
    expect(timeElapsed('2026-01-01', '2026-01-11', '2026-02-01')).toBe(100);
    expect(timeElapsed('2026-01-01', null, '2026-01-06')).toBeNull();
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('is at risk when marked so, when time runs 30 points ahead of progress, or when due without reaching the target', () => {
    const base = { startedOn: '2026-01-01', dueOn: '2026-01-11' };
    expect(isAtRisk({ ...base, status: 'at_risk', progress: 90 }, '2026-01-02')).toBe(true);
    // day 8 of 10: 80% of the time used; 50% progress is 30 points behind
    expect(isAtRisk({ ...base, status: 'on_track', progress: 50 }, '2026-01-09')).toBe(true);
    expect(isAtRisk({ ...base, status: 'on_track', progress: 51 }, '2026-01-09')).toBe(false);
    expect(isAtRisk({ ...base, status: 'on_track', progress: 95 }, '2026-01-12')).toBe(true);
    expect(isAtRisk({ ...base, status: 'achieved', progress: 40 }, '2026-01-12')).toBe(false);
  });
});
