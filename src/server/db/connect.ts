/**
 * Opens Kizuna's database: embedded PGlite in a data folder (default) or a PostgreSQL
 * server when a URL is given. Both speak the same SQL and run the same migrations.
 * Type parsing is normalised here, once: bigint and numeric come back as numbers and
 * dates as 'YYYY-MM-DD' strings from either driver (DESIGN, "Known pitfalls").
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: store functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;
export type Dialect = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  dialect: Dialect;
  /** the embedded client, for whole-folder backup and restore; null on PostgreSQL */
  pglite: PGlite | null;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

export interface OpenOptions {
  /** postgres://… — use a PostgreSQL server */
  url?: string;
  /** PGlite data folder; omitted with no url means in memory */
  dataDir?: string;
  /** a PGlite dump (from dumpDataDir) to start from, used by tests to skip initdb */
  loadDataDir?: Blob;
  /** apply migrations on open (default true) */
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.url ? await openPostgres(options.url) : await openPglite(options);
  if (options.migrate !== false) await migrateDatabase(database);
  return database;
}

// Drizzle's node-postgres driver asks pg's global parsers for every type it does not map
// itself, so the normalisation has to be global, not per pool.
pg.types.setTypeParser(INT8, (v: string) => Number(v));
pg.types.setTypeParser(NUMERIC, (v: string) => Number(v));
pg.types.setTypeParser(DATE, (v: string) => v);

async function openPostgres(url: string): Promise<Database> {
  // 20: ingestion takes up to 16 batches at once, and a health worker pass holds up to four
  // connections (its transaction and three parallel reads); API requests need room beside them.
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle client losing its connection (a server restart) must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  await pool.query('select 1');
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { db, dialect: 'postgres', pglite: null, close: () => pool.end() };
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir);
  }
  try {
    const client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
      parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v), [DATE]: (v: string) => v },
    });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      dialect: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.dialect === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePg(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** Run raw SQL and return its rows, whichever driver is underneath. */
export async function queryRows<T extends Record<string, unknown>>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
