import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueGroup } from './task.js';

describe('dueGroup', () => {
  const today = '2025-03-10';
  it('puts a task due yesterday in overdue and one due today in today', () => {
    expect(dueGroup('2025-03-09', today)).toBe('overdue');
    expect(dueGroup('2025-03-10', today)).toBe('today');
  });
  it('counts the next seven days (not today) as this week; day 8 is later', () => {
    expect(dueGroup('2025-03-11', today)).toBe('week');
    expect(dueGroup('2025-03-17', today)).toBe('week');
    expect(dueGroup('2025-03-18', today)).toBe('later');
  });
  it('has a group for tasks without a due date', () => {
    expect(dueGroup(null, today)).toBe('none');
  });
});

describe('day arithmetic', () => {
  it('crosses month and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-05', -10)).toBe('2024-12-26');
  });
  it('measures whole days both ways', () => {
    expect(daysBetween('2025-03-10', '2025-03-31')).toBe(21);
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });
});
