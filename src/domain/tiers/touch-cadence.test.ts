import { describe, expect, it } from 'vitest';
import { isBusinessReview, overdueTouch } from './touch-cadence.js';

const high = { meetingEveryDays: 30, reviewEveryDays: 90, automatedOnly: false };

describe('isBusinessReview', () => {
  it('is a meeting whose subject names a review, in Japanese or English', () => {
    expect(isBusinessReview('meeting', '四半期ビジネスレビュー')).toBe(true);
    expect(isBusinessReview('meeting', 'Q3 QBR with the sponsor')).toBe(true);
    expect(isBusinessReview('meeting', 'Annual Business Review')).toBe(true);
    expect(isBusinessReview('meeting', 'EBR 2026')).toBe(true);
    expect(isBusinessReview('call', 'QBR')).toBe(false);
    expect(isBusinessReview('meeting', '定例')).toBe(false);
    expect(isBusinessReview('meeting', null)).toBe(false);
  });
});

describe('overdueTouch', () => {
  it('is due the cadence after the UTC day of the last touch, overdue from the day after', () => {
    const history = { createdOn: '2025-01-01', lastTouchAt: '2026-03-01T23:30:00.000Z', lastReviewAt: '2026-03-01T23:30:00.000Z' };
    // 2026-03-01 + 30 days = 2026-03-31: on the due day it is not overdue yet.
    expect(overdueTouch(high, history, '2026-03-31')).toBeNull();
    expect(overdueTouch(high, history, '2026-04-05')).toEqual({ kind: 'meeting', lastAt: history.lastTouchAt, dueOn: '2026-03-31', daysOverdue: 5 });
  });

  it('reports the more overdue promise when both lapsed', () => {
    // Meeting due 2026-03-31 (5 days late on 04-05); review due 2025-12-01 + 90 = 2026-03-01 (35 days late).
    const history = { createdOn: '2025-01-01', lastTouchAt: '2026-03-01T02:00:00.000Z', lastReviewAt: '2025-12-01T02:00:00.000Z' };
    expect(overdueTouch(high, history, '2026-04-05')).toEqual({ kind: 'review', lastAt: history.lastReviewAt, dueOn: '2026-03-01', daysOverdue: 35 });
  });

  it('counts from the day the account was created when nothing was ever recorded', () => {
    const history = { createdOn: '2026-01-01', lastTouchAt: null, lastReviewAt: null };
    // Review due 2026-01-01 + 90 = 2026-04-01; meeting due 2026-01-31. On 04-05: meeting 64 days, review 4 days late.
    expect(overdueTouch(high, history, '2026-04-05')).toEqual({ kind: 'meeting', lastAt: null, dueOn: '2026-01-31', daysOverdue: 64 });
    expect(overdueTouch(high, { ...history, createdOn: '2026-04-01' }, '2026-04-05')).toBeNull();
  });

  it('is never overdue on an automated-only tier or a tier without a cadence', () => {
    const history = { createdOn: '2020-01-01', lastTouchAt: null, lastReviewAt: null };
    expect(overdueTouch({ meetingEveryDays: null, reviewEveryDays: null, automatedOnly: true }, history, '2026-04-05')).toBeNull();
    expect(overdueTouch({ meetingEveryDays: null, reviewEveryDays: null, automatedOnly: false }, history, '2026-04-05')).toBeNull();
  });
});
