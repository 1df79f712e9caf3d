/**
 * The databases the integration tier runs on: PGlite always, PostgreSQL too when
 * KIZUNA_TEST_DATABASE_URL is set (CI sets it). PGlite instances start from a dump of a
 * migrated database made once per run (vitest globalSetup), which skips initdb and
 * migrations in every file; PostgreSQL is reset and migrated once per run by the same setup.
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
  const url = process.env.KIZUNA_TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openDatabase({ url, migrate: false }) });
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
