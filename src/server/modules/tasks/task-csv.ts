/** The task list and the "follow today" ranking as CSV (UTF-8 with BOM, money in major units; see metrics/csv.ts). */
import { moneyCell, toCsv } from '../metrics/csv.js';
import type { Task } from './schema.js';
import type { TodayList } from '../today/schema.js';

export function tasksCsv(items: Task[]): string {
  return toCsv(['task_id', 'account_id', 'account_name', 'title', 'reason', 'assignee_name', 'due_on', 'status', 'due_group', 'source', 'done_at', 'created_at'],
    items.map((t) => [t.id, t.accountId, t.accountName, t.title, t.reason, t.assigneeName, t.dueOn, t.status, t.group, t.source, t.doneAt, t.createdAt]));
}

export function todayCsv(list: TodayList): string {
  const find = <K extends TodayList['items'][number]['reasons'][number]['kind']>(item: TodayList['items'][number], kind: K) =>
    item.reasons.find((r) => r.kind === kind) as Extract<TodayList['items'][number]['reasons'][number], { kind: K }> | undefined;
  return toCsv(['rank', 'account_id', 'account_name', 'priority', 'health_band', 'health_score', 'health_change_7d', 'arr', 'renewal_date',
    'days_to_renewal', 'overdue_tasks', 'tasks_due_today', 'touch_overdue_days', 'currency'],
  list.items.map((i) => [i.rank, i.accountId, i.name, i.priority, i.healthBand, i.healthScore, find(i, 'health')?.change, moneyCell(i.arr, list.currency),
    i.renewalDate, find(i, 'renewal')?.days, find(i, 'overdue_tasks')?.count ?? 0, find(i, 'due_today')?.count ?? 0, find(i, 'touch_overdue')?.days, list.currency]));
}
