/**
 * A real crash: `kizuna import` killed with SIGKILL mid-run on a PGlite data folder. Each
 * batch is one transaction, so what landed is a whole number of batches; the job it left
 * running continues from there, and importing the same file again changes nothing.
 * PGlite only: the data folder is the thing under test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../db/connect.js';
import { PGLITE_TEMPLATE } from '../../testing/databases.js';
import { createWorkspaceWithAdmin } from '../session/session-commands.js';
import { csv } from './import-test-helpers.js';
import { runImportJob } from './run-import-job.js';
import { claimForRun } from './start-import.js';

const ROWS = 20_000;
const BATCH = 2_000;
const dir = mkdtempSync(join(tmpdir(), 'kizuna-crash-'));
const dataDir = join(dir, 'data');
const file = join(dir, 'accounts.csv');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Spawn the CLI in its own process group, so a kill reaches npx, tsx and node alike. */
function importCommand(onStderr: (text: string, kill: () => void) => void = () => undefined) {
  const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'import', file, '--kind', 'accounts', '--batch-size', String(BATCH)], {
    cwd: process.cwd(), detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KIZUNA_DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  let stderr = '';
  let stdout = '';
  const kill = () => { if (child.pid) process.kill(-child.pid, 'SIGKILL'); };
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); onStderr(stderr, kill); });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The killed CLI's node process may outlive npx's exit by a moment; wait until its lock is stale. */
async function lockReleased(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    let pid: number;
    try {
      pid = (JSON.parse(readFileSync(join(dataDir, 'kizuna.lock'), 'utf8')) as { pid: number }).pid;
    } catch {
      return;
    }
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir, migrate: false });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('kizuna import killed mid-run (PGlite data folder)', () => {
  it('leaves whole batches, continues from them, and a second import of the file changes nothing', async () => {
    const template = new Blob([readFileSync(PGLITE_TEMPLATE)]);
    const seeded = await openDatabase({ dataDir, loadDataDir: template, migrate: false });
    const { workspaceId, userId } = await createWorkspaceWithAdmin(seeded.db, {
      workspaceName: '絆テスト', name: '管理 太郎', email: 'admin@crash.test', password: 'correct-horse-battery', locale: 'ja',
      baseCurrency: 'JPY', fiscalYearStartMonth: 4,
    }, new Date(), { allowExisting: true });
    await seeded.close();
    writeFileSync(file, csv([['取引先ID', '会社名', '業種'], ...Array.from({ length: ROWS }, (_, i) => [`K-${i + 1}`, `株式会社テスト${i + 1}`, 'IT'])]));

    const killed = await importCommand((text, kill) => {
      const done = [...text.matchAll(/import: (\d+)\/\d+ rows/g)].map((m) => Number(m[1]));
      if (done.some((n) => n >= BATCH)) kill();
    });
    expect(killed.signal ?? `exit ${killed.code}: ${killed.stderr}`).toBe('SIGKILL');
    await lockReleased();

    // In one opening of the folder: what landed, then continue the job the crash left running.
    await withDatabase(async (database) => {
      const { db } = database;
      const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts where workspace_id = ${workspaceId}`);
      const [job] = await queryRows<{ id: string; status: string; processed_rows: number }>(db, sql`
        select id, status, processed_rows from import_jobs where workspace_id = ${workspaceId}`);
      const landed = row?.n ?? -1;
      expect(landed).toBeGreaterThanOrEqual(BATCH);
      expect(landed % BATCH === 0 || landed === ROWS).toBe(true);
      expect(job?.processed_rows).toBe(landed);
      if (!job || job.status !== 'running') return;
      await claimForRun(db, workspaceId, job.id);
      const actor = { workspaceId, actor: { type: 'user' as const, id: userId } };
      expect(await runImportJob(database, workspaceId, job.id, { actor, now: () => new Date(), batchSize: BATCH })).toBe('done');
      const [done] = await queryRows<{ created: number; processed_rows: number }>(db, sql`
        select created, processed_rows from import_jobs where workspace_id = ${workspaceId} and id = ${job.id}`);
      expect(done).toEqual({ created: ROWS, processed_rows: ROWS });
    });

    const again = await importCommand();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`Done: 0 created, 0 updated, ${ROWS} unchanged, 0 failed`);
    const final = await withDatabase(({ db }) => queryRows<{ n: number; ids: number }>(db, sql`
      select count(*)::int as n, count(distinct external_id)::int as ids from accounts where workspace_id = ${workspaceId}`));
    expect(final).toEqual([{ n: ROWS, ids: ROWS }]);
  }, 240_000);
});
