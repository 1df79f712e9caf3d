import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { signIn } from '../session/session-commands.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { demoPlaybooks, generatePlaybookRuns } from '../../../domain/demo/generate-playbooks.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';
import { createAutomationWorker } from '../automation/automation-worker.js';

const SEED = 5301;
const ACCOUNTS = 60;

describeEachDatabase('demo playbooks', (h) => {
  it('loads the playbooks with their past runs, lists them, and a full automation pass runs over the demo cleanly', async () => {
    const { db } = h().database;
    const today = new Date().toISOString().slice(0, 10);
    const loaded = await loadDemoWorkspace(db, { seed: SEED, today, accountCount: ACCOUNTS, healthHistoryDays: 0, replace: true });
    const demo = generateDemoWorkspace({ seed: SEED, today, accountCount: ACCOUNTS });
    const runs = generatePlaybookRuns(demo, demoPlaybooks(today));
    const ws = loaded.workspaceId;
    const [counts] = await queryRows<{ playbooks: number; runs: number }>(db, sql`select
      (select count(*)::int from playbooks where workspace_id = ${ws}) as playbooks,
      (select count(*)::int from playbook_runs where workspace_id = ${ws}) as runs`);
    // The generated history, plus the open episodes of what holds today (settle-demo-automation.ts).
    expect(counts!.playbooks).toBe(6);
    expect(counts!.runs).toBeGreaterThan(runs.length);
    expect(runs.length).toBeGreaterThan(10);

    const { token } = await signIn(db, loaded.adminEmail, loaded.password, new Date(), ws);
    const res = await h().app.request('/api/v1/playbooks', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const body = await res.json() as { items: Array<{ name: string; runs30d: number; enabled: boolean }> };
    expect(body.items.map((p) => p.name)).toContain('ヘルス急落フォロー');
    expect(body.items.reduce((n, p) => n + p.runs30d, 0)).toBeGreaterThan(runs.filter((r) => Date.parse(r.firedAt) >= Date.now() - 30 * 86_400_000).length);

    const errors: unknown[] = [];
    const worker = createAutomationWorker(db, { workspaceId: ws, onError: (e) => errors.push(e) });
    const before = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from playbook_runs where workspace_id = ${ws}`))[0]!.n;
    expect(await worker.scheduledPass()).toBe(1);
    expect(errors).toEqual([]);
    // The first live pass starts from the present: it does not fire the backlog the demo already handled.
    const after = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from playbook_runs where workspace_id = ${ws}`))[0]!.n;
    expect(after - before).toBeLessThan(5);
  }, 180_000);
});
