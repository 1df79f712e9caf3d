/**
 * Keeps scores fresh. Anything that changes an account's signals queues it in health_dirty:
 * account, subscription and sentiment changes by trigger; ingestion through health_dirty_log, in
 * the same statement as its rollups, which the worker moves into health_dirty before each claim
 * (dirty-log.ts). The worker claims queued accounts with FOR UPDATE SKIP LOCKED — so
 * several servers on one PostgreSQL share the queue — in a statement of its own (queue-claims.ts),
 * scores them, writes the scores (one statement, or a transaction when more than scores changes),
 * and then deletes the rows nobody queued again meanwhile: a crash mid-way leaves them queued, and
 * their claim expires after a minute. Queue rows another transaction holds locked
 * (until it commits) cannot be claimed; they are scored all the same, from what is committed, and
 * stay queued. Its writes are derived data and commit without waiting for the disk (asDerivedWork).
 * It wakes when poked (after an ingest), else polls; once a day it runs the full pass for every
 * workspace.
 */
import { sql } from 'drizzle-orm';
import { createPollLoop, drainAll } from '../../workers/poll-loop.js';
import { holdWhileIngestBusy } from '../../workers/load-gauge.js';
import { tableVacuum, VACUUM_EVERY_MS } from '../../workers/vacuum-tables.js';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { attachUnmatched } from '../usage/attach-unmatched.js';
import { ensureScorecards } from './scorecard-store.js';
import { recomputeAllHealth } from './recompute-all.js';
import { refreshGoalsQuietly } from './refresh-goals-quietly.js';
import { scoreAccounts } from './score-accounts.js';
import { asDerivedWork, parallelReader } from './gather-signals.js';
import { clearNonCustomerScores, WRITE_CHUNK, writeScores } from './write-scores.js';
import { passContext, scorecardCache } from './pass-context.js';
import { moveLoggedUsage } from './dirty-log.js';
import { automationHandoff } from './automation-handoff.js';
import { claimQueued, finishClaims } from './queue-claims.js';

export interface HealthWorkerOptions {
  now?: () => Date;
  /** accounts per claim */
  batchSize?: number;
  pollMs?: number;
  /**
   * After a pass the worker rests at least this long (ms), so a stream of small ingests is
   * scored in batches rather than account by account as each one lands…
   */
  settleMs?: number;
  /**
   * …and at least this fraction of the pass's own duration, so under sustained load the worker
   * takes at most 1 ÷ (1 + restRatio) of the server's time and ingestion keeps the rest.
   */
  restRatio?: number;
  /**
   * The fewest ingest requests in flight at any moment of the last second (segment-routes.ts, workers/load-gauge.ts).
   * While ingestion is saturated the worker holds after each rest, up to `busyRestRatio` × the
   * pass (at most MAX_HOLD_MS; the lanes but the first for as long as it stays saturated), so
   * senders waiting on their batches get the database first.
   */
  ingestLoad?: () => number;
  busyRestRatio?: number;
  /**
   * Passes running at once, each in its own loop (default: 2 on a PostgreSQL pool, 1 on PGlite's
   * one connection). A pass waits on some twenty round trips one after another, and under load
   * each waits its turn; two passes overlap their waits.
   */
  lanes?: number;
  /** run the nightly full pass (the server does; tests usually do not) */
  nightly?: boolean;
  /** hour (UTC) from which the nightly pass may run; 18 UTC is 03:00 in Japan */
  nightlyHourUtc?: number;
  /** the nightly pass only for this workspace (tests sharing one database with other suites) */
  nightlyWorkspaceId?: string;
  /** only the queue rows of these workspaces (tests sharing one database with other suites); every workspace when absent */
  workspaceIds?: () => readonly string[];
  onError?: (error: unknown) => void;
  /** called after a pass scored accounts (and queued them in automation_dirty): wakes the automation worker */
  onScored?: () => void;
}

export interface HealthWorker {
  poke(): void;
  start(): void;
  stop(): Promise<void>;
  /** claims and scores one batch; returns how many accounts it scored */
  drainOnce(): Promise<number>;
  /** drains until the queue is empty */
  drain(): Promise<number>;
}

/** Those of these workspaces that never had a full pass (a new workspace). A full pass is never undone. */
async function withoutFullPass(db: Db | Tx, workspaceIds: readonly string[]): Promise<Set<string>> {
  const done = await queryRows<{ id: string }>(db, sql`
    select workspace_id as id from health_settings
    where workspace_id = any(${pgArray(workspaceIds)}::uuid[]) and last_full_recompute_on is not null`);
  const had = new Set(done.map((r) => r.id));
  return new Set(workspaceIds.filter((id) => !had.has(id)));
}

/** Runs tasks one at a time, in the order they asked. */
function serially(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createHealthWorker(db: Db, options: HealthWorkerOptions = {}): HealthWorker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 500;
  const settleMs = options.settleMs ?? 150;
  const restRatio = options.restRatio ?? 0.2;
  const busyRestRatio = options.busyRestRatio ?? 9;
  let lastNightlyCheck = 0;
  // On PostgreSQL the usage reads run beside each other on pool connections of their own.
  const parallel = parallelReader(db);
  const lanes = Math.max(1, options.lanes ?? (parallel ? 2 : 1));
  /** Each workspace's scorecards, kept while their stamp stays the same (pass-context.ts). */
  const scorecardsOf = scorecardCache((workspaceId) => db.transaction((tx) => ensureScorecards(tx, workspaceId, now())));
  /** A workspace's first full pass, taken by one lane at a time (two would score everyone twice). */
  const firstPasses = serially();
  /** Every transaction of a pass: its writes are derived data (gather-signals.ts asDerivedWork). */
  const derived = <T>(work: (tx: Tx) => Promise<T>) => db.transaction(async (tx) => {
    await asDerivedWork(tx);
    return work(tx);
  });

  const handoff = automationHandoff(db, { onError: options.onError ?? console.error, onQueued: () => options.onScored?.() });

  /**
   * Each lane's last clean-up (queue-claims.ts finishClaims), which the lane's loop does not wait
   * for before it rests: its next pass does, before it moves and claims. (At 17,000 events/s the
   * clean-up took a median of 59 ms a pass, and the lane rested only after it.)
   */
  const finishing = new Map<number, Promise<void>>();
  const onError = options.onError ?? console.error;

  /**
   * One pass. `lane`: a loop's pass, which neither waits for the scored accounts to reach the
   * automation queue nor for its clean-up; undefined (drain, drainOnce) waits for both.
   */
  const pass = async (lane?: number): Promise<number> => {
    const later = lane !== undefined;
    if (later) await finishing.get(lane);
    const at = now();
    const today = at.toISOString().slice(0, 10);
    // 1. Claim in a statement of its own (queue-claims.ts), so a change queueing the same
    //    accounts never waits for the scoring (measured: 5.7k → 16–17k events/s with 8 batches
    //    in flight). What ingestion logged since the last pass joins the queue first
    //    (dirty-log.ts). Both commit without waiting for the disk (derived data). Rows another
    //    transaction holds locked are scored too, without a claim.
    await moveLoggedUsage(db, options.workspaceIds?.());
    const { claimed, scored } = await claimQueued(db, { batchSize, workspaceIds: options.workspaceIds?.() });
    if (scored.length === 0) return 0;
    // Per workspace: the accounts, and those with usage dated before today (their usage base is rebuilt).
    const byWorkspace = new Map<string, { ids: string[]; backdated: string[] }>();
    for (const row of scored) {
      let group = byWorkspace.get(row.workspace_id);
      if (!group) byWorkspace.set(row.workspace_id, (group = { ids: [], backdated: [] }));
      group.ids.push(row.account_id);
      if (row.usage_from !== null && row.usage_from < today) group.backdated.push(row.account_id);
    }
    // 2. Score. A crash here leaves the rows claimed; another worker takes them over after the lease.
    //    What the pass must know of each workspace comes in one statement (pass-context.ts).
    const context = await passContext(db, [...byWorkspace.keys()]);
    /** workspaces that had their first full pass: every account goes to the automation worker */
    const everyAccount: string[] = [];
    for (const [workspaceId, { ids: accountIds, backdated }] of byWorkspace) {
      const known = context.get(workspaceId);
      if (!known) continue; // the workspace is gone
      // Never had a full pass (a new workspace): percentile tables do not exist yet, so score
      // everyone once, one lane at a time (checked again inside: another lane may just have).
      if (!known.fullPassDone) {
        await firstPasses(() => derived(async (tx) => {
          if ((await withoutFullPass(tx, [workspaceId])).size === 0) return;
          await attachUnmatched(tx, workspaceId);
          await recomputeAllHealth(tx, workspaceId, { now: at, today });
          // …and place every account in its tier and phase now, not at the next scheduled pass.
          everyAccount.push(workspaceId);
        }));
        continue;
      }
      // The scorecards before any transaction: loading them may open one of its own.
      const scorecards = await scorecardsOf(workspaceId, known.scorecardStamp);
      const scoreWorkspace = async (q: Tx, inTransaction: boolean) => {
        // A new or changed account may be the one waiting events name (with no transaction, a
        // statement of its own: attaching is complete in itself).
        if (known.unmatchedEvents) await attachUnmatched(q, workspaceId);
        // The scores say when their data was read: every read below starts after this moment, so
        // whatever was committed by then is in them (the pass itself began some 50–150 ms earlier,
        // with the move and the claim, measured under load).
        const readFrom = now();
        const results = await scoreAccounts(q, workspaceId, {
          asOf: today, live: true, accountIds, scorecards, settings: known.settings, refreshPercentiles: false,
          incremental: { rebuild: backdated }, ...(parallel ? { parallel } : {}),
        });
        const write = { day: today, computedAt: readFrom, skipDeleted: true };
        // An account asked for but not scored is no longer a customer (or gone): its live score goes.
        const gone = results.length < accountIds.length;
        const writeAll = async (tx: Tx) => {
          await writeScores(tx, workspaceId, results, write);
          if (gone) await clearNonCustomerScores(tx, workspaceId, accountIds);
          if (known.boundGoals) await refreshGoalsQuietly(tx, workspaceId, accountIds, today);
        };
        if (inTransaction) await writeAll(q);
        // The usual pass: one statement, committing on its own without waiting for the disk.
        else if (!gone && !known.boundGoals && results.length <= WRITE_CHUNK) await writeScores(q, workspaceId, results, { ...write, alone: true });
        else await derived(writeAll);
      };
      // PostgreSQL reads on pool connections of their own and writes as above. PGlite has one
      // connection: there the whole scoring is one transaction, as it always was, which keeps the
      // connection until it is done (statements of their own would let ingestion in between each).
      await (parallel ? scoreWorkspace(db, false) : derived((tx) => scoreWorkspace(tx, true)));
    }
    // 3. Done, after the commit:
    //  - The scored accounts go to the automation worker (tiers, phases and playbooks read the new
    //    scores) through automation-handoff.ts, which a loop's pass does not wait for: the insert
    //    waits for queue rows the automation worker is evaluating. Not with the scores either,
    //    where that wait would hold back the new scores.
    //  - Delete the queue rows nobody queued again meanwhile (queue-claims.ts).
    const handedOff = handoff.add(scored, everyAccount);
    if (!later) await handedOff;
    const finished = finishClaims(db, claimed);
    if (later) {
      // Reported here; the next pass only waits for it.
      finishing.set(lane, finished.catch(onError));
    } else await finished;
    return claimed.length;
  };

  const nightly = async () => {
    const at = now();
    if (!options.nightly || at.getTime() - lastNightlyCheck < 60_000) return;
    lastNightlyCheck = at.getTime();
    if (at.getUTCHours() < (options.nightlyHourUtc ?? 18)) return;
    const today = at.toISOString().slice(0, 10);
    const due = await queryRows<{ id: string }>(db, sql`
      select w.id from workspaces w
      left join health_settings s on s.workspace_id = w.id
      where (s.last_full_recompute_on is null or s.last_full_recompute_on < ${today}::date)
        ${options.nightlyWorkspaceId ? sql`and w.id = ${options.nightlyWorkspaceId}::uuid` : sql``}`);
    for (const { id } of due) await recomputeAllHealth(db, id, { now: at, today });
  };

  // The queue and the scores are rewritten every pass (vacuum-tables.ts).
  const vacuum = tableVacuum(db, ['health_dirty_log', 'health_dirty', 'health_scores'], { everyMs: VACUUM_EVERY_MS, onError });

  // Each lane claims its own accounts (SKIP LOCKED, and a claimed row is not claimed again) and
  // rests after its own passes, so the lanes drift apart and one scores while the other waits.
  const loops = Array.from({ length: lanes }, (_, lane) => createPollLoop({
    pollMs,
    onError,
    pass: async () => {
      const scored = await pass(lane);
      if (scored > 0) await vacuum.maybe();
      if (scored < batchSize) await nightly();
      return scored >= batchSize;
    },
    // Rest before the next pass even when poked; pokes meanwhile are remembered.
    restAfter: (took) => Math.max(settleMs - took, took * restRatio),
    // While ingestion has more batches in flight than it can work on at once, senders are waiting
    // on the database: scoring yields, for a while, never for long. Then only the first lane
    // scores (the others hold for as long as ingestion stays saturated), at most a tenth of the time.
    hold: !options.ingestLoad ? undefined : lane === 0
      ? holdWhileIngestBusy(options.ingestLoad, busyRestRatio)
      : holdWhileIngestBusy(options.ingestLoad, Infinity, Infinity),
  }));

  return {
    poke: () => loops.forEach((loop) => loop.poke()),
    start: () => loops.forEach((loop) => loop.start()),
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      await Promise.all(finishing.values());
    },
    drainOnce: () => pass(),
    drain: () => drainAll(() => pass()),
  };
}
