/**
 * Running a claimed job: the file in batches, each batch ONE transaction that plans its
 * rows against locked records, upserts them, writes their timeline entries (and for
 * subscriptions their history and the accounts' revenue), one audit row, and the job's
 * counters. A crash therefore leaves whole batches or nothing, and a later run continues
 * from processed_rows; the upserts are idempotent, so even re-processing a batch is safe.
 * Each batch first checks the job still stands where this runner expects: if another
 * runner got there first, this one stops.
 */
import type { Database, Tx } from '../../db/connect.js';
import { isRejected } from '../../../domain/imports/plan-record.js';
import { DEFAULT_BATCH_SIZE, MAX_REPORTED_ISSUES, type ImportKind } from '../../../domain/imports/import-kinds.js';
import { parsedBatches, type ParsedBatch } from '../../../domain/imports/parsed-batches.js';
import { recordAudit, type Actor } from '../audit/store.js';
import type { PassEnv } from './batch-plan.js';
import { openPass, PLANNERS } from './import-pass.js';
import { advanceImportJob, findImportJob, finishImportJob, lockImportJob, type ImportJobRow } from './store.js';

export interface ImportProgress {
  processedRows: number;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface RunOptions {
  actor: Actor;
  now: () => Date;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** 'done' when the job is complete; 'stale' when it was not this runner's to continue. */
export async function runImportJob(database: Database, workspaceId: string, jobId: string, options: RunOptions): Promise<'done' | 'stale'> {
  const { db } = database;
  const job = await findImportJob(db, workspaceId, jobId);
  if (!job || job.status !== 'running') return 'stale';
  const { env, text } = await openPass(db, job, options.now());
  const progress: ImportProgress = {
    processedRows: job.processedRows, totalRows: job.totalRows, created: job.created, updated: job.updated,
    unchanged: job.unchanged, failed: job.failed,
  };
  const batches = parsedBatches(text, env.schema, { size: options.batchSize ?? DEFAULT_BATCH_SIZE, startAt: job.processedRows });
  // Parse the next batch while this one's transaction waits on the database (PostgreSQL runs
  // in another process; on PGlite this changes nothing but the order of the same work).
  const readAhead = () => {
    const promise = batches.next();
    promise.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
    return promise;
  };
  let ahead = readAhead();
  for (let next = await ahead; !next.done; next = await ahead) {
    const batch = next.value;
    ahead = readAhead();
    const counts = await db.transaction((tx) => applyBatch(tx, env, job, batch, options));
    if (!counts) {
      await ahead;
      await batches.return(undefined);
      return 'stale';
    }
    progress.processedRows += batch.rows.length;
    progress.created += counts.created;
    progress.updated += counts.updated;
    progress.unchanged += counts.unchanged;
    progress.failed += counts.failed;
    options.onProgress?.({ ...progress });
  }
  await finishImportJob(db, workspaceId, jobId, options.now());
  return 'done';
}

async function applyBatch(tx: Tx, env: PassEnv, job: ImportJobRow, batch: ParsedBatch, options: RunOptions) {
  const state = await lockImportJob(tx, job.workspaceId, job.id);
  if (!state || state.status !== 'running' || state.processedRows !== batch.offset) return null;
  const now = options.now();
  const planned = await PLANNERS[job.kind as ImportKind](tx, env, batch.rows, true);
  const authorId = options.actor.actor.type === 'user' ? options.actor.actor.id : null;
  const written = await planned.write({ jobId: job.id, now, authorId });
  const rejected = planned.plans.filter(isRejected);
  const counts = {
    ...written,
    unchanged: planned.plans.length - rejected.length - written.created - written.updated,
    failed: rejected.length,
  };
  if (written.created + written.updated > 0) {
    const rows = [batch.rows[0]?.row ?? 0, batch.rows[batch.rows.length - 1]?.row ?? 0];
    await recordAudit(tx, options.actor, { action: 'import', entity: 'import', entityId: job.id, changes: { kind: job.kind, rows, ...counts } }, now);
  }
  const last = batch.offset + batch.rows.length >= job.totalRows;
  await advanceImportJob(tx, job.workspaceId, job.id, {
    processed: batch.rows.length, ...counts,
    errors: rejected.flatMap((r) => r.issues).slice(0, Math.max(0, MAX_REPORTED_ISSUES - state.keptErrors)),
    finishedAt: last ? now : null,
  });
  return counts;
}
