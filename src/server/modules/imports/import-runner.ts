/**
 * Runs import jobs in the background of the server process. `start` is safe to call twice
 * for one job (the second call is ignored while the first runs); `idle` waits until no job
 * is running, so the server and tests can close the database cleanly. A run that throws
 * marks its job failed with the reason; running it again continues where it stopped.
 */
import type { Database } from '../../db/connect.js';
import type { Actor } from '../audit/store.js';
import { runImportJob, type RunOptions } from './run-import-job.js';
import { failImportJob, findImportJob, firstAdminOf } from './store.js';

export interface ImportRunner {
  /** run (or continue) a job already marked running; `actor` is who the audit log names */
  start(workspaceId: string, jobId: string, actor?: Actor['actor']): void;
  idle(): Promise<void>;
}

export function createImportRunner(database: Database, options: { now: () => Date; batchSize?: number }): ImportRunner {
  const running = new Map<string, Promise<void>>();

  async function run(workspaceId: string, jobId: string, given: Actor['actor'] | undefined): Promise<void> {
    try {
      const actor = given ?? (await defaultActor(database, workspaceId, jobId));
      const runOptions: RunOptions = { actor: { workspaceId, actor }, now: options.now };
      if (options.batchSize !== undefined) runOptions.batchSize = options.batchSize;
      await runImportJob(database, workspaceId, jobId, runOptions);
    } catch (error) {
      console.error(`import ${jobId} failed:`, error);
      const reason = error instanceof Error ? error.message.slice(0, 500) : String(error);
      await failImportJob(database.db, workspaceId, jobId, reason).catch(() => undefined);
    }
  }

  return {
    start(workspaceId, jobId, actor) {
      if (running.has(jobId)) return;
      const task = run(workspaceId, jobId, actor).finally(() => running.delete(jobId));
      running.set(jobId, task);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
  };
}

/** Without a caller (a resumed job): the person who uploaded it, else the workspace's first admin. */
async function defaultActor(database: Database, workspaceId: string, jobId: string): Promise<Actor['actor']> {
  const job = await findImportJob(database.db, workspaceId, jobId);
  const userId = job?.createdBy ?? (await firstAdminOf(database.db, workspaceId));
  if (!userId) throw new Error('no one to record this import as: the workspace has no admin');
  return { type: 'user', id: userId };
}
