/** SQL for tasks. Every function takes the workspace id first; the rules live in the commands and the domain. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { members, tasks } from '../../db/schema/index.js';
import { dueGroup, type DueGroup, type TaskSource, type TaskStatus } from '../../../domain/tasks/task.js';
import type { Task } from './schema.js';

export type TaskRow = typeof tasks.$inferSelect;

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Most done or cancelled tasks returned at once; open tasks are never cut. */
export const CLOSED_TASKS_LIMIT = 200;

/** Tasks with their account's name and the names of the people around them, open ones by due date. */
export async function selectTasks(tx: Tx, workspaceId: string, where: SQL, today: string, limit = 5000): Promise<Task[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select t.id, t.account_id, a.name as account_name, t.assignee_id, au.name as assignee_name, t.title, t.reason,
           t.due_on::text as due_on, t.status, ${iso(sql`t.done_at`)} as done_at, du.name as done_by_name, t.source,
           t.playbook_run_id, cu.name as created_by_name, ${iso(sql`t.created_at`)} as created_at, ${iso(sql`t.updated_at`)} as updated_at
    from tasks t
    join accounts a on a.workspace_id = t.workspace_id and a.id = t.account_id
    left join users au on au.id = t.assignee_id
    left join users du on du.id = t.done_by
    left join users cu on cu.id = t.created_by
    where t.workspace_id = ${workspaceId}::uuid and (${where})
    order by t.status <> 'open', case when t.status = 'open' then coalesce(t.due_on, '9999-12-31'::date) end,
      coalesce(t.done_at, t.updated_at) desc, t.created_at, t.id
    limit ${limit}`);
  return rows.map((r) => {
    const status = r.status as TaskStatus;
    const dueOn = str(r.due_on);
    return {
      id: r.id as string, accountId: r.account_id as string, accountName: r.account_name as string,
      assigneeId: str(r.assignee_id), assigneeName: str(r.assignee_name), title: r.title as string, reason: r.reason as string,
      dueOn, status, group: status === 'open' ? dueGroup(dueOn, today) : null, doneAt: str(r.done_at), doneByName: str(r.done_by_name),
      source: r.source as TaskSource, playbookRunId: str(r.playbook_run_id), createdByName: str(r.created_by_name),
      createdAt: r.created_at as string, updatedAt: r.updated_at as string,
    };
  });
}

/** Open tasks of an assignee filter per due group (the inbox's counters). */
export async function countOpenByGroup(tx: Tx, workspaceId: string, assignee: SQL, today: string): Promise<Record<DueGroup, number>> {
  const rows = await queryRows<{ due_on: string | null; n: number }>(tx, sql`
    select t.due_on::text as due_on, count(*)::int as n from tasks t
    where t.workspace_id = ${workspaceId}::uuid and t.status = 'open' and (${assignee})
    group by t.due_on`);
  const counts: Record<DueGroup, number> = { overdue: 0, today: 0, week: 0, later: 0, none: 0 };
  for (const r of rows) counts[dueGroup(r.due_on, today)] += Number(r.n);
  return counts;
}

export async function findTaskRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<TaskRow | undefined> {
  const [row] = await tx.select().from(tasks).where(and(eq(tasks.workspaceId, workspaceId), eq(tasks.id, id))).for('update').limit(1);
  return row;
}

export async function updateTaskRow(tx: Tx, workspaceId: string, id: string, patch: Partial<TaskRow>): Promise<void> {
  await tx.update(tasks).set(patch).where(and(eq(tasks.workspaceId, workspaceId), eq(tasks.id, id)));
}

export async function isMember(tx: Tx, workspaceId: string, userId: string): Promise<boolean> {
  const [row] = await tx.select({ userId: members.userId }).from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId))).limit(1);
  return row !== undefined;
}
