/**
 * Creating a task — the one way a task comes to exist, used by the tasks API, playbooks
 * (create_task action), handoffs and checklists. In the caller's transaction it writes the
 * task, a `task.created` entry on the account's timeline, an audit row, and notifies the
 * assignee (unless the assignee created it themself).
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { accounts, tasks } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import { recordAudit, type Actor } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { notify } from '../notifications/notify.js';
import type { TaskSource } from '../../../domain/tasks/task.js';

export interface NewTask {
  accountId: string;
  assigneeId: string | null;
  title: string;
  reason: string;
  dueOn: string | null;
  source: TaskSource;
  playbookRunId?: string;
  createdBy?: string | null;
  at: Date;
}

/** Who is recorded in the audit log: the creating person, or Kizuna itself (a playbook, a rule). */
function actorFor(workspaceId: string, createdBy: string | null | undefined): Actor {
  return { workspaceId, actor: createdBy ? { type: 'user', id: createdBy } : { type: 'system', id: null } };
}

/**
 * Writes the task with its timeline entry, audit row and notification; returns its id.
 * `actor` is for the API, where the caller may be an API key rather than a person.
 */
export async function createTask(tx: Tx, workspaceId: string, t: NewTask, actor?: Actor): Promise<string> {
  const [account] = await tx.select({ name: accounts.name }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, t.accountId))).limit(1);
  if (!account) throw notFound('account.not_found', t.accountId);
  const id = randomUUID();
  const createdBy = t.createdBy ?? null;
  await tx.insert(tasks).values({
    workspaceId, id, accountId: t.accountId, assigneeId: t.assigneeId, title: t.title, reason: t.reason, dueOn: t.dueOn,
    status: 'open', source: t.source, playbookRunId: t.playbookRunId ?? null, createdBy, createdAt: t.at, updatedAt: t.at,
  });
  await recordSystemEvents(tx, workspaceId, createdBy, [{
    accountId: t.accountId, event: 'task.created',
    data: { taskId: id, title: t.title, reason: t.reason, dueOn: t.dueOn, assigneeId: t.assigneeId, source: t.source },
  }], t.at);
  await recordAudit(tx, actor ?? actorFor(workspaceId, createdBy), {
    action: 'create', entity: 'task', entityId: id,
    changes: { accountId: t.accountId, title: t.title, assigneeId: t.assigneeId, dueOn: t.dueOn, source: t.source },
  }, t.at);
  if (t.assigneeId && t.assigneeId !== createdBy) {
    await notify(tx, workspaceId, {
      userIds: [t.assigneeId], kind: 'task.assigned', accountId: t.accountId,
      data: { taskId: id, title: t.title, accountName: account.name, dueOn: t.dueOn, source: t.source },
      link: `/tasks?task=${id}`,
    });
  }
  return id;
}
