import { describe, expect, it } from 'vitest';
import { diffGoal, type ReviewableGoal } from './goal-fields.js';
import { GoalBinding } from './goal-binding.js';

const goal: ReviewableGoal = {
  title: '月次レポート作成時間を短縮', metric: '作成時間', unit: '時間', baseline: 40, target: 10, dueOn: '2026-09-30',
  status: 'on_track', customerOwnerContactId: null, customerOwnerName: '山田 部長', ownerId: null,
};

describe('diffGoal', () => {
  it('records before → after of each changed field only', () => {
    expect(diffGoal(goal, { target: 15, dueOn: '2026-12-31', title: goal.title })).toEqual({
      target: { from: 10, to: 15 },
      dueOn: { from: '2026-09-30', to: '2026-12-31' },
    });
  });

  it('is empty when the goal is confirmed as it stands', () => {
    expect(diffGoal(goal, {})).toEqual({});
    expect(diffGoal(goal, { status: 'on_track', baseline: 40 })).toEqual({});
  });

  it('records clearing a field as a change to null', () => {
    expect(diffGoal(goal, { customerOwnerName: null })).toEqual({ customerOwnerName: { from: '山田 部長', to: null } });
  });
});

describe('GoalBinding', () => {
  it('accepts each kind of binding', () => {
    for (const b of [
      { type: 'usage_events', event: 'Report Exported', windowDays: 30 }, { type: 'usage_events', windowDays: 7 },
      { type: 'active_users', windowDays: 30 }, { type: 'health_score' }, { type: 'health_measure', measureId: 'logins' },
      { type: 'account_field', field: 'mrr' }, { type: 'account_field', field: 'seats' }, { type: 'account_field', field: 'nps_score' },
    ]) expect(GoalBinding.safeParse(b).success, JSON.stringify(b)).toBe(true);
  });

  it('refuses a missing window, an unknown type and a field key that is not an identifier', () => {
    for (const b of [
      { type: 'active_users' }, { type: 'usage_events', windowDays: 0 }, { type: 'nps' },
      { type: 'account_field', field: 'DROP TABLE' },
    ]) expect(GoalBinding.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
});
