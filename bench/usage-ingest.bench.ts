/**
 * Usage ingestion and score freshness through the real server (`kizuna serve`, health worker
 * on), driven by a separate client process:
 * - ingestion: N track events (1,000,000 by default) over 2,000 accounts and 20,000 users
 *   across 90 days, sent to POST /v1/batch in bodies of ≤ 480 KB with several requests in
 *   flight, against the floor — a raw COPY of the same N rows into the same usage_events
 *   table, in a fresh workspace, same indexes, in the same run;
 * - freshness (health-freshness.ts): with the server taking half that peak rate, the time
 *   from a probe's ingest response to a newer score being readable through the API.
 * Env: KIZUNA_BENCH_EVENTS (PostgreSQL), KIZUNA_BENCH_PGLITE_EVENTS, KIZUNA_BENCH_IN_FLIGHT,
 * KIZUNA_BENCH_PROBES, KIZUNA_BENCH_FRESHNESS_SECONDS.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/server/db/connect.js';
import { makeHarness, type TestWorkspace } from '../src/server/testing/harness.js';
import { recomputeAllHealth } from '../src/server/modules/health/recompute-all.js';
import { copyIntoPglite, copyIntoPostgres } from './copy-rows.js';
import { runClient, startServer } from './child-processes.js';
import { measureFreshness, type Freshness } from './health-freshness.js';
import type { ClientResult } from './ingest-client.js';
import { report, perSecond, seconds, type BenchTarget } from './target.js';
import { benchEvent, productIdOf, type UsageWorld } from './usage-events.js';

const ACCOUNTS = 2_000;
const USERS = 20_000;
const DAYS = 90;
const COPY_CHUNK_ROWS = 100_000;
const COPY_RUNS = 2;
const COLUMNS = 'workspace_id, message_id, type, event, user_id, anonymous_id, group_id, account_id, occurred_at, received_at, duration_seconds, properties';

/** Default event counts: PGlite runs the whole server in one WebAssembly thread, so it gets fewer (said in the output). */
function eventCount(target: BenchTarget): number {
  const env = target.dialect === 'pglite' ? process.env.KIZUNA_BENCH_PGLITE_EVENTS : process.env.KIZUNA_BENCH_EVENTS;
  return Number(env ?? (target.dialect === 'pglite' ? 100_000 : 1_000_000));
}

export async function benchUsageIngest(target: BenchTarget): Promise<void> {
  const count = eventCount(target);
  const inFlight = Number(process.env.KIZUNA_BENCH_IN_FLIGHT ?? 8);
  const world: UsageWorld = { accounts: ACCOUNTS, users: USERS, days: DAYS, endMs: Date.now() - 60_000, prefix: `bench-${Date.now()}` };

  const database = await target.open();
  const { workspace, keys, accountIds } = await setUp(database);
  const copied = await copyBaseline(target, database, world, count);
  await database.close();

  const server = await startServer(target.serverEnv);
  let ingest: ClientResult;
  let fresh: Freshness;
  try {
    ingest = await runClient({ url: server.url, writeKey: keys.ingest, world, mode: 'burst', count, inFlight }).result;
    const peak = ingest.events / ingest.seconds;
    fresh = await measureFreshness({
      url: server.url, writeKey: keys.ingest, readKey: keys.full, world, accountIds,
      rate: peak / 2, probes: Number(process.env.KIZUNA_BENCH_PROBES ?? 100),
      limitSeconds: Number(process.env.KIZUNA_BENCH_FRESHNESS_SECONDS ?? 150),
    });
  } finally {
    await server.stop();
  }
  if (server.errors.length > 0) console.log(`server logged ${server.errors.length} error lines, first: ${server.errors.slice(0, 5).join(' | ')}`);

  const reopened = await target.open();
  try {
    await checkLanded(reopened, workspace.id, world, count);
  } finally {
    await reopened.close();
  }
  printIngest(target, count, copied, ingest, inFlight);
  printFreshness(target, fresh);
}

/** The ingest workspace: accounts with product ids, an ingest key and a full-scope key, every account scored once. */
async function setUp(database: Database): Promise<{ workspace: TestWorkspace; keys: { ingest: string; full: string }; accountIds: string[] }> {
  const harness = makeHarness(database);
  const workspace = await harness.newWorkspace('ingest bench');
  const accountIds = await seedProductAccounts(database, workspace.id);
  const key = async (scope: 'ingest' | 'full') => {
    const created = await workspace.admin.post('/api/v1/api-keys', { name: `bench ${scope}`, scope });
    if (created.status !== 201) throw new Error(`api key: ${JSON.stringify(created.body)}`);
    return created.body.key as string;
  };
  const keys = { ingest: await key('ingest'), full: await key('full') };
  // Score everyone once (and mark today's nightly pass done) so the worker starts from a steady state.
  await recomputeAllHealth(database.db, workspace.id);
  return { workspace, keys, accountIds };
}

/** ACCOUNTS accounts whose product ids are prod-0…; their ids in that order. */
async function seedProductAccounts(database: Database, workspaceId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string; k: number }>(database.db, sql`
    insert into accounts (workspace_id, id, name, external_id, product_id, plan, status)
    select ${workspaceId}::uuid, gen_random_uuid(), '利用企業' || k, 'CRM-' || k, 'prod-' || k, 'Pro', 'active'
    from generate_series(0, ${ACCOUNTS - 1}::int) as k
    returning id, substr(product_id, 6)::int as k`);
  // As autovacuum would soon after an import: without statistics the planner cannot see that
  // (workspace, product id) is unique and scans the workspace's accounts for every group id.
  await database.db.execute(sql`analyze accounts`);
  const ids: string[] = [];
  for (const row of rows) ids[Number(row.k)] = row.id;
  return ids;
}

/** COPY of the same rows the client sends, as ingestion would store them, into a fresh workspace (the faster of COPY_RUNS); then the table is emptied again. */
async function copyBaseline(target: BenchTarget, database: Database, world: UsageWorld, count: number): Promise<{ ms: number; rows: number; runs: number[] }> {
  const harness = makeHarness(database);
  const workspace = await harness.newWorkspace('copy baseline');
  const accountIds = await seedProductAccounts(database, workspace.id);
  await recomputeAllHealth(database.db, workspace.id); // so the server's nightly pass has nothing to do here
  const chunks = csvChunks(world, count, workspace.id, accountIds);
  const pglite = database.pglite;
  // Twice, keeping the faster: on the shared machine one COPY of the same rows took anywhere from
  // 3.3 to 4.9 s (82,000–121,000 rows/s), and the floor should be the database's best.
  const runs: number[] = [];
  for (let run = 0; run < COPY_RUNS; run++) {
    // Each run, like the API run after them, starts from an empty table right after a checkpoint.
    await database.db.execute(sql`truncate usage_events`);
    if (target.dialect === 'postgres') await database.db.execute(sql`checkpoint`).catch(() => undefined);
    const start = performance.now();
    const rows = target.url
      ? await copyIntoPostgres(target.url, `copy usage_events (${COLUMNS}) from stdin with (format csv)`, chunks)
      : pglite
        ? await copyIntoPglite(pglite, `copy usage_events (${COLUMNS}) from '/dev/blob' with (format csv)`, chunks)
        : 0;
    if (rows !== count) throw new Error(`COPY stored ${rows} rows, expected ${count}`);
    runs.push(performance.now() - start);
  }
  await database.db.execute(sql`truncate usage_events`);
  if (target.dialect === 'postgres') await database.db.execute(sql`checkpoint`).catch(() => undefined);
  return { ms: Math.min(...runs), rows: count, runs };
}

function csvChunks(world: UsageWorld, count: number, workspaceId: string, accountIds: string[]): Buffer[] {
  const receivedAt = new Date().toISOString();
  const chunks: Buffer[] = [];
  for (let start = 0; start < count; start += COPY_CHUNK_ROWS) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + COPY_CHUNK_ROWS); i++) {
      const e = benchEvent(world, i, count);
      const properties = JSON.stringify(e.properties).replace(/"/g, '""');
      lines.push(`${workspaceId},${e.messageId},track,${e.event},${e.userId},,${productIdOf(e.account)},${accountIds[e.account]},` +
        `${e.timestamp},${receivedAt},${e.durationSeconds ?? ''},"${properties}"\n`);
    }
    chunks.push(Buffer.from(lines.join('')));
  }
  return chunks;
}

/** Every replayed event stored once, matched to its account, and counted in the rollups exactly once. */
async function checkLanded(database: Database, workspaceId: string, world: UsageWorld, count: number): Promise<void> {
  const [row] = await queryRows<{ replayed: number; matched: number; rolled: number }>(database.db, sql`
    select (select count(*) from usage_events where workspace_id = ${workspaceId}::uuid and message_id like ${`${world.prefix}-%`}) as replayed,
           (select count(*) from usage_events where workspace_id = ${workspaceId}::uuid and account_id is not null and event is not null) as matched,
           (select coalesce(sum(count), 0) from usage_event_days where workspace_id = ${workspaceId}::uuid) as rolled`);
  const ok = Number(row?.replayed) === count && Number(row?.matched) === Number(row?.rolled);
  const line = `stored ${Number(row?.replayed).toLocaleString('en')} of ${count.toLocaleString('en')} replayed events; ` +
    `${Number(row?.matched).toLocaleString('en')} matched events, ${Number(row?.rolled).toLocaleString('en')} counted in usage_event_days`;
  console.log(ok ? `check: ${line}` : `\n!!! INGESTION CHECK FAILED: ${line} !!!\n`);
}

function printIngest(target: BenchTarget, count: number, copied: { ms: number; rows: number; runs: number[] }, ingest: ClientResult, inFlight: number): void {
  const copyRate = copied.rows / (copied.ms / 1000);
  const apiRate = ingest.events / ingest.seconds;
  const ratio = apiRate / copyRate;
  const n = count.toLocaleString('en');
  console.log(`\nusage ingestion, ${n} track events, ${ACCOUNTS.toLocaleString('en')} accounts, ${USERS.toLocaleString('en')} users, ${DAYS} days, ${target.dialect}` +
    (target.dialect === 'pglite' && count < 1_000_000 ? ` (${n}, not 1,000,000: the whole PGlite server is one WebAssembly thread; KIZUNA_BENCH_PGLITE_EVENTS sets it)` : ''));
  console.log('| case | seconds | events/s | × COPY |');
  console.log('|---|---:|---:|---:|');
  console.log(`| floor: COPY of the same rows into usage_events (faster of ${copied.runs.map((ms) => seconds(ms)).join(' and ')}) | ${(copied.ms / 1000).toFixed(1)} | ${perSecond(copyRate)} | 1.00 |`);
  console.log(`| API: POST /v1/batch from a client process (${ingest.requests} requests, ${inFlight} in flight, ` +
    `${Math.round(ingest.batchBytes.min / 1024)}–${Math.round(ingest.batchBytes.max / 1024)} KB) | ${ingest.seconds.toFixed(1)} | ${perSecond(apiRate)} | ${ratio.toFixed(2)} |`);
  console.log(`client: stored ${ingest.stored}, duplicates ${ingest.duplicates}, rejected ${ingest.rejected}, ` +
    `429s waited out ${ingest.busy}, retried ${ingest.retried}, failed ${ingest.failed}`);
  const label = target.dialect === 'pglite' && count !== 1_000_000 ? ` (${n} events)` : '';
  report(target.dialect, 'ingestion: COPY events/s', `${perSecond(copyRate)}${label}`);
  report(target.dialect, 'ingestion: POST /v1/batch events/s', `${perSecond(apiRate)}${label}`);
  report(target.dialect, 'ingestion: API ÷ COPY', ratio.toFixed(2), '≥ 0.30');
}

function printFreshness(target: BenchTarget, fresh: Freshness): void {
  console.log(`\nscore freshness, ${fresh.probes} probes while ingesting ${perSecond(fresh.loadRate)} (asked ${perSecond(fresh.askedRate)}, half the peak), ${target.dialect}`);
  console.log('| ingest response → newer computedAt via API | ms |');
  console.log('|---|---:|');
  console.log(`| p50 | ${fresh.p50.toFixed(0)} |`);
  console.log(`| p95 | ${fresh.p95.toFixed(0)} |`);
  console.log(`| max | ${fresh.max.toFixed(0)} |`);
  if (fresh.probes < fresh.asked) {
    console.log(`!!! only ${fresh.probes} of ${fresh.asked} probes ran within the phase's ${fresh.limitSeconds} s (KIZUNA_BENCH_FRESHNESS_SECONDS) !!!`);
  }
  if (fresh.timeouts > 0) console.log(`!!! ${fresh.timeouts} probes saw no newer score within ${seconds(fresh.timeoutMs)} (counted at the timeout) !!!`);
  report(target.dialect, 'freshness: load during probes', perSecond(fresh.loadRate));
  const cut = fresh.probes < fresh.asked ? ` (${fresh.probes} probes)` : '';
  report(target.dialect, 'freshness: p50 / p95 / max ms', `${fresh.p50.toFixed(0)} / ${fresh.p95.toFixed(0)} / ${fresh.max.toFixed(0)}${cut}`, 'p95 ≤ 1000');
}
