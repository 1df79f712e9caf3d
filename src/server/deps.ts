/** Builds the app's dependencies once, for the server, the CLI and tests alike. */
import type { Database } from './db/connect.js';
import type { AppDeps } from './http/env.js';
import { createImportRunner } from './modules/imports/import-runner.js';

export function createDeps(database: Database, options: { now?: () => Date; secureCookies?: boolean } = {}): AppDeps {
  const now = options.now ?? (() => new Date());
  return {
    database,
    now,
    imports: createImportRunner(database, { now }),
    secureCookies: options.secureCookies ?? false,
  };
}
