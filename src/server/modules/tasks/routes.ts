/** /api/v1 tasks — thin: parse, authorise (by the route guard), call, present. */
import { sql, type SQL } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { findAccount } from '../accounts/store.js';
import { addDays } from '../../../domain/tasks/task.js';
import { AccountTaskList, AccountTasksQuery, CreateTaskInput, Task, TaskList, TaskListQuery, UpdateTaskInput } from './schema.js';
import { CLOSED_TASKS_LIMIT, countOpenByGroup, selectTasks } from './task-store.js';
import { addTask, updateTask } from './task-commands.js';
import { csvResponse } from '../metrics/csv.js';
import { tasksCsv } from './task-csv.js';

const tags = ['tasks'];
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** `me` is the caller (an API key has no tasks of its own), `all` everyone, else one member. */
function assigneeFilter(principal: Principal, assignee: string): SQL {
  if (assignee === 'all') return sql`true`;
  if (assignee === 'me') {
    if (!principal.userId) throw new AppError('request.invalid', { fields: [{ path: 'assignee', message: 'an API key has no tasks of its own: pass all or a member id' }] });
    return sql`t.assignee_id = ${principal.userId}::uuid`;
  }
  return sql`t.assignee_id = ${assignee}::uuid`;
}

function dueFilter(due: 'overdue' | 'today' | 'week' | undefined, today: string): SQL {
  if (due === 'overdue') return sql`t.due_on < ${today}::date`;
  if (due === 'today') return sql`t.due_on = ${today}::date`;
  if (due === 'week') return sql`t.due_on between ${today}::date and ${addDays(today, 7)}::date`;
  return sql`true`;
}

export function taskRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/tasks', tags, summary: 'A task inbox: mine, a member\'s or everyone\'s, open (by due date) or done',
    request: { query: TaskListQuery },
    responses: { 200: { description: 'The tasks, with open-task counts per due group (format=csv: the tasks as CSV)', content: { 'application/json': { schema: TaskList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const q = c.req.valid('query');
    const p = principalOf(c);
    const today = dayOf(c.var.deps.now());
    const { db } = c.var.deps.database;
    const who = assigneeFilter(p, q.assignee);
    const where = sql`${who} and t.status = ${q.status} and ${q.status === 'open' ? dueFilter(q.due, today) : sql`true`}
      and ${q.accountId ? sql`t.account_id = ${q.accountId}::uuid` : sql`true`}`;
    const items = await selectTasks(db, p.workspaceId, where, today, q.status === 'open' ? 5000 : CLOSED_TASKS_LIMIT);
    if (q.format === 'csv') return csvResponse(`tasks-${q.status}-${today}.csv`, tasksCsv(items));
    return c.json({ today, items, counts: await countOpenByGroup(db, p.workspaceId, who, today) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/accounts/{id}/tasks', tags, summary: 'An account\'s tasks: open ones by due date, then done and cancelled',
    request: { params: IdParam, query: AccountTasksQuery },
    responses: { 200: jsonResponse(AccountTaskList, 'The tasks') },
  }), async (c) => {
    const p = principalOf(c);
    const { id } = c.req.valid('param');
    const { status } = c.req.valid('query');
    const { db } = c.var.deps.database;
    if (!(await findAccount(db, p.workspaceId, id))) throw notFound('account.not_found', id);
    const today = dayOf(c.var.deps.now());
    const where = sql`t.account_id = ${id}::uuid and ${status === 'all' ? sql`true` : sql`t.status = ${status}`}`;
    return c.json({ today, items: await selectTasks(db, p.workspaceId, where, today, 1000) }, 200);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'post', path: '/tasks', tags, summary: 'Add a task about an account, with the reason it exists',
    request: { body: jsonBody(CreateTaskInput) },
    responses: { 201: jsonResponse(Task, 'The new task') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const now = c.var.deps.now();
    const id = await addTask(db, p, c.req.valid('json'), now);
    const [task] = await selectTasks(db, p.workspaceId, sql`t.id = ${id}::uuid`, dayOf(now), 1);
    return c.json(task!, 201);
  });

  app.openapi(guardedRoute('data.write', {
    method: 'patch', path: '/tasks/{id}', tags, summary: 'Mark done, reopen, cancel, reassign, or change the due date or wording',
    request: { params: IdParam, body: jsonBody(UpdateTaskInput) },
    responses: { 200: jsonResponse(Task, 'The task as changed') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const now = c.var.deps.now();
    const { id } = c.req.valid('param');
    await updateTask(db, p, id, c.req.valid('json'), now);
    const [task] = await selectTasks(db, p.workspaceId, sql`t.id = ${id}::uuid`, dayOf(now), 1);
    return c.json(task!, 200);
  });

  return app;
}
