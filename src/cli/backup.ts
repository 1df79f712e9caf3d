/**
 * `kizuna backup FILE` and `kizuna restore FILE` for the embedded database: the whole PGlite
 * data folder as one gzip'd tarball, taken inside the folder lock so nothing writes meanwhile.
 * On PostgreSQL, the server's own tools (pg_dump / pg_restore) are the right ones.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../server/errors.js';
import { openDatabase } from '../server/db/connect.js';
import type { Config } from './config.js';

function requireEmbedded(config: Config, command: string): void {
  if (config.databaseUrl) {
    throw new AppError('request.invalid', {
      detail: `kizuna ${command} works on the embedded database; for PostgreSQL use pg_dump / pg_restore.`,
    });
  }
}

export async function runBackup(config: Config, args: string[]): Promise<void> {
  requireEmbedded(config, 'backup');
  const file = resolve(args[0] ?? `kizuna-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`);
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    console.log(`Backed up ${config.dataDir} to ${file} (${(dump.size / 1e6).toFixed(1)} MB).`);
  } finally {
    await database.close();
  }
}

export async function runRestore(config: Config, args: string[]): Promise<void> {
  requireEmbedded(config, 'restore');
  const file = args[0];
  if (!file || !existsSync(file)) throw new AppError('request.invalid', { detail: 'Usage: kizuna restore FILE (a file made by kizuna backup)' });
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).some((f) => f !== 'kizuna.lock')) {
    throw new AppError('request.invalid', {
      detail: `${config.dataDir} is not empty. Restore into a new folder (KIZUNA_DATA_DIR=…) so nothing is overwritten.`,
    });
  }
  const database = await openDatabase({ dataDir: config.dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await database.close();
  console.log(`Restored ${file} into ${config.dataDir}.`);
}
