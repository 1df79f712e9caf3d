import { openDatabase, type Database } from '../server/db/connect.js';
import type { Config } from './config.js';

/** The database the configuration points at: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl ? openDatabase({ url: config.databaseUrl }) : openDatabase({ dataDir: config.dataDir });
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL (${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')})` : `PGlite in ${config.dataDir}`;
}
