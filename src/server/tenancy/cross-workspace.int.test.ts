/**
 * No route reads or writes another workspace's data. Workspace B gets one record of every
 * kind; then a member of workspace A (an admin, so permissions never mask a leak) and a
 * full-scope API key of A walk every operation in the OpenAPI document with B's ids in
 * every path parameter, and every list A can read is searched for B's ids and names.
 * Finally B's records are read back unchanged.
 */
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase, type Client, type TestWorkspace } from '../testing/harness.js';
import type { AppDeps } from '../http/env.js';

const MARKER = 'ZZ-B-ONLY';

/** Request bodies that pass validation, so the handler (and its workspace check) really runs. */
const BODIES: Record<string, unknown> = {
  'post /api/v1/accounts/{id}/activities': { kind: 'note', body: 'probe' },
  'patch /api/v1/members/{userId}': { role: 'viewer' },
  'patch /api/v1/imports/{id}': { mapping: {} },
  'patch /api/v1/accounts/{id}': { plan: 'probe' },
  'patch /api/v1/contacts/{id}': { title: 'probe' },
  'patch /api/v1/subscriptions/{id}': { quantity: 99 },
  'patch /api/v1/activities/{id}': { body: 'probe' },
  'post /api/v1/accounts/{id}/sentiments': { value: 3, reason: 'probe' },
  'patch /api/v1/health/scorecards/{id}': { name: 'probe' },
  'post /api/v1/accounts/{id}/goals': { title: 'probe', metric: 'probe', baseline: 0, target: 1 },
  'patch /api/v1/goals/{id}': { title: 'probe' },
  'post /api/v1/goals/{id}/measurements': { value: 1 },
  'post /api/v1/goals/{id}/reviews': { reason: 'probe' },
  'post /api/v1/accounts/{id}/success-plan/shares': { locale: 'ja' },
  'patch /api/v1/tasks/{id}': { title: 'probe' },
  'post /api/v1/accounts/{id}/handoff': { content: {} },
  'patch /api/v1/handoffs/{id}': { content: {} },
  'post /api/v1/handoffs/{id}/accept': {},
  'post /api/v1/handoffs/{id}/return': { questions: 'probe' },
  'patch /api/v1/touch-tiers/{id}': { name: 'probe' },
  'patch /api/v1/email-templates/{id}': { name: 'probe' },
  'patch /api/v1/playbooks/{id}': { name: 'probe' },
  'put /api/v1/accounts/{id}/tier-override': { tierKey: 'high', reason: 'probe' },
  'patch /api/v1/phases/{id}': { name: 'probe' },
  'post /api/v1/phases/{id}/checklist-items': { title: 'probe' },
  'patch /api/v1/checklist-items/{id}': { title: 'probe' },
  'post /api/v1/accounts/{id}/phase': { phase: 'adopt', reason: 'probe' },
  'post /api/v1/accounts/{id}/phase/pin': { pinned: true },
  'put /api/v1/accounts/{id}/checklist': { itemId: '00000000-0000-4000-8000-000000000000', done: true },
  'patch /api/v1/surveys/{id}': { name: 'probe' },
  'post /api/v1/surveys/{id}/duplicate': {},
  'put /api/v1/surveys/{id}/responses': { contactId: '00000000-0000-4000-8000-000000000000', answers: {} },
  'post /api/v1/surveys/{id}/recipients': {},
  'post /api/v1/surveys/{id}/recipients/preview': {},
  'patch /api/v1/voc/items/{id}': { title: 'probe' },
  'post /api/v1/voc/items/{id}/status': { status: 'planned' },
  'post /api/v1/voc/items/{id}/mentions': { sourceKind: 'manual', accountId: '00000000-0000-4000-8000-000000000000', quote: 'probe' },
};

interface Seeded {
  ids: Record<string, string>;
  adminUserId: string;
  customFieldKey: string;
}

async function seedEverything(b: TestWorkspace): Promise<Seeded> {
  const ids: Record<string, string> = {};
  const account = await b.admin.post('/api/v1/accounts', { name: `${MARKER} 株式会社`, externalId: `${MARKER}-1` });
  ids.account = account.body.id;
  const contact = await b.admin.post('/api/v1/contacts', { accountId: ids.account, name: `${MARKER} 花子`, email: 'hanako@b.example' });
  if (contact.body?.id) ids.contact = contact.body.id;
  const sub = await b.admin.post('/api/v1/subscriptions', {
    accountId: ids.account, plan: 'Pro', quantity: 1, unitPrice: 50_000, currency: 'JPY', billingInterval: 'month',
    intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '2026-01-01',
  });
  if (sub.body?.id) ids.subscription = sub.body.id;
  const note = await b.admin.post(`/api/v1/accounts/${ids.account}/activities`, { kind: 'note', body: `${MARKER} note` });
  if (note.body?.id) ids.activity = note.body.id;
  const job = await b.admin.request('POST', '/api/v1/imports?kind=accounts&filename=b.csv', `name,external_id\n${MARKER} 2,${MARKER}-2\n`,
    { 'content-type': 'application/octet-stream' });
  if (job.body?.id) ids.import = job.body.id;
  const key = await b.admin.post('/api/v1/api-keys', { name: `${MARKER} key`, scope: 'full' });
  ids.apiKey = key.body.id;
  const customFieldKey = 'zz_b_only';
  await b.admin.post('/api/v1/custom-fields', { entity: 'account', key: customFieldKey, labelJa: MARKER, labelEn: MARKER, type: 'text' });
  const scorecard = await b.admin.post('/api/v1/health/scorecards', {
    name: `${MARKER} scorecard`, rule: { conditions: [{ field: 'plan', values: [MARKER] }] },
    definition: { bands: { red: 40, green: 70 }, root: { kind: 'group', id: 'all', label: MARKER, weight: 1, children: [
      { kind: 'measure', id: 'mood', label: MARKER, weight: 1, source: { type: 'sentiment' }, normalize: { type: 'range', low: 1, high: 5 } },
    ] } },
  });
  ids.scorecard = scorecard.body.id;
  const goal = await b.admin.post(`/api/v1/accounts/${ids.account}/goals`, { title: `${MARKER} goal`, metric: MARKER, baseline: 0, target: 10 });
  ids.goal = goal.body.id;
  const task = await b.admin.post('/api/v1/tasks', { accountId: ids.account, title: `${MARKER} task`, reason: MARKER });
  ids.task = task.body.id;
  const share = await b.admin.post(`/api/v1/accounts/${ids.account}/success-plan/shares`, { locale: 'ja' });
  ids.share = share.body.id;
  const handoff = await b.admin.post(`/api/v1/accounts/${ids.account}/handoff`, { content: { goals: [{ goal: `${MARKER} goal` }] } });
  ids.handoff = handoff.body.id;
  const template = await b.admin.post('/api/v1/email-templates', { name: `${MARKER} template`, locale: 'ja', subject: MARKER, body: `${MARKER} {{account.name}}` });
  ids.emailTemplate = template.body.id;
  const phase = await b.admin.post('/api/v1/phases', { key: 'zz_b_only', name: `${MARKER} phase` });
  ids.phase = phase.body.id;
  const checklistItem = await b.admin.post(`/api/v1/phases/${ids.phase}/checklist-items`, { title: `${MARKER} item` });
  ids.checklistItem = checklistItem.body.id;
  const playbook = await b.admin.post('/api/v1/playbooks', { name: `${MARKER} playbook`, trigger: { type: 'no_touch' },
    actions: [{ type: 'send_email', templateId: ids.emailTemplate, to: 'owner' }] });
  ids.playbook = playbook.body.id;
  const vocItem = await b.admin.post('/api/v1/voc/items', { title: `${MARKER} voc`, areas: [MARKER],
    mention: { sourceKind: 'manual', accountId: ids.account, quote: `${MARKER} quote` } });
  ids.vocItem = vocItem.body.id;
  ids.vocMention = vocItem.body.mentionList[0].id;
  await b.admin.request('PUT', '/api/v1/voc/settings', { webhookUrl: `https://b.example/${MARKER}`, areas: [MARKER] });
  const survey = await b.admin.post('/api/v1/surveys', { name: `${MARKER} survey`, template: 'cx' });
  ids.survey = survey.body.id;
  await b.admin.post(`/api/v1/surveys/${ids.survey}/recipients`, { contacts: { contactIds: [ids.contact] } });
  ids.surveyRecipient = (await b.admin.get(`/api/v1/surveys/${ids.survey}/recipients`)).body.items[0].id;
  const { QUESTIONNAIRE } = await import('../../domain/maturity/questionnaire.js');
  const assessment = await b.admin.post('/api/v1/maturity/assessments', { answers: Object.fromEntries(QUESTIONNAIRE.questions.map((q) => [q.id, 1])), note: MARKER });
  ids.assessment = assessment.body.id;
  await b.admin.post(`/api/v1/accounts/${ids.account}/sentiments`, { value: 2, reason: `${MARKER} sentiment` });
  const ingest = await b.admin.post('/api/v1/api-keys', { name: 'ingest', scope: 'ingest' });
  await b.admin.request('POST', '/v1/batch', { batch: [{ type: 'track', messageId: `${MARKER}-m1`, userId: `${MARKER}-user`, event: 'Signed In', context: { groupId: `${MARKER}-group` } }] },
    { authorization: `Basic ${Buffer.from(`${ingest.body.key}:`).toString('base64')}` });
  const me = await b.admin.get('/api/v1/me');
  return { ids, adminUserId: me.body.user.id, customFieldKey };
}

async function operations() {
  const res = await createApp({} as AppDeps).request('/api/openapi.json');
  const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method, path })));
}

function toHonoPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'missing'));
}

async function walk(actor: Client, seeded: Seeded): Promise<string[]> {
  const leaks: string[] = [];
  const bStrings = [...Object.values(seeded.ids), seeded.adminUserId, MARKER];
  for (const { method, path } of await operations()) {
    const key = `${method} ${path}`;
    if (path.includes('{entity}')) {
      const res = await actor.request(method.toUpperCase(), toHonoPath(path, { entity: 'account', key: seeded.customFieldKey }));
      if (res.status !== 404 && res.status !== 403) leaks.push(`${key} with B's custom field → ${res.status}`);
      continue;
    }
    if (path.includes('{userId}')) {
      const res = await actor.request(method.toUpperCase(), toHonoPath(path, { userId: seeded.adminUserId }), BODIES[key]);
      if (res.status !== 404 && res.status !== 403) leaks.push(`${key} with B's admin → ${res.status}`);
      continue;
    }
    if (path.includes('{id}')) {
      for (const [kind, id] of Object.entries(seeded.ids)) {
        const res = await actor.request(method.toUpperCase(), toHonoPath(path, { id }), BODIES[key]);
        // 403: this actor may not call the route at all (a key on admin routes): no leak either.
        if (res.status !== 404 && res.status !== 403) leaks.push(`${key} with B's ${kind} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      }
      continue;
    }
    if (method === 'get') {
      const res = await actor.get(path);
      const text = JSON.stringify(res.body);
      for (const s of bStrings) if (text.includes(s)) leaks.push(`${key} shows B's ${s}`);
    }
  }
  return leaks;
}

describeEachDatabase('cross-workspace isolation', (h) => {
  it("walks every route as A's admin and A's API key without touching B", async () => {
    const a = await h().newWorkspace('A社');
    const b = await h().newWorkspace('B社');
    const seeded = await seedEverything(b);
    expect(Object.keys(seeded.ids).length).toBeGreaterThanOrEqual(3);
    expect(seeded.ids.scorecard).toEqual(expect.any(String));
    const before = await b.admin.get(`/api/v1/accounts/${seeded.ids.account}`);

    // Records of A pointing at B's ids are refused too.
    const crossContact = await a.admin.post('/api/v1/contacts', { accountId: seeded.ids.account, name: 'x' });
    expect([400, 404]).toContain(crossContact.status);

    const leaks = [...await walk(a.admin, seeded), ...await walk(await a.withKey('full'), seeded)];
    expect(leaks).toEqual([]);

    const after = await b.admin.get(`/api/v1/accounts/${seeded.ids.account}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    const contacts = await b.admin.get(`/api/v1/accounts/${seeded.ids.account}/contacts`);
    expect(contacts.body.items?.length ?? 0).toBe(seeded.ids.contact ? 1 : 0);
    const keys = await b.admin.get('/api/v1/api-keys');
    expect(keys.body.items.find((k: { id: string }) => k.id === seeded.ids.apiKey).revokedAt).toBeNull();
    const fields = await b.admin.get('/api/v1/custom-fields');
    expect(fields.body.items.map((f: { key: string }) => f.key)).toContain(seeded.customFieldKey);
  }, 120_000);
});
