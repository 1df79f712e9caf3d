/**
 * Accounts list at 100,000 accounts: the API's first page, a deep page reached by cursor,
 * search, filters and each sort, against the floor — one hand-written indexed query for
 * the first 50 ids — on the same data in the same run.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/connect.js';
import { makeHarness } from '../src/server/testing/harness.js';
import { searchTextOf, sortKeyOf } from '../src/domain/text/normalize.js';
import { measure, printTable } from './measure.js';

const PREFIXES = ['株式会社', '有限会社', '', ''];
const STEMS = ['さくら', '青葉', '富士', '大和', '北斗', 'Acme', 'Blue Sky', 'Nippon', '光', '朝日', '東和', '三つ葉'];
const STEM_READINGS = ['サクラ', 'アオバ', 'フジ', 'ヤマト', 'ホクト', 'アクメ', 'ブルースカイ', 'ニッポン', 'ヒカリ', 'アサヒ', 'トウワ', 'ミツバ'];
const SUFFIXES = ['商事', 'テック', '製作所', 'ホールディングス', 'システムズ', '物流'];
const PLANS = ['Starter', 'Standard', 'Pro', 'Enterprise'];

export async function seedAccounts(database: Database, workspaceId: string, count: number): Promise<void> {
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    const ids: string[] = [], names: string[] = [], readings: string[] = [], plans: string[] = [], mrrs: number[] = [];
    const renewals: (string | null)[] = [], search: string[] = [], sortKeys: string[] = [], externals: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const stem = k % STEMS.length;
      const name = `${PREFIXES[k % PREFIXES.length]}${STEMS[stem]}${SUFFIXES[k % SUFFIXES.length]}${k}`;
      const reading = `${STEM_READINGS[stem]}${k}`;
      ids.push(randomUUID());
      names.push(name);
      readings.push(reading);
      plans.push(PLANS[k % PLANS.length] ?? 'Pro');
      mrrs.push(10_000 + ((k * 7919) % 2_000_000));
      renewals.push(k % 5 === 0 ? null : `2027-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`);
      externals.push(`CRM-${k}`);
      search.push(searchTextOf([name, reading, `CRM-${k}`]));
      sortKeys.push(sortKeyOf(name, reading));
    }
    await database.db.execute(sql`
      insert into accounts (workspace_id, id, name, name_reading, external_id, plan, mrr, renewal_date, status, search_text, sort_key)
      select ${workspaceId}::uuid, u.id, u.name, u.reading, u.ext, u.plan, u.mrr, u.renewal, 'active', u.search, u.sort_key
      from unnest(${`{${ids.join(',')}}`}::uuid[], ${pgArray(names)}::text[], ${pgArray(readings)}::text[], ${pgArray(externals)}::text[],
                  ${pgArray(plans)}::text[], ${`{${mrrs.join(',')}}`}::bigint[], ${pgArray(renewals)}::date[],
                  ${pgArray(search)}::text[], ${pgArray(sortKeys)}::text[])
        as u(id, name, reading, ext, plan, mrr, renewal, search, sort_key)`);
  }
  await database.db.execute(sql`analyze accounts`);
}

function pgArray(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

export async function benchAccountsList(database: Database, count = 100_000): Promise<void> {
  const harness = makeHarness(database);
  const ws = await harness.newWorkspace('bench');
  const t0 = performance.now();
  await seedAccounts(database, ws.id, count);
  console.log(`seeded ${count} accounts on ${database.dialect} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const floor = await measure('floor: one indexed SQL query, first 50 ids by name', () => database.db.execute(sql`
    select id from accounts where workspace_id = ${ws.id} order by sort_key collate "C", id limit 50`));

  let cursor: string | null = null;
  for (let page = 0; page < 200; page++) {
    const res: { body: { nextCursor: string | null } } = await ws.admin.get(`/api/v1/accounts?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = res.body.nextCursor;
  }
  const deepCursor = cursor ?? '';
  const api = (path: string) => async () => {
    const res = await ws.admin.get(path);
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  };
  const rows = [
    await measure('API: first page by name (50)', api('/api/v1/accounts?limit=50')),
    await measure('API: page 201 by name via cursor', api(`/api/v1/accounts?limit=50&cursor=${deepCursor}`)),
    await measure('API: sort by MRR, descending', api('/api/v1/accounts?limit=50&sort=-mrr')),
    await measure('API: sort by renewal date', api('/api/v1/accounts?limit=50&sort=renewal')),
    await measure('API: filter plan=Pro, sort by MRR', api('/api/v1/accounts?limit=50&plan=Pro&sort=-mrr')),
    await measure('API: search "さくら" (kana)', api(`/api/v1/accounts?limit=50&q=${encodeURIComponent('さくら')}`)),
    await measure('API: search "CRM-99999" (rare)', api('/api/v1/accounts?limit=50&q=CRM-99999')),
  ];
  printTable(`accounts list, ${count.toLocaleString('en')} accounts, ${database.dialect}`, floor, rows);
}
