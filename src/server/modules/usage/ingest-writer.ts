/**
 * Group commit for ingestion. Track-only requests (the bulk of traffic) queue here, and a few
 * lanes write them: a lane that comes free takes every request waiting for the same workspace,
 * up to `maxEvents`, and stores them in one statement (store-events.ts storeEventBatches), each
 * request answered with its own counts once that statement has committed.
 *
 * Why: under a burst, eight requests at once each ran their own statement on two cores. They
 * waited on each other's locks on the day's rollup rows (sampled in pg_stat_activity), and each
 * wrote its own rollup rows where one statement for all of them writes fewer: 1.54 rollup rows
 * an event with eight bench batches merged, 1.88 one at a time. Measured on one connection with
 * 150,000 events: about 24 µs of database time an event four batches at a time, 25–33 µs one at
 * a time. With the lanes busy, waiting requests merge, so the busier ingestion is, the bigger
 * and fewer its statements; when it is quiet, a request is written at once, on its own.
 *
 * Failure: a deadlock or serialization failure retries the statement (up to 4 attempts). Any
 * other error of a merged statement writes its requests again one by one, so a request that
 * cannot be stored fails alone, and the others are stored as if they had come on their own.
 */
import type { Db } from '../../db/connect.js';
import { parallelReader } from '../health/gather-signals.js';
import { storeEventBatches, type EncodedEvents, type StoredBatch } from './store-events.js';

export interface IngestWriter {
  /** stores one request's track events (committed when it resolves) and resolves with that request's counts */
  store(workspaceId: string, events: EncodedEvents): Promise<StoredBatch>;
  /** statements written so far (for tests and the bench) */
  statements(): number;
}

interface Waiting {
  workspaceId: string;
  events: EncodedEvents;
  resolve: (stored: StoredBatch) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_LANES = 2;
const DEFAULT_MAX_EVENTS = 8_000;

type StoreBatches = (workspaceId: string, batches: EncodedEvents[]) => Promise<StoredBatch[]>;

/**
 * @param options.lanes statements at once (KIZUNA_INGEST_LANES; default 2 on a PostgreSQL pool, as the
 *   machines Kizuna is measured on have two cores, and 1 on PGlite)
 * @param options.store how a group is written (tests pass a fake)
 */
export function createIngestWriter(
  db: Db,
  options: { lanes?: number; maxEvents?: number; store?: StoreBatches } = {},
): IngestWriter {
  const store: StoreBatches = options.store ?? ((workspaceId, batches) => storeEventBatches(db, workspaceId, batches));
  // PGlite runs one statement at a time: a second lane would only wait there, unable to take in
  // requests arriving meanwhile.
  const defaultLanes = parallelReader(db) ? DEFAULT_LANES : 1;
  const lanes = Math.max(1, options.lanes ?? (Number(process.env.KIZUNA_INGEST_LANES) || defaultLanes));
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const waiting: Waiting[] = [];
  let busy = 0;
  let statements = 0;

  /** The first waiting request and every later one of its workspace, while they fit. */
  const takeGroup = (): Waiting[] => {
    const first = waiting[0];
    if (!first) return [];
    const group: Waiting[] = [];
    let events = 0;
    for (let i = 0; i < waiting.length;) {
      const next = waiting[i] as Waiting;
      if (next.workspaceId !== first.workspaceId) {
        i += 1;
        continue;
      }
      if (group.length > 0 && events + next.events.count > maxEvents) break;
      group.push(next);
      events += next.events.count;
      waiting.splice(i, 1);
    }
    return group;
  };

  const write = async (workspaceId: string, batches: EncodedEvents[]): Promise<StoredBatch[]> => {
    statements += 1;
    return retryConflicts(() => store(workspaceId, batches));
  };

  const run = async (group: Waiting[]): Promise<void> => {
    const workspaceId = (group[0] as Waiting).workspaceId;
    try {
      const results = await write(workspaceId, group.map((w) => w.events));
      group.forEach((w, i) => w.resolve(results[i] as StoredBatch));
    } catch (error) {
      if (group.length === 1) {
        (group[0] as Waiting).reject(error);
        return;
      }
      for (const w of group) {
        try {
          const [result] = await write(workspaceId, [w.events]);
          w.resolve(result as StoredBatch);
        } catch (own) {
          w.reject(own);
        }
      }
    }
  };

  const pump = () => {
    while (busy < lanes && waiting.length > 0) {
      const group = takeGroup();
      busy += 1;
      void run(group).finally(() => {
        busy -= 1;
        pump();
      });
    }
  };

  return {
    store(workspaceId, events) {
      if (events.count === 0) return Promise.resolve({ stored: 0, duplicates: 0, unmatched: 0 });
      return new Promise<StoredBatch>((resolve, reject) => {
        waiting.push({ workspaceId, events, resolve, reject });
        pump();
      });
    },
    statements: () => statements,
  };
}

const RETRYABLE = new Set(['40P01', '40001']);

/** Runs `attempt` again (up to 4 times in all) when PostgreSQL reports a deadlock or a serialization failure. */
export async function retryConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      if (n >= 4 || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * n * Math.random()));
    }
  }
}
