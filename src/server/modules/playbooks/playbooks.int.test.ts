/** The playbooks API: writing definitions, references checked, permissions, dry runs, the run log. */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';
import { addDays } from '../../../domain/tasks/task.js';
import { createAutomationWorker } from '../automation/automation-worker.js';

const TODAY = new Date().toISOString().slice(0, 10);
const TASK = { type: 'create_task', title: '更新準備の打ち合わせ', dueInDays: 5, assignee: 'owner' } as const;

describeEachDatabase('playbooks API', (h) => {
  async function renewing(ws: TestWorkspace, name: string, days: number) {
    const a = await ws.admin.post('/api/v1/accounts', { name, ownerId: ws.admin.userId });
    await ws.admin.post('/api/v1/subscriptions', { accountId: a.body.id, plan: 'Pro', quantity: 1, unitPrice: 50_000, endsOn: addDays(TODAY, days) });
    return a.body.id as string;
  }

  it('creates, lists, changes, switches off and deletes a playbook, auditing each write', async () => {
    const ws = await h().newWorkspace();
    const created = await ws.admin.post('/api/v1/playbooks', {
      name: '更新90日前', description: '更新の準備を始める', trigger: { type: 'renewal_within', days: 90 }, actions: [TASK], phaseKeys: ['renewal'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '更新90日前', enabled: true, tierKeys: [], phaseKeys: ['renewal'], runs30d: 0, openEpisodes: 0, lastFiredAt: null });
    const id = created.body.id;
    const off = await ws.admin.patch(`/api/v1/playbooks/${id}`, { enabled: false });
    expect(off.body).toMatchObject({ enabled: false, name: '更新90日前' });
    const list = await ws.admin.get('/api/v1/playbooks');
    expect(list.body.items.map((p: any) => [p.name, p.enabled])).toEqual([['更新90日前', false]]);
    expect((await ws.admin.del(`/api/v1/playbooks/${id}`)).status).toBe(204);
    expect((await ws.admin.get(`/api/v1/playbooks/${id}`)).status).toBe(404);
    const audit = await queryRows<{ action: string }>(h().database.db, sql`
      select action from audit_log where workspace_id = ${ws.id}::uuid and entity = 'playbook' order by at, action`);
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('names every field at fault: bad shapes and references of another kind or workspace', async () => {
    const ws = await h().newWorkspace();
    const shape = await ws.admin.post('/api/v1/playbooks', { name: '', trigger: { type: 'health_drop', points: 0, days: 7 }, actions: [] });
    expect(shape.status).toBe(400);
    expect(shape.body.fields.map((f: any) => f.path)).toEqual(expect.arrayContaining(['name', 'trigger.points', 'actions']));
    const refs = await ws.admin.post('/api/v1/playbooks', {
      name: '参照エラー', trigger: { type: 'phase_entered', phase: 'nowhere' }, tierKeys: ['platinum'],
      actions: [
        { type: 'send_email', templateId: '00000000-0000-4000-8000-000000000000', to: 'owner' },
        { type: 'create_task', title: 'x', dueInDays: 1, assignee: '00000000-0000-4000-8000-000000000001' },
        { type: 'set_phase', phase: 'nowhere' },
        { type: 'set_field', field: 'missing', value: 'x' },
      ],
    });
    expect(refs.status).toBe(400);
    expect(refs.body.fields.map((f: any) => f.path)).toEqual([
      'tierKeys.0', 'trigger.phase', 'actions.0.templateId', 'actions.1.assignee', 'actions.2.phase', 'actions.3.field',
    ]);
  });

  it('lets managers and admins configure playbooks; CSMs and viewers read them and dry-run saved ones', async () => {
    const ws = await h().newWorkspace();
    const body = { name: '権限', trigger: { type: 'no_touch' }, actions: [TASK] };
    const manager = await ws.as('manager');
    const csm = await ws.as('csm');
    const viewer = await ws.as('viewer');
    expect((await csm.post('/api/v1/playbooks', body)).status).toBe(403);
    expect((await csm.post('/api/v1/playbooks/dry-run', body)).status).toBe(403);
    const made = await manager.post('/api/v1/playbooks', body);
    expect(made.status).toBe(201);
    expect((await viewer.get('/api/v1/playbooks')).body.items).toHaveLength(1);
    expect((await viewer.patch(`/api/v1/playbooks/${made.body.id}`, { enabled: false })).status).toBe(403);
    expect((await csm.post(`/api/v1/playbooks/${made.body.id}/dry-run`)).status).toBe(200);
  });

  it('dry-runs an unsaved and a saved definition, listing accounts with the reason and changing nothing', async () => {
    const ws = await h().newWorkspace();
    const near = await renewing(ws, '近日更新株式会社', 12);
    await renewing(ws, '先の更新株式会社', 150);
    const definition = { name: '更新30日前', trigger: { type: 'renewal_within', days: 30 }, actions: [TASK] };
    const unsaved = await ws.admin.post('/api/v1/playbooks/dry-run', definition);
    expect(unsaved.status).toBe(200);
    expect(unsaved.body).toEqual({
      items: [{ accountId: near, accountName: '近日更新株式会社', ownerName: '管理 太郎', detail: { renewalDate: addDays(TODAY, 12), daysToRenewal: 12 } }],
      total: 1, alreadyOpen: 0, wouldClose: 0, eventWindowDays: null,
    });
    const saved = await ws.admin.post('/api/v1/playbooks', definition);
    const dry = await ws.admin.post(`/api/v1/playbooks/${saved.body.id}/dry-run`);
    expect(dry.body.total).toBe(1);
    const [runs] = await queryRows<{ n: number }>(h().database.db, sql`select count(*)::int as n from playbook_runs where workspace_id = ${ws.id}::uuid`);
    const [tasks] = await queryRows<{ n: number }>(h().database.db, sql`select count(*)::int as n from tasks where workspace_id = ${ws.id}::uuid`);
    expect([runs!.n, tasks!.n]).toEqual([0, 0]);
    // After it fired, the dry run says the account is already in an open episode.
    await createAutomationWorker(h().database.db, { workspaceId: ws.id }).scheduledPass();
    const after = await ws.admin.post(`/api/v1/playbooks/${saved.body.id}/dry-run`);
    expect(after.body).toMatchObject({ total: 0, alreadyOpen: 1 });
  });

  it('keeps a run log per playbook and per account, in CSV too', async () => {
    const ws = await h().newWorkspace();
    const near = await renewing(ws, '記録株式会社', 5);
    const saved = await ws.admin.post('/api/v1/playbooks', { name: '更新直前', trigger: { type: 'renewal_within', days: 7 }, actions: [TASK] });
    await createAutomationWorker(h().database.db, { workspaceId: ws.id }).scheduledPass();
    const log = await ws.admin.get(`/api/v1/playbooks/${saved.body.id}/runs`);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ accountId: near, playbookName: '更新直前', results: [{ type: 'create_task', status: 'done' }] });
    expect((await ws.admin.get('/api/v1/playbooks')).body.items[0]).toMatchObject({ runs30d: 1, openEpisodes: 1 });
    const csv = await ws.admin.get(`/api/v1/playbooks/${saved.body.id}/runs?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('発火日時,終了日時,プレイブック,顧客,理由,アクション結果');
    expect(lines[1]).toContain(`,,更新直前,記録株式会社,更新日（${addDays(TODAY, 5)}）まで5日です,create_task:done`);
    const en = await ws.admin.get(`/api/v1/accounts/${near}/playbook-runs?format=csv&lang=en`);
    expect((en.body as string).split('\r\n')[1]).toContain(`Renewal on ${addDays(TODAY, 5)} is 5 days away`);
  });
});
