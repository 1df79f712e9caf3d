/**
 * The survey analysis routes over responses written straight to the tables, with revenue entered through the
 * subscriptions API (on PGlite and PostgreSQL): the cuts, the CX tree and its hypotheses, churn risk with the
 * default and the calibrated mapping, year over year, and tenancy.
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Harness, type TestWorkspace } from '../../testing/harness.js';
import { meanCI } from '../../../domain/surveys/stats.js';
import { customer, daysAgo, insertResponses, insertSurvey, LEAF } from './analysis-test-support.js';

async function twoRuns(h: Harness, ws: TestWorkspace) {
  const a = await customer(h, ws, { name: 'プロ商事', mrr: 100_000, plan: 'Pro', contacts: 3 });
  const b = await customer(h, ws, { name: 'ライト工業', mrr: 50_000, plan: 'Lite', contacts: 2 });
  const previous = await insertSurvey(h, ws, { name: '顧客満足度調査 2025', openedOn: daysAgo(380), closedOn: daysAgo(340) });
  const current = await insertSurvey(h, ws, { name: '顧客満足度調査 2026', openedOn: daysAgo(10) });
  const on = daysAgo(5);
  await insertResponses(h, ws, current, [
    { accountId: a.accountId, contactId: a.contactIds[0]!, ...LEAF.no_trouble, csat: 5, continuation: 5, nps: 10, submittedOn: on },
    { accountId: a.accountId, contactId: a.contactIds[1]!, ...LEAF.above, csat: 5, continuation: 4, nps: 9, submittedOn: on },
    { accountId: a.accountId, contactId: a.contactIds[2]!, trouble: null, csat: 3, continuation: 3, nps: 7, submittedOn: on },
    { accountId: b.accountId, contactId: b.contactIds[0]!, ...LEAF.below, csat: 2, continuation: 2, nps: 3, submittedOn: on },
    { accountId: b.accountId, contactId: b.contactIds[1]!, ...LEAF.not_consulted, csat: 3, continuation: 1, nps: 5, submittedOn: on },
  ]);
  await insertResponses(h, ws, previous, [
    { accountId: a.accountId, contactId: a.contactIds[0]!, ...LEAF.not_consulted, csat: 3, continuation: 3, nps: 6, submittedOn: daysAgo(370) },
    { accountId: b.accountId, contactId: b.contactIds[0]!, ...LEAF.below, csat: 2, continuation: 2, nps: 2, submittedOn: daysAgo(370) },
  ]);
  return { a, b, previous, current };
}

/** The raw bytes of a reply: the harness decodes text, which drops a BOM. */
async function rawGet(h: Harness, ws: TestWorkspace, path: string) {
  const key = await ws.admin.post('/api/v1/api-keys', { name: 'csv', scope: 'full' });
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${key.body.key}` } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The upper end of the 95% Wilson interval of 0 successes in n: z² / (n + z²). */
const json0High = (n: number) => 1.959963984540054 ** 2 / (n + 1.959963984540054 ** 2);

/** One CSV line → its cells (RFC 4180 quotes; no line breaks inside cells in these files). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') { cell += '"'; i += 1; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { cells.push(cell); cell = ''; }
    else cell += ch;
  }
  return [...cells, cell];
}

const cellsOf = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map(splitLine);

describeEachDatabase('survey analysis', (h) => {
  it('exports the CX tree as CSV: per leaf n, share, satisfaction, continuation and NPS with intervals, headers in ja or en', async () => {
    const ws = await h().newWorkspace();
    const a = await customer(h(), ws, { name: 'プロ商事', mrr: 100_000, contacts: 8 });
    const survey = await insertSurvey(h(), ws, { name: '顧客満足度調査 2026', openedOn: daysAgo(10) });
    const on = daysAgo(5);
    const c = a.contactIds;
    await insertResponses(h(), ws, survey, [
      { accountId: a.accountId, contactId: c[0]!, ...LEAF.no_trouble, csat: 5, continuation: 5, nps: 10, submittedOn: on },
      { accountId: a.accountId, contactId: c[1]!, ...LEAF.no_trouble, csat: 4, continuation: 4, nps: 9, submittedOn: on },
      { accountId: a.accountId, contactId: c[2]!, ...LEAF.no_trouble, csat: 3, continuation: 4, nps: 3, submittedOn: on },
      { accountId: a.accountId, contactId: c[3]!, ...LEAF.above, csat: 5, continuation: 5, nps: 10, submittedOn: on },
      { accountId: a.accountId, contactId: c[4]!, ...LEAF.above, csat: 4, continuation: 5, nps: 8, submittedOn: on },
      { accountId: a.accountId, contactId: c[5]!, ...LEAF.below, csat: 2, continuation: 2, nps: 2, submittedOn: on },
      { accountId: a.accountId, contactId: c[6]!, ...LEAF.not_consulted, csat: 3, continuation: 3, nps: 6, submittedOn: on },
      { accountId: a.accountId, contactId: c[7]!, trouble: null, csat: 3, submittedOn: on },
    ]);

    const ja = await rawGet(h(), ws, `/api/v1/surveys/${survey}/cx-tree?format=csv&lang=ja`);
    expect(ja.status, ja.text).toBe(200);
    expect(ja.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(ja.headers.get('content-disposition')).toMatch(/^attachment; filename="cx-tree-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...ja.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ja.text).toContain('\r\n');
    const rows = cellsOf(ja.text);
    expect(rows[0]).toEqual([
      'グループ', '回答数', '割合', '割合 95%下限', '割合 95%上限', '満足度 平均', '満足度 95%下限', '満足度 95%上限',
      '継続意向 平均', '継続意向 95%下限', '継続意向 95%上限', 'NPS', 'NPS 95%下限', 'NPS 95%上限',
    ]);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['グループ', '回答数'], ['トラブルなし', '3'], ['トラブルあり・相談せず', '1'], ['相談・期待以上の対応', '2'],
      ['相談・期待どおりの対応', '0'], ['相談・期待以下の対応', '1'], ['分類できない回答（割合の計算から除外）', '1'],
    ]);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    const noTrouble = rows[1]!;
    // 3 of the 7 classified; satisfaction 5, 4, 3 → mean 4 with a t interval (2 df) reaching past 5, clipped to the scale.
    expect(Number(noTrouble[2])).toBeCloseTo(3 / 7, 6);
    const satisfaction = meanCI([5, 4, 3])!;
    expect(noTrouble.slice(5, 8).map(Number)).toEqual([4, Math.round(satisfaction.low * 1e4) / 1e4, 5]);
    expect(Number(noTrouble[8])).toBeCloseTo(13 / 3, 4);
    // NPS 10, 9, 3: two promoters and one detractor of three → +33.33.
    expect(Number(noTrouble[11])).toBe(33.33);
    // No one answered "as expected": a share of 0 with its Wilson interval, and blank means (not zeros); one answer
    // ("below") cannot give an interval either.
    expect(rows[4]!.slice(2, 4)).toEqual(['0', '0']);
    expect(Number(rows[4]![4])).toBeCloseTo(json0High(7), 5);
    expect(rows[4]!.slice(5)).toEqual(Array(9).fill(''));
    expect(rows[5]!.slice(5)).toEqual(Array(9).fill(''));

    // The same figures as the JSON the tree panel draws.
    const json = await ws.admin.get(`/api/v1/surveys/${survey}/cx-tree`);
    expect(json.status).toBe(200);
    const above = json.body.leaves.find((l: { leaf: string }) => l.leaf === 'above');
    expect(Number(rows[3]![2])).toBeCloseTo(above.share.value, 6);
    expect(Number(rows[3]![3])).toBeCloseTo(above.share.low, 6);
    expect(Number(rows[3]![11])).toBeCloseTo(above.nps.value, 2);

    const en = await rawGet(h(), ws, `/api/v1/surveys/${survey}/cx-tree?format=csv&lang=en`);
    const enRows = cellsOf(en.text);
    expect(enRows[0]!.slice(0, 3)).toEqual(['Group', 'Responses', 'Share']);
    expect(enRows.slice(1).map((r) => r[0])).toEqual([
      'No trouble', 'Trouble, did not consult', 'Consulted: above expectations', 'Consulted: as expected', 'Consulted: below expectations', 'Not classifiable (left out of the shares)',
    ]);
    // "Trouble, did not consult" is quoted for its comma.
    expect(en.text).toContain('"Trouble, did not consult",1,');
    expect((await ws.admin.get(`/api/v1/surveys/${survey}/cx-tree?format=csv&lang=fr`)).status).toBe(400);
    const other = await h().newWorkspace();
    expect((await other.admin.get(`/api/v1/surveys/${survey}/cx-tree?format=csv`)).status).toBe(404);
  });

  it('draws the CX tree with unclassified responses apart, and is honest that five answers cannot test anything', async () => {
    const ws = await h().newWorkspace();
    const { current } = await twoRuns(h(), ws);
    const res = await ws.admin.get(`/api/v1/surveys/${current}/cx-tree`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ hasTree: true, classified: 4, unclassified: 1, trouble: { yes: 3, no: 1 }, consulted: { yes: 2, no: 1 }, minGroupN: 10, alpha: 0.05 });
    expect(res.body.leaves.map((l: { leaf: string; n: number }) => [l.leaf, l.n])).toEqual([['no_trouble', 1], ['not_consulted', 1], ['above', 1], ['as', 0], ['below', 1]]);
    expect(res.body.leaves[0].share.value).toBe(0.25);
    expect(res.body.hypotheses.map((x: { id: string; verdict: string }) => [x.id, x.verdict])).toEqual([['h1', 'too_small'], ['h2', 'too_small']]);
  });

  it('cuts NPS, CSAT and intent by plan', async () => {
    const ws = await h().newWorkspace();
    const { current } = await twoRuns(h(), ws);
    const res = await ws.admin.get(`/api/v1/surveys/${current}/analysis?segment=plan`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // NPS 10, 9, 7, 3, 5: two promoters, two detractors of five → 0.
    expect(res.body.overall).toMatchObject({ responses: 5, nps: { n: 5, promoters: 2, passives: 1, detractors: 2 } });
    expect(res.body.overall.nps.score.value).toBe(0);
    expect(res.body.overall.continuation.counts).toEqual([1, 1, 1, 1, 1]);
    expect(res.body.overall.csat.mean.value).toBeCloseTo(18 / 5, 12);
    expect(res.body.groups.map((g: { value: string; responses: number }) => [g.value, g.responses])).toEqual([['Pro', 3], ['Lite', 2]]);
    // Pro: 10, 9, 7 → 2 promoters of 3.
    expect(res.body.groups[0].nps.score.value).toBeCloseTo(200 / 3, 10);
    expect((await ws.admin.get(`/api/v1/surveys/${current}/analysis?segment=colour`)).status).toBe(400);
  });

  it('names tier segments by the names the team gave them, not their keys', async () => {
    const ws = await h().newWorkspace();
    const { current } = await twoRuns(h(), ws);
    const db = h().database.db;
    await db.execute(sql`insert into touch_tiers (workspace_id, id, key, name, position, is_default)
      values (${ws.id}::uuid, gen_random_uuid(), 'vip', '最重要顧客', 0, false)`);
    await db.execute(sql`update accounts set touch_tier = 'vip' where workspace_id = ${ws.id}::uuid and plan = 'Pro'`);
    const res = await ws.admin.get(`/api/v1/surveys/${current}/analysis?segment=tier`);
    expect(res.body.groups.map((g: { value: string; responses: number }) => [g.value, g.responses])).toContainEqual(['最重要顧客', 3]);
  });

  it('turns continuation intent into churn risk with the default mapping, weighted by ARR', async () => {
    const ws = await h().newWorkspace();
    const { current } = await twoRuns(h(), ws);
    const res = await ws.admin.get(`/api/v1/surveys/${current}/churn-risk`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.mapping).toMatchObject({ kind: 'default', reason: 'too_little_history', historyResponses: 2 });
    // Default mapping 5→3%, 4→8%, 3→25%, 2→55%, 1→80%. プロ商事: (0.03 + 0.08 + 0.25)/3 = 0.12 of ARR 1,200,000;
    // ライト工業: (0.55 + 0.80)/2 = 0.675 of ARR 600,000. ARR at risk 144,000 + 405,000 = 549,000 of 1,800,000 → 0.305.
    expect(res.body).toMatchObject({ currency: 'JPY', respondents: 5, accountsAssessed: 2, totalArr: 1_800_000, weighting: 'arr' });
    expect(res.body.arrAtRisk).toBeCloseTo(549_000, 6);
    expect(res.body.overallRisk).toBeCloseTo(0.305, 12);
    expect(res.body.accounts.map((a: { accountName: string }) => a.accountName)).toEqual(['ライト工業', 'プロ商事']);
    // The simulator starts where the portfolio is: each respondent weighs its account's ARR ÷ its respondents
    // (プロ商事 400,000 each, ライト工業 300,000 each). Trouble: above 400k + below 300k + not consulted 300k.
    expect(res.body.simulation.current.consultRate).toBeCloseTo(0.7, 12);
    expect(res.body.simulation.current.aboveShare).toBeCloseTo(4 / 7, 12);
    expect(res.body.simulation.baseline.unclassified.weight).toBe(400_000);
  });

  it('compares with the previous run of the series, or the one asked for', async () => {
    const ws = await h().newWorkspace();
    const { current, previous } = await twoRuns(h(), ws);
    const res = await ws.admin.get(`/api/v1/surveys/${current}/compare`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.previous).toMatchObject({ id: previous, name: '顧客満足度調査 2025', status: 'closed' });
    expect(res.body.comparison.current).toEqual({ responses: 5, classified: 4 });
    expect(res.body.comparison.previous).toEqual({ responses: 2, classified: 2 });
    const below = res.body.comparison.leaves.find((l: { leaf: string }) => l.leaf === 'below');
    expect(below).toMatchObject({ current: { n: 1 }, previous: { n: 1 }, share: { verdict: 'too_small' } });
    expect(below.share.difference).toBeCloseTo(0.25 - 0.5, 12);
    // The first run has no earlier one.
    const first = await ws.admin.get(`/api/v1/surveys/${previous}/compare`);
    expect(first.body).toMatchObject({ previous: null, comparison: null });
    const explicit = await ws.admin.get(`/api/v1/surveys/${previous}/compare?with=${current}`);
    expect(explicit.body.previous.id).toBe(current);
  });

  it('answers 404 for another workspace\'s survey and lets a viewer read', async () => {
    const ws = await h().newWorkspace();
    const other = await h().newWorkspace();
    const { current } = await twoRuns(h(), ws);
    for (const path of ['analysis', 'cx-tree', 'churn-risk', 'compare']) {
      const res = await other.admin.get(`/api/v1/surveys/${current}/${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('survey.not_found');
    }
    const ours = await insertSurvey(h(), other, { name: '別の調査', openedOn: daysAgo(3) });
    expect((await other.admin.get(`/api/v1/surveys/${ours}/compare?with=${current}`)).status).toBe(404);
    const viewer = await ws.as('viewer');
    expect((await viewer.get(`/api/v1/surveys/${current}/cx-tree`)).status).toBe(200);
  });

  it('calibrates the mapping on answers a year old whose account\'s fate is known', async () => {
    const ws = await h().newWorkspace();
    const answeredOn = daysAgo(730);
    // 何年も前から契約: one account churned 180 days after answering, one still paying.
    const gone = await customer(h(), ws, { name: '解約商事', mrr: 80_000, startedOn: daysAgo(1200), churnOn: daysAgo(550), contacts: 10 });
    const kept = await customer(h(), ws, { name: '継続物産', mrr: 120_000, startedOn: daysAgo(1200), contacts: 25 });
    const old = await insertSurvey(h(), ws, { name: '顧客満足度調査 2024', openedOn: daysAgo(740), closedOn: daysAgo(700) });
    await insertResponses(h(), ws, old, [
      ...gone.contactIds.map((contactId, i) => ({ accountId: gone.accountId, contactId, continuation: i < 5 ? 1 : 2, submittedOn: answeredOn })),
      ...kept.contactIds.map((contactId, i) => ({ accountId: kept.accountId, contactId, continuation: i < 20 ? 5 : 4, submittedOn: answeredOn })),
    ]);
    const current = await insertSurvey(h(), ws, { name: '顧客満足度調査 2026', openedOn: daysAgo(10) });
    // An answer from this year is not history yet.
    await insertResponses(h(), ws, current, [{ accountId: kept.accountId, contactId: kept.contactIds[0]!, ...LEAF.no_trouble, continuation: 4, submittedOn: daysAgo(5) }]);

    const res = await ws.admin.get(`/api/v1/surveys/${current}/churn-risk`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.mapping).toMatchObject({ kind: 'calibrated', reason: 'calibrated', historyResponses: 35, priorStrength: 20 });
    // (churned + 20·default) / (n + 20): 1: (5 + 16)/25 = 0.84; 2: (5 + 11)/25 = 0.64; 3: no answers → 0.25;
    // 4: (0 + 1.6)/25 = 0.064; 5: (0 + 0.6)/40 = 0.015 — already monotone.
    const risks = res.body.mapping.levels.map((l: { risk: number }) => l.risk);
    [0.84, 0.64, 0.25, 0.064, 0.015].forEach((expected, i) => expect(risks[i]).toBeCloseTo(expected, 12));
    expect(res.body.mapping.levels[0]).toMatchObject({ level: 1, n: 5, churned: 5 });
    // 継続物産's one answer (4) under the calibrated mapping, on ARR 1,440,000.
    expect(res.body.overallRisk).toBeCloseTo(0.064, 12);
    expect(res.body.arrAtRisk).toBeCloseTo(1_440_000 * 0.064, 6);
  });
});
