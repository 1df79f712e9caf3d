import { describe, expect, it } from 'vitest';
import type { Task } from '../../api/tasks';
import { moveIndex, sectionsOf } from './task-groups';

const task = (id: string, group: Task['group'], status: Task['status'] = 'open') => ({ id, group, status }) as Task;

describe('sectionsOf', () => {
  it('orders sections overdue → today → week → later → none and drops empty ones and closed tasks', () => {
    const sections = sectionsOf([task('a', 'none'), task('b', 'overdue'), task('c', 'week'), task('d', 'overdue'), task('e', null, 'done')]);
    expect(sections.map((s) => [s.group, s.items.map((t) => t.id)])).toEqual([['overdue', ['b', 'd']], ['week', ['c']], ['none', ['a']]]);
  });
});

describe('moveIndex', () => {
  it('moves with j/k and the arrows, stopping at the ends', () => {
    expect(moveIndex(0, 'j', 3)).toBe(1);
    expect(moveIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(moveIndex(0, 'k', 3)).toBe(0);
    expect(moveIndex(1, 'End', 3)).toBe(2);
    expect(moveIndex(0, 'x', 3)).toBeNull();
    expect(moveIndex(0, 'j', 0)).toBeNull();
  });
});
