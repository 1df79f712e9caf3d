/** Starting (or continuing) a job: check its mapping, mark it running, hand it to the runner. */
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../audit/store.js';
import type { ImportRunner } from './import-runner.js';
import { claimImportJob, findImportJob, type ImportJobRow } from './store.js';
import { checkMapping, wrongState } from './update-mapping.js';

export async function startImport(db: Db, runner: ImportRunner, actor: Actor, id: string): Promise<ImportJobRow> {
  const job = await claimForRun(db, actor.workspaceId, id);
  runner.start(actor.workspaceId, id, actor.actor);
  return job;
}

/** Mark a job running after checking it may run: 404 unknown, 409 finished, 400 bad mapping. */
export async function claimForRun(db: Db, workspaceId: string, id: string): Promise<ImportJobRow> {
  const job = await findImportJob(db, workspaceId, id);
  if (!job) throw notFound('import.not_found', id);
  if (job.status === 'done') throw wrongState('done');
  await checkMapping(db, job, job.mapping);
  const claimed = await claimImportJob(db, workspaceId, id);
  if (!claimed) throw wrongState('done');
  return claimed;
}
