/** The inbox's sections: open tasks by due group in a fixed order, empty groups left out. */
import { DUE_GROUPS, type DueGroup } from '../../../domain/tasks/task';
import type { Task } from '../../api/tasks';

export interface TaskSection {
  group: DueGroup;
  items: Task[];
}

export function sectionsOf(items: Task[]): TaskSection[] {
  return DUE_GROUPS
    .map((group) => ({ group, items: items.filter((t) => t.status === 'open' && t.group === group) }))
    .filter((s) => s.items.length > 0);
}

/** The next row index for a key press in the list (j/k or arrows), clamped to the list. */
export function moveIndex(current: number, key: string, length: number): number | null {
  if (length === 0) return null;
  if (key === 'ArrowDown' || key === 'j') return Math.min(length - 1, current + 1);
  if (key === 'ArrowUp' || key === 'k') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return null;
}
