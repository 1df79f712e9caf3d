/**
 * Client and shapes for tasks (src/server/modules/tasks): the inbox per member, an account's
 * tasks, adding a task with its reason, and changing one (done, reopen, cancel, reassign, due date).
 */
import { buildUrl, request } from './http';
import type { DueGroup, TaskSource, TaskStatus } from '../../domain/tasks/task';

export interface Task {
  id: string;
  accountId: string;
  accountName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  title: string;
  reason: string;
  dueOn: string | null;
  status: TaskStatus;
  /** open tasks only */
  group: DueGroup | null;
  doneAt: string | null;
  doneByName: string | null;
  source: TaskSource;
  playbookRunId: string | null;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TaskCounts = Record<DueGroup, number>;

export interface TaskList {
  today: string;
  items: Task[];
  counts: TaskCounts;
}

export interface TaskQuery {
  /** me, all, or a member's user id */
  assignee?: string;
  status?: TaskStatus;
  due?: 'overdue' | 'today' | 'week';
}

export interface NewTask {
  accountId: string;
  title: string;
  reason: string;
  dueOn?: string | null;
  assigneeId?: string | null;
}

export type TaskPatch = Partial<Pick<Task, 'status' | 'assigneeId' | 'dueOn' | 'title' | 'reason'>>;

export const tasksApi = {
  list: (query: TaskQuery) => request<TaskList>('GET', '/tasks', { query: { ...query } }),
  csvUrl: (query: TaskQuery) => buildUrl('/tasks', { ...query, format: 'csv' }),
  ofAccount: (accountId: string) => request<{ today: string; items: Task[] }>('GET', `/accounts/${accountId}/tasks`),
  create: (input: NewTask) => request<Task>('POST', '/tasks', { json: input }),
  update: (id: string, patch: TaskPatch) => request<Task>('PATCH', `/tasks/${id}`, { json: patch }),
};

/** Every key starts with 'tasks' (and "follow today" counts tasks), so one invalidation refreshes both. */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (query: TaskQuery) => ['tasks', 'list', query] as const,
  account: (accountId: string) => ['tasks', 'account', accountId] as const,
};
