/**
 * The revenue dashboard at 10,000 accounts with 36 months of subscription history (about
 * 100,000 subscription_events rows): the full payload (every metric monthly, unsegmented and
 * by plan, plus cohorts, ACV and benchmarks) through the API — cold, and with the history
 * unchanged since the previous request (ledgers kept, ledger-cache.ts) — against the floor:
 * one hand-written SQL query computing just the monthly MRR of each account over the same data.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/connect.js';
import { makeHarness } from '../src/server/testing/harness.js';
import { clearLedgerCache } from '../src/server/modules/metrics/ledger-cache.js';
import { measure, printTable } from './measure.js';

const PLANS = ['Starter', 'Standard', 'Pro', 'Enterprise'];
const PRICES = [9_800, 29_800, 59_800, 198_000];
const INDUSTRIES = ['IT', '製造', '小売', '金融', '医療', '教育'];
const FIRST = Date.UTC(2023, 0, 1);
const DAYS = 3 * 365;

/** A small seeded generator so every run sees the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayText = (offset: number) => new Date(FIRST + offset * 86_400_000).toISOString().slice(0, 10);

interface Seed {
  accounts: { id: string[]; name: string[]; plan: string[]; industry: string[] };
  subs: { id: string[]; account: string[]; plan: string[]; price: number[]; started: string[] };
  events: { id: string[]; sub: string[]; account: string[]; on: string[]; kind: string[]; plan: string[]; qty: number[]; price: number[]; status: string[]; ends: (string | null)[]; mrr: number[] };
}

/** Each account: a line with seat changes every few months, some cancelled at the end of a paid month, some back later. */
function generate(count: number): Seed {
  const next = random(42);
  const seed: Seed = {
    accounts: { id: [], name: [], plan: [], industry: [] },
    subs: { id: [], account: [], plan: [], price: [], started: [] },
    events: { id: [], sub: [], account: [], on: [], kind: [], plan: [], qty: [], price: [], status: [], ends: [], mrr: [] },
  };
  for (let k = 0; k < count; k++) {
    const account = randomUUID();
    const p = k % PLANS.length;
    seed.accounts.id.push(account); seed.accounts.name.push(`顧客${k}`); seed.accounts.plan.push(PLANS[p] as string);
    seed.accounts.industry.push(INDUSTRIES[k % INDUSTRIES.length] as string);
    let day = Math.floor(next() * 700);
    while (day < DAYS) {
      const sub = randomUUID();
      const price = PRICES[p] as number;
      seed.subs.id.push(sub); seed.subs.account.push(account); seed.subs.plan.push(PLANS[p] as string); seed.subs.price.push(price); seed.subs.started.push(dayText(day));
      let qty = 1 + Math.floor(next() * 5);
      const push = (on: number, kind: string, status: string, ends: number | null) => {
        const e = seed.events;
        e.id.push(randomUUID()); e.sub.push(sub); e.account.push(account); e.on.push(dayText(on)); e.kind.push(kind); e.plan.push(PLANS[p] as string);
        e.qty.push(qty); e.price.push(price); e.status.push(status); e.ends.push(ends === null ? null : dayText(ends)); e.mrr.push(status === 'active' ? qty * price : 0);
      };
      push(day, 'created', 'active', null);
      let cancelled = false;
      while (!cancelled) {
        day += 30 + Math.floor(next() * 90);
        if (day >= DAYS) break;
        if (next() < 0.1) {
          push(day, 'cancelled', 'cancelled', day + 20);
          cancelled = true;
        } else {
          qty = Math.max(1, qty + (next() < 0.6 ? 1 : -1));
          push(day, 'changed', 'active', null);
        }
      }
      day += 60 + Math.floor(next() * 400); // some come back
    }
  }
  return seed;
}

/** Seed `count` accounts with their subscription history into a workspace; returns the number of events. */
export async function seedSubscriptionHistory(database: Database, workspaceId: string, count: number): Promise<number> {
  const seed = generate(count);
  await insertSeed(database, workspaceId, seed);
  return seed.events.id.length;
}

async function insertSeed(database: Database, workspaceId: string, seed: Seed): Promise<void> {
  const { accounts: a, subs: s, events: e } = seed;
  await database.db.execute(sql`
    insert into accounts (workspace_id, id, name, plan, industry, status)
    select ${workspaceId}::uuid, u.id, u.name, u.plan, u.industry, 'active'
    from unnest(${uuids(a.id)}::uuid[], ${texts(a.name)}::text[], ${texts(a.plan)}::text[], ${texts(a.industry)}::text[]) as u(id, name, plan, industry)`);
  await database.db.execute(sql`
    insert into subscriptions (workspace_id, id, account_id, plan, unit_price, status, started_on)
    select ${workspaceId}::uuid, u.id, u.account, u.plan, u.price, 'active', u.started
    from unnest(${uuids(s.id)}::uuid[], ${uuids(s.account)}::uuid[], ${texts(s.plan)}::text[], ${numbers(s.price)}::bigint[], ${texts(s.started)}::date[])
      as u(id, account, plan, price, started)`);
  const batch = 20_000;
  for (let i = 0; i < e.id.length; i += batch) {
    const cut = <T>(list: T[]) => list.slice(i, i + batch);
    await database.db.execute(sql`
      insert into subscription_events (workspace_id, id, subscription_id, account_id, effective_on, kind, source, plan, quantity, unit_price,
        currency, billing_interval, interval_count, discount_percent, status, ends_on, mrr)
      select ${workspaceId}::uuid, u.id, u.sub, u.account, u.on_day, u.kind, 'import', u.plan, u.qty, u.price, 'JPY', 'month', 1, 0, u.status, u.ends, u.mrr
      from unnest(${uuids(cut(e.id))}::uuid[], ${uuids(cut(e.sub))}::uuid[], ${uuids(cut(e.account))}::uuid[], ${texts(cut(e.on))}::date[],
        ${texts(cut(e.kind))}::text[], ${texts(cut(e.plan))}::text[], ${numbers(cut(e.qty))}::int[], ${numbers(cut(e.price))}::bigint[],
        ${texts(cut(e.status))}::text[], ${texts(cut(e.ends))}::date[], ${numbers(cut(e.mrr))}::bigint[])
        as u(id, sub, account, on_day, kind, plan, qty, price, status, ends, mrr)`);
  }
  await database.db.execute(sql`analyze accounts`);
  await database.db.execute(sql`analyze subscription_events`);
}

const uuids = (ids: string[]) => `{${ids.join(',')}}`;
const numbers = (values: number[]) => `{${values.join(',')}}`;
const texts = (values: (string | null)[]) => `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;

export async function benchMetrics(database: Database, count = 10_000): Promise<void> {
  ignoreIdleClientErrors(database);
  const harness = makeHarness(database);
  const ws = await harness.newWorkspace('metrics bench');
  const t0 = performance.now();
  const events = await seedSubscriptionHistory(database, ws.id, count);
  console.log(`\nseeded ${count.toLocaleString('en')} accounts, ${events.toLocaleString('en')} subscription events on ${database.dialect} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // The floor gets its best chance: each state's span expanded to the month ends it covers, and
  // PostgreSQL's JIT off (on this data it spends longer compiling than the query runs).
  const floorQuery = sql`
    with spans as (
      select e.account_id, e.mrr, e.effective_on as from_day,
        lead(e.effective_on) over (partition by e.subscription_id order by e.effective_on, e.recorded_at, e.id) as to_day
      from subscription_events e where e.workspace_id = ${ws.id}
    )
    select s.account_id, c::date as close_day, sum(s.mrr) as mrr
    from spans s
    cross join lateral generate_series(greatest(date_trunc('month', s.from_day) + interval '1 month', date '2023-02-01'),
      least(coalesce(s.to_day, date '2026-01-01'), date '2026-01-01'), interval '1 month') as c
    where s.mrr > 0
    group by s.account_id, c`;
  const floor = await measure('floor: one SQL query, monthly MRR per account (36 months)', () => database.db.transaction(async (tx) => {
    if (database.dialect === 'postgres') await tx.execute(sql`set local jit = off`);
    return tx.execute(floorQuery);
  }), 7);
  const api = (path: string) => async () => {
    const res = await ws.admin.get(path);
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
  };
  const range = 'from=2023-01-01&to=2025-12-31&interval=month';
  const dashboard = `/api/v1/metrics/dashboard?${range}&segment=plan`;
  const rows = [
    await measure('API: full dashboard, cold: history read and ledgers built', async () => {
      clearLedgerCache();
      await api(dashboard)();
    }, 7),
    await measure('API: full dashboard, history unchanged since the last request', api(dashboard), 7),
    await measure('API: summary, monthly, unsegmented', api(`/api/v1/metrics/summary?${range}`), 7),
    await measure('API: summary, monthly, by industry', api(`/api/v1/metrics/summary?${range}&segment=industry`), 7),
    await measure('API: churn drill-down for one month', api('/api/v1/metrics/movements?from=2025-06-01&to=2025-06-30&type=churn'), 7),
  ];
  printTable(`metrics, ${count.toLocaleString('en')} accounts × 36 months, ${database.dialect}`, floor, rows);
}

/**
 * The reports query in parallel, so the pool holds several connections; run.ts drops the bench
 * database right after closing the pool, whose idle connections may still be closing, and the
 * pool then emits their "terminating connection" error, which crashes the process without a
 * listener (connect.ts attaches none — reported to the lead). Listen, for the bench only.
 */
function ignoreIdleClientErrors(database: Database): void {
  const pool = (database.db as unknown as { $client?: { on?: (event: string, listener: () => void) => void } }).$client;
  if (database.dialect === 'postgres') pool?.on?.('error', () => undefined);
}
