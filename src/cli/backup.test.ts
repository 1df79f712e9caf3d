import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../server/db/connect.js';
import { createWorkspaceWithAdmin } from '../server/modules/session/session-commands.js';
import { readConfig } from './config.js';
import { runBackup, runRestore } from './backup.js';

describe('kizuna backup and restore', () => {
  it('carries a workspace from one data folder to a new one, and refuses to restore over data', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kizuna-backup-'));
    const source = readConfig({ KIZUNA_DATA_DIR: join(root, 'source') });
    const target = readConfig({ KIZUNA_DATA_DIR: join(root, 'target') });
    const db = await openDatabase({ dataDir: source.dataDir });
    await createWorkspaceWithAdmin(db.db, {
      workspaceName: '控え株式会社', name: '控え', email: 'backup@example.test', password: 'long-enough-pw',
      locale: 'ja', baseCurrency: 'JPY', fiscalYearStartMonth: 4,
    }, new Date('2026-11-01T00:00:00Z'));
    await db.close();

    const file = join(root, 'backup.tar.gz');
    await runBackup(source, [file]);
    await runRestore(target, [file]);
    const restored = await openDatabase({ dataDir: target.dataDir });
    const rows = await queryRows<{ name: string }>(restored.db, sql`select name from workspaces`);
    await restored.close();
    expect(rows.map((r) => r.name)).toEqual(['控え株式会社']);
    await expect(runRestore(target, [file])).rejects.toMatchObject({ code: 'request.invalid' });
  }, 90_000);
});
