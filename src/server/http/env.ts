/** The Hono environment every Kizuna route runs in. */
import type { Database } from '../db/connect.js';
import type { Principal } from '../auth/principal.js';
import type { ImportRunner } from '../modules/imports/import-runner.js';
import type { HealthWorker } from '../modules/health/health-worker.js';
import type { DeliveryWorker } from '../modules/delivery/delivery-worker.js';
import type { AutomationWorker } from '../modules/automation/automation-worker.js';
import type { SurveyWorker } from '../modules/surveys/survey-worker.js';
import type { LoadGauge } from '../workers/load-gauge.js';
import type { IngestWriter } from '../modules/usage/ingest-writer.js';

export interface AppDeps {
  database: Database;
  /** the clock, injectable for tests */
  now: () => Date;
  imports: ImportRunner;
  /** the health recompute worker; started by `kizuna serve`, drained by hand in tests */
  health?: HealthWorker;
  /** the outbox worker (mail and webhooks); started by `kizuna serve`, drained by hand in tests */
  delivery?: DeliveryWorker;
  /** tiers, phases and playbooks after scoring and every 15 minutes; started by `kizuna serve`, drained by hand in tests */
  automation?: AutomationWorker;
  /** closes surveys past their close date and queues due reminders (started by `kizuna serve`) */
  surveys?: SurveyWorker;
  /** Segment-compatible ingest requests in flight, now and at the fewest over the last second (read by the workers) */
  ingestLoad: LoadGauge;
  /** group commit for track-only ingest requests (ingest-writer.ts) */
  ingestWriter: IngestWriter;
  /** serve cookies with the Secure flag (behind HTTPS) */
  secureCookies: boolean;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    principal: Principal | null;
  };
}
