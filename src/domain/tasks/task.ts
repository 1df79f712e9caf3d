/**
 * Tasks as plain data: where a task came from, its states, and which due-date group it falls
 * in on a given day (the inbox groups and the `due=` filter use the same rule).
 */
export const TASK_SOURCES = ['manual', 'playbook', 'handoff', 'checklist'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Inbox groups for open tasks, in the order shown. */
export const DUE_GROUPS = ['overdue', 'today', 'week', 'later', 'none'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

/** ISO day (YYYY-MM-DD) `days` after `day`, in UTC calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The group of an open task on `today`: overdue (due before today), today, week (due within
 * the next 7 days, today excluded), later, or none (no due date).
 */
export function dueGroup(dueOn: string | null, today: string): DueGroup {
  if (dueOn === null) return 'none';
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'today';
  if (dueOn <= addDays(today, 7)) return 'week';
  return 'later';
}
