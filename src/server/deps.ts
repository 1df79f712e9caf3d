/** Builds the app's dependencies once, for the server, the CLI and tests alike. */
import type { Database } from './db/connect.js';
import type { AppDeps } from './http/env.js';
import { createImportRunner } from './modules/imports/import-runner.js';
import { createHealthWorker } from './modules/health/health-worker.js';
import { createDeliveryWorker } from './modules/delivery/delivery-worker.js';
import { createAutomationWorker } from './modules/automation/automation-worker.js';
import { createSurveyWorker } from './modules/surveys/survey-worker.js';
import { createLoadGauge } from './workers/load-gauge.js';
import { createIngestWriter } from './modules/usage/ingest-writer.js';

/** The health worker is created here but started only by `kizuna serve` (tests drain it by hand). */
export function createDeps(
  database: Database,
  options: { now?: () => Date; secureCookies?: boolean; healthWorkspaces?: () => readonly string[] } = {},
): AppDeps {
  const now = options.now ?? (() => new Date());
  const ingestLoad = createLoadGauge();
  const automation = createAutomationWorker(database.db, { now, scheduled: true, ingestLoad: () => ingestLoad.floor() });
  return {
    database,
    now,
    imports: createImportRunner(database, { now }),
    health: createHealthWorker(database.db, {
      now, nightly: true, onScored: () => automation.poke(), ingestLoad: () => ingestLoad.floor(),
      ...(options.healthWorkspaces ? { workspaceIds: options.healthWorkspaces } : {}),
    }),
    delivery: createDeliveryWorker(database.db, { now }),
    automation,
    surveys: createSurveyWorker(database.db, { now }),
    ingestLoad,
    ingestWriter: createIngestWriter(database.db),
    secureCookies: options.secureCookies ?? false,
  };
}
