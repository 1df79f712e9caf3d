import { expect, it } from 'vitest';
import { describeEachDatabase, type Client } from '../../testing/harness.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const dayFromToday = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

async function newAccount(client: Client, name: string, monthly?: number) {
  const res = await client.post('/api/v1/accounts', { name });
  expect(res.status).toBe(201);
  if (monthly !== undefined) {
    const line = await client.post('/api/v1/subscriptions', {
      accountId: res.body.id, plan: 'Pro', quantity: 1, unitPrice: monthly, currency: 'JPY', billingInterval: 'month',
      status: 'active', startedOn: dayFromToday(-90),
    });
    expect(line.status).toBe(201);
  }
  return res.body.id as string;
}

async function newContact(client: Client, accountId: string, fields: Record<string, unknown>) {
  const res = await client.post('/api/v1/contacts', { accountId, ...fields });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function logActivity(client: Client, accountId: string, contactId: string, kind: string, occurredAt: string) {
  const res = await client.post(`/api/v1/accounts/${accountId}/activities`, { kind, contactId, occurredAt, body: `${kind} with the person` });
  expect(res.status).toBe(201);
}

describeEachDatabase('stakeholders API', (h) => {
  it('maps people by level with cadence, last meeting/call/email, next due and overdue flags, and the coverage', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin, '株式会社みなと製作所');
    const user = await newContact(ws.admin, accountId, { name: '現場 花子', nameReading: 'ゲンバ', level: 'end_user', role: 'end_user' });
    const champion = await newContact(ws.admin, accountId, {
      name: '推進 次郎', nameReading: 'スイシン', level: 'manager', role: 'champion', cadenceDays: 30, channel: 'online_meeting',
    });
    const sponsor = await newContact(ws.admin, accountId, {
      name: '決裁 一郎', nameReading: 'ケッサイ', level: 'executive', role: 'decision_maker', cadenceDays: 90, channel: 'meeting',
    });
    await logActivity(ws.admin, accountId, sponsor, 'meeting', daysAgo(10));
    await logActivity(ws.admin, accountId, champion, 'call', daysAgo(40));
    // Neither counts as contact: a note is the team's own memo; a meeting in the future has not happened yet.
    await logActivity(ws.admin, accountId, champion, 'note', daysAgo(2));
    await logActivity(ws.admin, accountId, champion, 'meeting', new Date(Date.now() + 3 * DAY).toISOString());

    const res = await ws.admin.get(`/api/v1/accounts/${accountId}/stakeholders`);
    expect(res.status).toBe(200);
    const people = res.body.stakeholders as Array<Record<string, unknown>>;
    expect(people.map((p) => p.id)).toEqual([sponsor, champion, user]);
    // 10 days since the meeting with a 90-day cadence: due in 80 days.
    expect(people[0]).toMatchObject({ isExecutiveSponsor: true, lastContactKind: 'meeting', state: 'on_track', overdue: false, daysUntilDue: 80 });
    // 40 days since the call with a 30-day cadence: 10 days overdue.
    expect(people[1]).toMatchObject({ lastContactKind: 'call', state: 'overdue', overdue: true, daysOverdue: 10, channel: 'online_meeting' });
    expect(people[1]!.lastContactAt).toBe(new Date(people[1]!.lastContactAt as string).toISOString());
    expect(people[2]).toMatchObject({ lastContactAt: null, state: 'no_cadence', overdue: false });
    expect(res.body.coverage).toEqual({
      stakeholders: 3, executiveSponsors: 1, champions: 1, hasExecutiveSponsor: true, hasChampion: true,
      withCadence: 2, withinCadence: 1, overdue: 1, cadenceShare: 0.5, warnings: ['overdue_stakeholders'],
    });
  });

  it('reflects a quick edit made through the contacts API, which records the audit row and timeline entry', async () => {
    const ws = await h().newWorkspace();
    const accountId = await newAccount(ws.admin, '北斗システム株式会社');
    const id = await newContact(ws.admin, accountId, { name: '北村 咲', level: 'manager', role: 'project_member' });
    const before = await ws.admin.get(`/api/v1/accounts/${accountId}/stakeholders`);
    expect(before.body.coverage.warnings).toEqual(['no_executive_sponsor', 'no_champion', 'no_cadence_agreed']);

    const csm = await ws.as('csm');
    const edited = await csm.patch(`/api/v1/contacts/${id}`, { level: 'executive', role: 'champion', cadenceDays: 60, channel: 'phone' });
    expect(edited.status).toBe(200);
    const after = await ws.admin.get(`/api/v1/accounts/${accountId}/stakeholders`);
    expect(after.body.stakeholders[0]).toMatchObject({ level: 'executive', role: 'champion', cadenceDays: 60, channel: 'phone', state: 'never_contacted' });
    expect(after.body.coverage.warnings).toEqual(['overdue_stakeholders']);
    const timeline = await ws.admin.get(`/api/v1/accounts/${accountId}/timeline?kind=system`);
    expect(timeline.body.items.some((a: { event: string; contactId: string }) => a.event === 'contact.updated' && a.contactId === id)).toBe(true);
    const audit = await ws.admin.get('/api/v1/audit');
    expect(audit.body.items.some((e: { entity: string; action: string; entityId: string }) =>
      e.entity === 'contact' && e.action === 'update' && e.entityId === id)).toBe(true);
  });

  it("answers 404 for another workspace's account, lets a viewer read, and needs data.write to edit", async () => {
    const mine = await h().newWorkspace();
    const theirs = await h().newWorkspace();
    const theirAccount = await newAccount(theirs.admin, '他社株式会社');
    const theirContact = await newContact(theirs.admin, theirAccount, { name: '他社 太郎', level: 'executive' });
    const probe = await mine.admin.get(`/api/v1/accounts/${theirAccount}/stakeholders`);
    expect(probe.status).toBe(404);
    expect(probe.body.code).toBe('account.not_found');
    expect((await mine.admin.get('/api/v1/stakeholders/coverage?scope=all')).body.accounts).toEqual([]);

    const viewer = await theirs.as('viewer');
    expect((await viewer.get(`/api/v1/accounts/${theirAccount}/stakeholders`)).status).toBe(200);
    expect((await viewer.get('/api/v1/stakeholders/coverage')).status).toBe(200);
    expect((await viewer.patch(`/api/v1/contacts/${theirContact}`, { role: 'champion' })).status).toBe(403);
  });

  it('reports coverage across customers with ARR beside, per owner, and every account with scope=all', async () => {
    const ws = await h().newWorkspace();
    const csm = await ws.as('csm');
    const covered = await newAccount(ws.admin, 'A社', 100_000);
    const noSponsor = await newAccount(ws.admin, 'B社', 50_000);
    const empty = await newAccount(ws.admin, 'C社', 20_000);
    const prospect = await newAccount(ws.admin, 'D社');
    await ws.admin.patch(`/api/v1/accounts/${covered}`, { ownerId: csm.userId });
    await ws.admin.patch(`/api/v1/accounts/${noSponsor}`, { ownerId: csm.userId });
    const sponsor = await newContact(ws.admin, covered, { name: '甲', level: 'executive', role: 'decision_maker', cadenceDays: 90 });
    await newContact(ws.admin, covered, { name: '乙', level: 'manager', role: 'champion' });
    const lapsed = await newContact(ws.admin, noSponsor, { name: '丙', level: 'manager', role: 'champion', cadenceDays: 14 });
    await newContact(ws.admin, prospect, { name: '丁', level: 'executive' });
    await logActivity(ws.admin, covered, sponsor, 'email', daysAgo(5));
    await logActivity(ws.admin, noSponsor, lapsed, 'meeting', daysAgo(20));

    const res = await ws.admin.get('/api/v1/stakeholders/coverage');
    expect(res.status).toBe(200);
    expect(res.body.currency).toBe('JPY');
    // The prospect D社 is not a customer: left out by default.
    expect(res.body.accounts.map((a: { name: string }) => a.name)).toEqual(['A社', 'B社', 'C社']);
    const a = res.body.accounts[0];
    // ARR = MRR × 12: ¥100,000 a month → ¥1,200,000 (JPY has no minor unit).
    expect(a).toMatchObject({ id: covered, status: 'active', arr: 1_200_000, ownerName: 'csm member', lastContactAt: expect.any(String) });
    expect(a.coverage.warnings).toEqual([]);
    expect(res.body.accounts[1].coverage.warnings).toEqual(['no_executive_sponsor', 'overdue_stakeholders']);
    expect(res.body.accounts[2]).toMatchObject({ id: empty, lastContactAt: null, coverage: { warnings: ['no_stakeholders'] } });
    expect(res.body.totals).toEqual({
      accounts: 3, arr: 2_040_000, withoutStakeholders: 1,
      withoutExecutiveSponsor: 2, arrWithoutExecutiveSponsor: 840_000, // B社 600,000 + C社 240,000
      withoutChampion: 1, arrWithoutChampion: 240_000,
      withOverdue: 1, arrWithOverdue: 600_000,
      withCadence: 2, withinCadence: 1, cadenceShare: 0.5,
    });
    expect(res.body.owners.map((o: { ownerName: string | null; accounts: number; withOverdue: number }) => [o.ownerName, o.accounts, o.withOverdue]))
      .toEqual([['csm member', 2, 1], [null, 1, 0]]);

    const all = await ws.admin.get('/api/v1/stakeholders/coverage?scope=all');
    expect(all.body.accounts.map((x: { name: string }) => x.name)).toEqual(['A社', 'B社', 'C社', 'D社']);
    expect(all.body.accounts[3]).toMatchObject({ status: 'prospect', arr: 0, coverage: { hasExecutiveSponsor: true, hasChampion: false } });
    expect((await ws.admin.get('/api/v1/stakeholders/coverage?scope=some')).status).toBe(400);
  });
});
