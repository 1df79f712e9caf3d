/**
 * Vacuums a worker's busiest tables now and then, from the worker itself. A queue row is
 * written and deleted many times a second under load, and each write leaves a dead row version
 * behind until a VACUUM: PGlite has no autovacuum at all, and a PostgreSQL server may have it
 * off (this project's CI machines do) or reach a hot table only once a minute. Left alone, the
 * queue of 2,000 accounts grew to 270,000 dead rows and 19 MB in four minutes of ingestion, and
 * every claim walked them. VACUUM only visits pages changed since the last one, so a frequent
 * one is short; SKIP_LOCKED skips a table someone is altering rather than waiting for it.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';

/** How often a busy worker vacuums its tables: a few seconds of dead rows, a vacuum of milliseconds. */
export const VACUUM_EVERY_MS = 10_000;

export interface TableVacuum {
  /** vacuums the tables when `everyMs` has passed since the last time; never throws (errors go to onError) */
  maybe(): Promise<void>;
}

export function tableVacuum(db: Db, tables: readonly string[], options: { everyMs: number; onError: (error: unknown) => void; now?: () => number }): TableVacuum {
  const now = options.now ?? Date.now;
  let last = now();
  // ANALYZE too: with autovacuum off nothing else gives the planner these tables' statistics.
  const statement = sql.raw(`vacuum (analyze, skip_locked) ${tables.join(', ')}`);
  return {
    async maybe() {
      if (now() - last < options.everyMs) return;
      last = now();
      try {
        await db.execute(statement);
      } catch (error) {
        options.onError(error);
      }
    },
  };
}
