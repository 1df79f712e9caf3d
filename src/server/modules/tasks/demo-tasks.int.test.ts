import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { signIn } from '../session/session-commands.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { generateTasks } from '../../../domain/demo/generate-tasks.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';

const SEED = 5501;
const ACCOUNTS = 80;

describeEachDatabase('demo tasks and follow today', (h) => {
  it('loads every generated task with its timeline entries, and ranks a demo CSM\'s accounts', async () => {
    const { db } = h().database;
    const today = new Date().toISOString().slice(0, 10);
    const loaded = await loadDemoWorkspace(db, { seed: SEED, today, accountCount: ACCOUNTS, healthHistoryDays: 0, replace: true });
    const demo = generateDemoWorkspace({ seed: SEED, today, accountCount: ACCOUNTS });
    const generated = generateTasks({ seed: SEED, today, accounts: demo.accounts, truth: demo.truth });
    const ws = loaded.workspaceId;
    const [counts] = await queryRows<Record<string, number>>(db, sql`select
      (select count(*)::int from tasks where workspace_id = ${ws}) as tasks,
      (select count(*)::int from tasks where workspace_id = ${ws} and status = 'open' and due_on < ${today}::date) as overdue,
      (select count(*)::int from tasks where workspace_id = ${ws} and status = 'done') as done,
      (select count(*)::int from activities where workspace_id = ${ws} and event = 'task.created') as created_entries,
      (select count(*)::int from activities where workspace_id = ${ws} and event = 'task.done') as done_entries`);
    expect(counts!.tasks).toBe(generated.length);
    expect(counts!.overdue).toBe(generated.filter((t) => t.status === 'open' && t.dueOn !== null && t.dueOn < today).length);
    expect(counts!.overdue).toBeGreaterThan(0);
    expect(counts!.done).toBe(generated.filter((t) => t.status === 'done').length);
    expect(counts!.created_entries).toBe(generated.length);
    expect(counts!.done_entries).toBe(counts!.done);

    const csm = loaded.team.find((m) => m.role === 'csm')!;
    const { token } = await signIn(db, csm.email, loaded.password, new Date(), ws);
    const res = await h().app.request('/api/v1/today', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const body = await res.json() as { items: Array<{ rank: number; priority: number; reasons: Array<{ kind: string }> }>; tasks: { overdue: number } };
    expect(res.status).toBe(200);
    expect(body.items.length).toBeGreaterThan(3);
    expect(body.items.map((i) => i.rank)).toEqual(body.items.map((_, i) => i + 1));
    const priorities = body.items.map((i) => i.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(body.items.every((i) => i.reasons[0]?.kind === 'health' && i.reasons[1]?.kind === 'arr')).toBe(true);
    const csmId = demo.members.find((m) => m.email === csm.email)!.id;
    expect(body.tasks.overdue).toBe(generated.filter((t) => t.assigneeId === csmId && t.status === 'open' && t.dueOn !== null && t.dueOn < today).length);
  }, 180_000);
});
