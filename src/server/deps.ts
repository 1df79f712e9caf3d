/** Builds the app's dependencies once, for the server, the CLI and tests alike. */
import type { Database } from './db/connect.js';
import type { AppDeps } from './http/env.js';
import type { ImportRunner } from './modules/imports/import-runner.js';

export function createDeps(database: Database, options: { now?: () => Date; secureCookies?: boolean } = {}): AppDeps {
  const imports: ImportRunner = { start: () => undefined, idle: async () => undefined };
  return {
    database,
    now: options.now ?? (() => new Date()),
    imports,
    secureCookies: options.secureCookies ?? false,
  };
}
