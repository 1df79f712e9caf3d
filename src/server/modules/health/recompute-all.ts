/**
 * A full recompute of one workspace: every account scored from the rollups as of today,
 * each scorecard's percentile tables refreshed, scores and today's history written, goals bound
 * to a measure brought up to date, and the
 * dirty queue of those accounts cleared — one transaction, so a crash leaves yesterday's
 * scores and the queue intact. Run by `kizuna recompute`, the nightly pass, after a scorecard
 * is saved, and after the demo loads.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { ensureScorecards, loadHealthSettings, markFullRecompute, savePercentiles } from './scorecard-store.js';
import { gatherFor, prepareScoring, scoreInChunks, withoutJit } from './score-accounts.js';
import { clearNonCustomerScores, WRITE_CHUNK, writeScores } from './write-scores.js';
import { refreshGoalsQuietly } from './refresh-goals-quietly.js';
import { parallelReader } from './gather-signals.js';

export interface RecomputeOptions {
  /** 'YYYY-MM-DD' (UTC), the day scored; defaults to the date of `now` */
  today?: string;
  now?: Date;
}

export async function recomputeAllHealth(db: Db | Tx, workspaceId: string, options: RecomputeOptions = {}): Promise<{ accounts: number }> {
  const now = options.now ?? new Date();
  const today = options.today ?? now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    await withoutJit(tx);
    const scorecards = await ensureScorecards(tx, workspaceId, now);
    const settings = await loadHealthSettings(tx, workspaceId);
    // On PostgreSQL the reads run in parallel outside this transaction, which only writes.
    const parallel = parallelReader(db);
    const options = { asOf: today, live: true, scorecards, settings, refreshPercentiles: true, ...(parallel ? { parallel } : {}) };
    const prepared = prepareScoring([...(await gatherFor(tx, workspaceId, options)).values()], options);
    for (const scorecard of scorecards) {
      await savePercentiles(tx, workspaceId, scorecard.id, scorecard.version, scorecard.percentiles);
    }
    await writeScores(tx, workspaceId, scoreInChunks(prepared, WRITE_CHUNK), { day: today, computedAt: now });
    await clearNonCustomerScores(tx, workspaceId);
    await refreshGoalsQuietly(tx, workspaceId, undefined, today);
    // The worker's usage bases are a cache of the rollups: rebuilt from them when next needed.
    await tx.execute(sql`delete from health_usage_bases where workspace_id = ${workspaceId}::uuid`);
    // (Usage still in health_dirty_log stays: the worker moves it and scores those accounts again,
    // for this pass's reads may have begun before it was committed.)
    await tx.execute(sql`delete from health_dirty where workspace_id = ${workspaceId}::uuid and queued_at <= ${now.toISOString()}::timestamptz`);
    await markFullRecompute(tx, workspaceId, today);
    return { accounts: prepared.length };
  });
}
