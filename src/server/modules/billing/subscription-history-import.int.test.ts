/**
 * The subscription-history CSV import end to end. The main file replays WE-03 (ChartMogul's
 * subscription lifecycle walkthrough, reference/metrics.md) in yen: 4 × Gold yearly, 2 × Silver
 * monthly added, Silver cancelled, Gold cancelled at the end of its year, then 3 × Gold monthly.
 */
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestWorkspace } from '../../testing/harness.js';

const PATH = '/api/v1/billing/subscription-history/import';

const WE03 = [
  '契約ID,取引先ID,変更日,プラン,単価,数量,請求間隔,ステータス,契約終了日',
  'GOLD-Y,CRM-001,2025/1/1,Gold,"¥500,000",4,年額,有効,2025/12/31',
  'SILVER-M,CRM-001,2025/3/1,Silver,30000,2,月額,有効,',
  'SILVER-M,CRM-001,2025/5/15,Silver,30000,2,月額,解約,',
  'GOLD-Y,CRM-001,2025/12/20,Gold,"¥500,000",4,年額,解約,2025/12/31',
  'GOLD-M,CRM-001,2026/3/1,Gold,50000,3,月額,有効,',
].join('\r\n');

async function upload(ws: TestWorkspace, csv: string, options: { dryRun?: boolean; shiftJis?: boolean } = {}) {
  const bytes = options.shiftJis ? new Uint8Array(iconv.encode(csv, 'cp932')) : new TextEncoder().encode(csv);
  return ws.admin.request('POST', `${PATH}${options.dryRun ? '?dryRun=true' : ''}`, bytes, { 'content-type': 'text/csv' });
}

async function account(ws: TestWorkspace, externalId: string) {
  return (await ws.admin.post('/api/v1/accounts', { name: `取引先 ${externalId}`, externalId })).body.id as string;
}

async function histories(ws: TestWorkspace, accountId: string) {
  const lines = (await ws.admin.get(`/api/v1/accounts/${accountId}/subscriptions`)).body.items as any[];
  const out: Record<string, Array<[string, string, string, number]>> = {};
  for (const line of lines) {
    const events = (await ws.admin.get(`/api/v1/subscriptions/${line.id}/events`)).body.items as any[];
    out[line.externalId] = events.map((e) => [e.effectiveOn, e.kind, e.status, e.mrr]);
  }
  return out;
}

describeEachDatabase('subscription history import', (h) => {
  it('builds each line\'s dated history from a Shift_JIS file and leaves the account at its last MRR (WE-03)', async () => {
    const ws = await h().newWorkspace();
    const accountId = await account(ws, 'CRM-001');
    const res = await upload(ws, WE03, { shiftJis: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: false, rows: 5, lines: { created: 3, changed: 0, unchanged: 0 }, events: { inserted: 5, unchanged: 0, superseded: 0 },
      failedRows: 0, skippedRows: 0, issues: [],
    });
    expect(await histories(ws, accountId)).toEqual({
      // ¥500,000 × 4 a year = ¥166,667 a month; ¥30,000 × 2 = ¥60,000; ¥50,000 × 3 = ¥150,000
      'GOLD-Y': [['2025-01-01', 'created', 'active', 166667], ['2025-12-20', 'cancelled', 'cancelled', 0]],
      'SILVER-M': [['2025-03-01', 'created', 'active', 60000], ['2025-05-15', 'cancelled', 'cancelled', 0]],
      'GOLD-M': [['2026-03-01', 'created', 'active', 150000]],
    });
    expect((await ws.admin.get(`/api/v1/accounts/${accountId}`)).body).toMatchObject({ mrr: 150000, status: 'active' });
    const lines = (await ws.admin.get(`/api/v1/accounts/${accountId}/subscriptions`)).body.items as any[];
    expect(lines.find((l) => l.externalId === 'SILVER-M')).toMatchObject({ status: 'cancelled', cancelledOn: '2025-05-15', startedOn: '2025-03-01' });
  });

  it('changes nothing when the same history is imported again', async () => {
    const ws = await h().newWorkspace();
    const accountId = await account(ws, 'CRM-001');
    await upload(ws, WE03);
    const before = await histories(ws, accountId);
    const again = await upload(ws, WE03);
    expect(again.body).toMatchObject({ lines: { created: 0, changed: 0, unchanged: 3 }, events: { inserted: 0, unchanged: 5 } });
    expect(await histories(ws, accountId)).toEqual(before);
    const imports = (await ws.admin.get('/api/v1/audit')).body.items.filter((e: any) => e.entity === 'subscription_history');
    expect(imports).toHaveLength(1);
  });

  it('adds earlier history before a line entered by hand, which stops being its first state', async () => {
    const ws = await h().newWorkspace();
    const accountId = await account(ws, 'CRM-002');
    const created = await ws.admin.post('/api/v1/subscriptions', {
      accountId, externalId: 'SUB-9', plan: 'Pro', unitPrice: 10000, quantity: 10, startedOn: '2026-01-01',
    });
    expect(created.status).toBe(201);
    const csv = 'Subscription ID,Account ID,Effective date,Plan,Unit price,Quantity\nSUB-9,CRM-002,2025-06-01,Starter,10000,5\nSUB-9,CRM-002,2025-10-01,Pro,10000,8\n';
    expect((await upload(ws, csv)).body).toMatchObject({ lines: { changed: 1 }, events: { inserted: 2 } });
    expect((await histories(ws, accountId))['SUB-9']).toEqual([
      ['2025-06-01', 'created', 'active', 50000], ['2025-10-01', 'changed', 'active', 80000], ['2026-01-01', 'changed', 'active', 100000],
    ]);
    const line = (await ws.admin.get(`/api/v1/subscriptions/${created.body.id}`)).body;
    expect(line).toMatchObject({ startedOn: '2025-06-01', quantity: 10, mrr: 100000 });
  });

  it('names every bad row, leaves out the whole line of a bad row, and writes nothing on a dry run', async () => {
    const ws = await h().newWorkspace();
    const accountId = await account(ws, 'CRM-003');
    const csv = [
      '契約ID,取引先ID,変更日,プラン,単価',
      'OK-1,CRM-003,2026/1/1,Pro,12000',
      'BAD-1,CRM-003,2026/1/1,Pro,12000',
      'BAD-1,CRM-003,2026/13/1,Pro,12000',
      'NOACC-1,CRM-404,2026/1/1,Pro,12000',
    ].join('\n');
    const dry = await upload(ws, csv, { dryRun: true });
    expect(dry.body).toMatchObject({ dryRun: true, rows: 4, lines: { created: 1 }, events: { inserted: 1 }, failedRows: 2, skippedRows: 1 });
    expect(dry.body.issues.map((i: any) => [i.row, i.column, i.code])).toEqual([[4, '変更日', 'invalid_date'], [5, '取引先ID', 'unknown_account']]);
    expect(await histories(ws, accountId)).toEqual({});

    const real = await upload(ws, csv);
    expect(Object.keys(await histories(ws, accountId))).toEqual(['OK-1']);
    expect(real.body.failedRows).toBe(2);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const ws = await h().newWorkspace();
    const res = await upload(ws, '契約ID,プラン\nS-1,Pro\n');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('import.bad_mapping');
    expect(res.body.fields.map((f: any) => f.path)).toEqual(['accountExternalId', 'effectiveOn', 'unitPrice']);
  });

  it('needs the import permission', async () => {
    const ws = await h().newWorkspace();
    const viewer = await ws.as('viewer');
    const res = await viewer.request('POST', PATH, new TextEncoder().encode(WE03), { 'content-type': 'text/csv' });
    expect(res.status).toBe(403);
  });
});
