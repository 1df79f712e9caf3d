/**
 * `npm run bench`: every benchmark on PGlite (a temp data folder) and on PostgreSQL when
 * KIZUNA_BENCH_DATABASE_URL is set (a database of its own is created and dropped).
 * Prints ratios against baselines measured in the same run; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/connect.js';
import { benchAccountsList } from './accounts-list.bench.js';
import { benchMetrics } from './metrics.bench.js';

const benches: Array<(db: Database) => Promise<void>> = [benchAccountsList, benchMetrics];

async function onPglite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    for (const bench of benches) await bench(database);
  } finally {
    await database.close();
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
  const database = await openDatabase({ url: runUrl.toString() });
  try {
    for (const bench of benches) await bench(database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await onPglite();
const url = process.env.KIZUNA_BENCH_DATABASE_URL ?? process.env.KIZUNA_TEST_DATABASE_URL;
if (url) await onPostgres(url);
else console.log('\n(set KIZUNA_BENCH_DATABASE_URL=postgres://… to run the same benchmarks on PostgreSQL)');
