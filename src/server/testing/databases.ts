/**
 * The databases the integration tier runs on: PGlite always, PostgreSQL too when
 * KIZUNA_TEST_DATABASE_URL is set (CI sets it). PGlite instances start from a dump of a
 * migrated database made once per run (vitest globalSetup), which skips initdb and
 * migrations in every file; on PostgreSQL the same setup creates and migrates a database
 * for the run (dropped at its end).
 */
import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '../db/connect.js';

export const PGLITE_TEMPLATE = process.env.KIZUNA_PGLITE_TEMPLATE ?? '.kizuna-test/pglite-template.tar.gz';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openTestPglite }];
  const runUrl = process.env.KIZUNA_TEST_PG_URL;
  if (runUrl) list.push({ name: 'postgres', open: () => openDatabase({ url: runUrl, migrate: false }) });
  else if (process.env.KIZUNA_TEST_DATABASE_URL) {
    throw new Error('KIZUNA_TEST_DATABASE_URL is set but the global setup did not create the run database');
  }
  return list;
}

async function openTestPglite(): Promise<Database> {
  try {
    const dump = readFileSync(PGLITE_TEMPLATE);
    return await openDatabase({ loadDataDir: new Blob([dump]), migrate: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return openDatabase({}); // run without the global setup: migrate from scratch
  }
}
