/** The Hono environment every Kizuna route runs in. */
import type { Database } from '../db/connect.js';
import type { Principal } from '../auth/principal.js';
import type { ImportRunner } from '../modules/imports/import-runner.js';

export interface AppDeps {
  database: Database;
  /** the clock, injectable for tests */
  now: () => Date;
  imports: ImportRunner;
  /** the health recompute worker, when this process runs one (the server does; tests may not) */
  health?: { poke(): void };
  /** serve cookies with the Secure flag (behind HTTPS) */
  secureCookies: boolean;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal | null;
  };
}
