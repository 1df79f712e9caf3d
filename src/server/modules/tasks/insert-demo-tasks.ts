/**
 * Writes the demo's tasks (domain/demo/generate-tasks.ts) in multi-row inserts, each with its
 * `task.created` timeline entry and, for the done ones, `task.done` — as the API would have.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { activities, tasks } from '../../db/schema/index.js';
import type { DemoTask } from '../../../domain/demo/generate-tasks.js';

const CHUNK = 1000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

export async function insertDemoTasks(tx: Tx, workspaceId: string, demo: DemoTask[]): Promise<void> {
  await inChunks(demo, (chunk) => tx.insert(tasks).values(chunk.map((t) => ({
    workspaceId, id: t.id, accountId: t.accountId, assigneeId: t.assigneeId, title: t.title, reason: t.reason, dueOn: t.dueOn,
    status: t.status, doneAt: t.doneAt === null ? null : new Date(t.doneAt), doneBy: t.doneAt === null ? null : t.assigneeId,
    source: t.source, createdBy: t.source === 'manual' ? t.assigneeId : null, createdAt: new Date(t.createdAt),
    updatedAt: new Date(t.doneAt ?? t.createdAt),
  }))));
  const entries = demo.flatMap((t) => {
    const data = { taskId: t.id, title: t.title };
    const created = {
      workspaceId, id: randomUUID(), accountId: t.accountId, kind: 'system', occurredAt: new Date(t.createdAt),
      authorId: t.source === 'manual' ? t.assigneeId : null, event: 'task.created',
      data: { ...data, reason: t.reason, dueOn: t.dueOn, assigneeId: t.assigneeId, source: t.source },
    };
    return t.doneAt === null ? [created] : [created, {
      workspaceId, id: randomUUID(), accountId: t.accountId, kind: 'system', occurredAt: new Date(t.doneAt),
      authorId: t.assigneeId, event: 'task.done', data,
    }];
  });
  await inChunks(entries, (chunk) => tx.insert(activities).values(chunk));
}
