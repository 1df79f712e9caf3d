/**
 * A dry run: the whole file planned against the database as it stands — creates, updates,
 * unchanged rows and every row error — in set-based chunks, writing nothing.
 */
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { ImportTally } from '../../../domain/imports/import-tally.js';
import type { ImportKind } from '../../../domain/imports/import-kinds.js';
import { parsedBatches } from '../../../domain/imports/parsed-batches.js';
import { badFile } from './upload-import.js';
import { openPass, PLANNERS } from './import-pass.js';
import type { ImportDryRun } from './schema.js';
import { findImportJob } from './store.js';
import { checkMapping } from './update-mapping.js';

/** Rows looked up per round trip: a 100,000-row file costs 20 queries per key kind. */
const CHUNK = 5000;

export async function dryRunImport(db: Db, workspaceId: string, id: string, now: Date): Promise<ImportDryRun> {
  const job = await findImportJob(db, workspaceId, id);
  if (!job) throw notFound('import.not_found', id);
  await checkMapping(db, job, job.mapping);
  const { env, text } = await openPass(db, job, now);
  const planner = PLANNERS[job.kind as ImportKind];
  const tally = new ImportTally();
  try {
    for await (const batch of parsedBatches(text, env.schema, { size: CHUNK })) {
      const planned = await planner(db, env, batch.rows, false);
      for (const plan of planned.plans) tally.add(plan);
    }
  } catch (error) {
    badFile(error);
  }
  return {
    toCreate: tally.toCreate, toUpdate: tally.toUpdate, unchanged: tally.unchanged, failed: tally.failedRows,
    errors: tally.errors, errorCount: tally.errorCount, sampleChanges: tally.sampleChanges,
  };
}
