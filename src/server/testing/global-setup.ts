/** Vitest global setup: a migrated PGlite dump for every test file, and a fresh schema on PostgreSQL. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER, openDatabase } from '../db/connect.js';
import { PGLITE_TEMPLATE } from './databases.js';

export default async function setup(): Promise<void> {
  const client = await PGlite.create();
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(dirname(PGLITE_TEMPLATE), { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await client.close();

  const url = process.env.KIZUNA_TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    await admin.end();
    const database = await openDatabase({ url });
    await database.close();
  }
}
