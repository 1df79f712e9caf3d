/** Vitest global setup: a migrated PGlite dump for every test file, and a fresh schema on PostgreSQL. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER, openDatabase } from '../db/connect.js';
import { PGLITE_TEMPLATE } from './databases.js';

export default async function setup(): Promise<() => Promise<void>> {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(dirname(PGLITE_TEMPLATE), { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await client.close();

  const url = process.env.KIZUNA_TEST_DATABASE_URL;
  if (!url) return async () => undefined;
  // One database per run, handed to the test workers through the environment, so runs in
  // parallel (or the leftovers of a crashed run) never see each other's tables. Migrations
  // name the public schema, so a separate schema would not isolate them; a database does.
  const name = `kizuna_test_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(url, `create database ${name}`);
  const runUrl = new URL(url);
  runUrl.pathname = `/${name}`;
  process.env.KIZUNA_TEST_PG_URL = runUrl.toString();
  const database = await openDatabase({ url: runUrl.toString() });
  await database.close();
  return async () => adminQuery(url, `drop database if exists ${name} with (force)`);
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
