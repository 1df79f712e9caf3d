import { expect, it } from 'vitest';
import { describeEachDatabase, makeHarness, TEST_PASSWORD } from '../../testing/harness.js';
import { testDatabases } from '../../testing/databases.js';

describeEachDatabase('sign-in and sessions', (h) => {
  it('signs in with email and password and reports the role and permissions', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const me = await csm.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('csm');
    expect(me.body.permissions.sort()).toEqual(['data.read', 'data.write', 'handoff.review', 'import.run']);
    expect(me.body.workspace.id).toBe(ws.id);
  });

  it('answers a wrong password with 401 and the same message as an unknown email', async () => {
    const ws = await h().newWorkspace();
    const { body: members } = await ws.admin.get('/api/v1/members');
    const email = members.items[0].email;
    const anon = h().app;
    const wrong = await anon.request('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'not-the-password' }) });
    const unknown = await anon.request('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@example.test', password: TEST_PASSWORD }) });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).detail).toBe((await unknown.json()).detail);
  });

  it('sets an httpOnly session cookie on sign-in and forgets it on sign-out', async () => {
    const ws = await h().newWorkspace();
    const { body: members } = await ws.admin.get('/api/v1/members');
    const app = h().app;
    const signIn = await app.request('/api/v1/session', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: members.items[0].email, password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(204);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    const token = /kizuna_session=([^;]+)/.exec(cookie)?.[1];
    const headers = { cookie: `kizuna_session=${token}` };
    expect((await app.request('/api/v1/me', { headers })).status).toBe(200);
    expect((await app.request('/api/v1/session', { method: 'DELETE', headers })).status).toBe(204);
    expect((await app.request('/api/v1/me', { headers })).status).toBe(401);
  });

  it('refuses anonymous calls to the API with 401 problem+json', async () => {
    const res = await h().app.request('/api/v1/accounts');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).code).toBe('auth.required');
  });

  it('answers /api/health with the database in use', async () => {
    const res = await h().app.request('/api/health');
    expect(await res.json()).toEqual({ status: 'ok', database: h().database.dialect });
  });
});

describeEachDatabase('API keys', (h) => {
  it('shows a key once, stores only its hash, and stops it working once revoked', async () => {
    const ws = await h().newWorkspace();
    const created = await ws.admin.post('/api/v1/api-keys', { name: 'CRM sync', scope: 'full' });
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    const list = await ws.admin.get('/api/v1/api-keys');
    expect(JSON.stringify(list.body)).not.toContain(key);
    const call = (k: string) => h().app.request('/api/v1/accounts', { headers: { authorization: `Bearer ${k}` } });
    expect((await call(key)).status).toBe(200);
    expect((await ws.admin.del(`/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await call(key)).status).toBe(401);
  });

  it('lets an ingest-only key neither read nor write records', async () => {
    const ws = await h().newWorkspace();
    const ingest = await ws.withKey('ingest');
    expect((await ingest.get('/api/v1/accounts')).status).toBe(403);
    expect((await ingest.post('/api/v1/accounts', { name: 'x' })).status).toBe(403);
  });

  it('keeps a full key away from administering members and keys', async () => {
    const ws = await h().newWorkspace();
    const full = await ws.withKey('full');
    expect((await full.post('/api/v1/accounts', { name: 'ok' })).status).toBe(201);
    expect((await full.get('/api/v1/api-keys')).status).toBe(403);
    expect((await full.post('/api/v1/members', { email: 'x@example.test', name: 'x', role: 'admin', password: 'long-enough-pw' })).status).toBe(403);
  });
});

describeEachDatabase('members', (h) => {
  it('lets admins add members with a role, and keeps the last admin', async () => {
    const ws = await h().newWorkspace();
    const { body: before } = await ws.admin.get('/api/v1/members');
    const adminId = before.items[0].userId;
    const demote = await ws.admin.patch(`/api/v1/members/${adminId}`, { role: 'viewer' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('member.last_admin');
    const manager = await ws.as('manager');
    expect((await manager.post('/api/v1/members', { email: 'y@example.test', name: 'y', role: 'csm', password: 'long-enough-pw' })).status).toBe(403);
  });

  it('requires a password for a person new to Kizuna, naming the field', async () => {
    const ws = await h().newWorkspace();
    const res = await ws.admin.post('/api/v1/members', { email: 'new-person@example.test', name: 'New', role: 'csm' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'password', message: 'is required for a person new to Kizuna' }]);
  });
});

for (const target of testDatabases()) {
  it(`allows the public first-run setup only once [${target.name}]`, async () => {
    const database = await target.open();
    try {
      const harness = makeHarness(database);
      const status = (await (await harness.app.request('/api/v1/setup')).json()) as { needsSetup: boolean };
      const setup = () => harness.app.request('/api/v1/setup', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workspaceName: '初回', name: '初 太郎', email: `first-${Date.now()}@example.test`, password: 'long-enough-pw' }),
      });
      if (status.needsSetup) {
        expect((await setup()).status).toBe(201);
      }
      const again = await setup();
      expect(again.status).toBe(409);
      expect((await again.json()).code).toBe('setup.already_done');
    } finally {
      await database.close();
    }
  });
}
