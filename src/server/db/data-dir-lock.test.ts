/**
 * One process owns a PGlite data folder (DESIGN, "Known pitfalls": two openers lose
 * writes silently). A second opener, in this process or another, is refused with a
 * message naming the holder; a lock left by a dead process is taken over.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';

describe('PGlite data folder lock', () => {
  it('refuses a second opener in the same process and frees the folder on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-lock-'));
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toMatchObject({ code: 'database.locked' });
    await first.close();
    expect(existsSync(join(dir, 'kizuna.lock'))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  }, 60_000);

  it('stops a second CLI process with a clear message instead of opening the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-lock-'));
    const holder = await openDatabase({ dataDir: dir });
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'migrate'], {
        env: { ...process.env, KIZUNA_DATA_DIR: dir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`is in use by another Kizuna process (pid ${process.pid}`);
    } finally {
      await holder.close();
    }
  }, 60_000);

  it('takes over a lock whose process is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-lock-'));
    writeFileSync(join(dir, 'kizuna.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, since: '2026-01-01T00:00:00Z' }));
    const db = await openDatabase({ dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, 'kizuna.lock'), 'utf8')).pid).toBe(process.pid);
    await db.close();
  }, 60_000);
});
