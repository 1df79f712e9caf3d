/** HTTP shapes of tasks (SPEC §3.6, issue 5): the inbox, one account's tasks, creating and changing a task. */
import { z } from '@hono/zod-openapi';
import { DUE_GROUPS, TASK_SOURCES, TASK_STATUSES } from '../../../domain/tasks/task.js';

const isoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2026-04-30' });

export const Task = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  title: z.string(),
  reason: z.string().openapi({ description: 'why the task exists' }),
  dueOn: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  group: z.enum(DUE_GROUPS).nullable().openapi({ description: 'for open tasks: overdue, today, week (next 7 days), later, none' }),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  source: z.enum(TASK_SOURCES),
  playbookRunId: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Task');
export type Task = z.infer<typeof Task>;

export const TaskListQuery = z.object({
  assignee: z.union([z.literal('me'), z.literal('all'), z.uuid()]).default('me')
    .openapi({ description: 'me (default), all, or a member\'s user id' }),
  status: z.enum(TASK_STATUSES).default('open'),
  due: z.enum(['overdue', 'today', 'week']).optional()
    .openapi({ description: 'open tasks only: overdue (before today), today, week (today through 7 days ahead)' }),
  accountId: z.uuid().optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const TaskList = z.object({
  today: z.string(),
  items: z.array(Task),
  counts: z.object({
    overdue: z.number().int(), today: z.number().int(), week: z.number().int(), later: z.number().int(), none: z.number().int(),
  }).openapi({ description: 'open tasks of the same assignee filter per group, whatever `status` and `due` say' }),
}).openapi('TaskList');

export const AccountTasksQuery = z.object({
  status: z.enum([...TASK_STATUSES, 'all']).default('all'),
});

export const AccountTaskList = z.object({ today: z.string(), items: z.array(Task) }).openapi('AccountTaskList');

const title = z.string().trim().min(1, 'title is required').max(200);
const reason = z.string().trim().min(1, 'say why this task exists').max(2000);

export const CreateTaskInput = z.object({
  accountId: z.uuid(),
  title,
  reason,
  dueOn: isoDate.nullable().optional(),
  assigneeId: z.uuid().nullable().optional()
    .openapi({ description: 'a member; left out = the caller (or the account owner when the caller is an API key); null = unassigned' }),
}).openapi('CreateTaskInput');
export type CreateTaskInput = z.infer<typeof CreateTaskInput>;

export const UpdateTaskInput = z.object({
  status: z.enum(TASK_STATUSES).optional().openapi({ description: 'done, open (reopen) or cancelled' }),
  assigneeId: z.uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  title: title.optional(),
  reason: reason.optional(),
}).openapi('UpdateTaskInput');
export type UpdateTaskInput = z.infer<typeof UpdateTaskInput>;
