/**
 * `npm run bench`: every benchmark on PGlite (a temp data folder) and on PostgreSQL when
 * KIZUNA_BENCH_DATABASE_URL is set (a database of its own is created and dropped).
 * Prints ratios against baselines measured in the same run, then a summary with the
 * databases side by side; asserts nothing.
 *
 * Pick benchmarks by name or tag: `npm run bench -- health` (ingestion, freshness, recompute),
 * `npm run bench -- recompute postgres`; see bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Dialect } from '../src/server/db/connect.js';
import { benchAccountsList } from './accounts-list.bench.js';
import { benchMetrics } from './metrics.bench.js';
import { benchUsageIngest } from './usage-ingest.bench.js';
import { benchHealthRecompute } from './health-recompute.bench.js';
import { printSummary, type BenchTarget } from './target.js';

interface Bench {
  /** names and tags that select it on the command line */
  tags: string[];
  run(target: BenchTarget): Promise<void>;
}

/** For benchmarks that only need the database open in this process. */
const withDatabase = (bench: (db: Database) => Promise<void>) => async (target: BenchTarget) => {
  const database = await target.open();
  try {
    await bench(database);
  } finally {
    await database.close();
  }
};

const benches: Bench[] = [
  { tags: ['accounts', 'accounts-list'], run: withDatabase(benchAccountsList) },
  { tags: ['metrics'], run: withDatabase(benchMetrics) },
  { tags: ['health', 'usage', 'ingest', 'ingestion', 'freshness'], run: benchUsageIngest },
  { tags: ['health', 'recompute'], run: benchHealthRecompute },
];

const args = process.argv.slice(2).map((a) => a.toLowerCase());
const dialects = args.filter((a): a is Dialect => a === 'pglite' || a === 'postgres');
const names = args.filter((a) => a !== 'pglite' && a !== 'postgres');
const unknown = names.filter((a) => !benches.some((b) => b.tags.includes(a)));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${[...new Set(benches.flatMap((b) => b.tags))].join(', ')}, pglite, postgres.`);
  process.exit(2);
}
const selected = names.length === 0 ? benches : benches.filter((b) => b.tags.some((t) => names.includes(t)));

async function onPglite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  const target: BenchTarget = {
    dialect: 'pglite', url: null, serverEnv: { KIZUNA_DATA_DIR: dir, DATABASE_URL: '' },
    open: () => openDatabase({ dataDir: dir }),
  };
  try {
    for (const bench of selected) await bench.run(target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(url: string): Promise<void> {
  const name = `kizuna_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const runUrl = new URL(url);
  runUrl.pathname = `/${name}`;
  const target: BenchTarget = {
    dialect: 'postgres', url: runUrl.toString(), serverEnv: { DATABASE_URL: runUrl.toString() },
    open: () => openDatabase({ url: runUrl.toString() }),
  };
  try {
    for (const bench of selected) await bench.run(target);
  } finally {
    // Closed pools finish closing their sockets just after close() resolves; dropping the
    // database under them makes them log "terminating connection".
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (dialects.length === 0 || dialects.includes('pglite')) await onPglite();
const url = process.env.KIZUNA_BENCH_DATABASE_URL ?? process.env.KIZUNA_TEST_DATABASE_URL;
if (url && (dialects.length === 0 || dialects.includes('postgres'))) await onPostgres(url);
else if (!url) console.log('\n(set KIZUNA_BENCH_DATABASE_URL=postgres://… to run the same benchmarks on PostgreSQL)');
printSummary();
