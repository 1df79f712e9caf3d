/**
 * How fast a 100,000-row accounts CSV imports, on PGlite (file-backed data folder) and on
 * PostgreSQL (KIZUNA_BENCH_DATABASE_URL: a scratch database this script empties first): upload (decode,
 * count, suggest mapping, store), dry run, then the real run, and a second run of the same
 * file (all rows unchanged). Run: npx tsx bench/import-accounts.ts [rows] [batch size]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/connect.js';
import { createWorkspaceWithAdmin } from '../src/server/modules/session/session-commands.js';
import { uploadImport } from '../src/server/modules/imports/upload-import.js';
import { dryRunImport } from '../src/server/modules/imports/dry-run-import.js';
import { claimForRun } from '../src/server/modules/imports/start-import.js';
import { runImportJob } from '../src/server/modules/imports/run-import-job.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const BATCH = process.argv[3] ? Number(process.argv[3]) : undefined;
const INDUSTRIES = ['IT', '製造', '小売', '金融', '医療', '物流'];
const PLANS = ['Basic', 'Pro', 'Enterprise'];
const REGIONS = ['関東', '関西', '中部', '九州', '北海道'];

function makeCsv(rows: number): Uint8Array {
  const lines = ['取引先ID,会社名,フリガナ,業種,従業員数,プラン,地域'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`CRM-${String(i).padStart(7, '0')},株式会社サンプル${i},サンプル${i},${INDUSTRIES[i % 6]},${(i * 37) % 6000 + 1}名,${PLANS[i % 3]},${REGIONS[i % 5]}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

async function measure(name: string, database: Database, bytes: Uint8Array) {
  const { workspaceId, userId } = await createWorkspaceWithAdmin(database.db, {
    workspaceName: `bench ${Date.now()}`, name: 'Bench', email: `bench-${Date.now()}@example.test`, password: 'correct-horse-battery',
    locale: 'ja', baseCurrency: 'JPY', fiscalYearStartMonth: 4,
  }, new Date(), { allowExisting: true });
  const actor = { workspaceId, actor: { type: 'user' as const, id: userId } };
  const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const result = await work();
    return [result, (performance.now() - start) / 1000];
  };
  const results: Record<string, string> = {};
  for (const round of ['first', 'again']) {
    const [{ job }, upload] = await time(() => uploadImport(database.db, { ...actor, userId }, { kind: 'accounts', filename: 'bench.csv', bytes }, new Date()));
    const [dry, dryRun] = await time(() => dryRunImport(database.db, workspaceId, job.id, new Date()));
    await claimForRun(database.db, workspaceId, job.id);
    const [, run] = await time(() => runImportJob(database, workspaceId, job.id, { actor, now: () => new Date(), ...(BATCH ? { batchSize: BATCH } : {}) }));
    const rate = (s: number) => `${Math.round(ROWS / s)} rows/s`;
    results[round] = `upload ${upload.toFixed(1)} s, dry run ${dryRun.toFixed(1)} s (${dry.toCreate} new, ${dry.unchanged} unchanged), ` +
      `run ${run.toFixed(1)} s = ${rate(run)}; upload+dry run+run ${rate(upload + dryRun + run)}`;
  }
  console.log(`${name}, ${ROWS} rows, batches of ${BATCH ?? 'default'}\n  first import: ${results.first}\n  same file again: ${results.again}`);
}

const bytes = makeCsv(ROWS);
console.log(`file: ${(bytes.length / 1e6).toFixed(1)} MB`);
const dir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
try {
  const pglite = await openDatabase({ dataDir: dir });
  try {
    await measure('PGlite (data folder)', pglite, bytes);
  } finally {
    await pglite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.KIZUNA_BENCH_DATABASE_URL;
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await admin.end();
  const postgres = await openDatabase({ url });
  try {
    await measure('PostgreSQL', postgres, bytes);
  } finally {
    await postgres.close();
  }
}
