/**
 * Keeps scores fresh. Anything that changes an account's signals queues it in health_dirty:
 * account, subscription and sentiment changes by trigger; ingestion through health_dirty_log, in
 * the same statement as its rollups, which the worker moves into health_dirty before each claim
 * (dirty-log.ts). The worker claims queued accounts with FOR UPDATE SKIP LOCKED — so
 * several servers on one PostgreSQL share the queue — in a statement of its own, scores them in
 * a transaction, and then deletes the rows nobody queued again meanwhile: a crash mid-way leaves them
 * queued, and their claim expires after a minute. Queue rows another transaction holds locked
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
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { recomputeAllHealth } from './recompute-all.js';
import { refreshGoalsQuietly } from './refresh-goals-quietly.js';
import { scoreAccounts } from './score-accounts.js';
import { asDerivedWork, COMMIT_WITHOUT_WAITING, parallelReader } from './gather-signals.js';
import { clearNonCustomerScores, writeScores } from './write-scores.js';
import { moveLoggedUsage } from './dirty-log.js';
import { automationHandoff } from './automation-handoff.js';

/** How long a claim protects queued accounts from other workers; a crashed worker's claims expire. */
const CLAIM_LEASE_SECONDS = 60;
/** A queue row a pass scores: claimed (bumps as claimed) or only read (busy: another transaction holds it). */
type Claimed = { workspace_id: string; account_id: string; bumps: number; usage_from: string | null; queued_us: number };

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
  /** A workspace's first full pass, taken by one lane at a time (two would score everyone twice). */
  const firstPasses = serially();
  /** Every transaction of a pass: its writes are derived data (gather-signals.ts asDerivedWork). */
  const derived = <T>(work: (tx: Tx) => Promise<T>) => db.transaction(async (tx) => {
    await asDerivedWork(tx);
    return work(tx);
  });

  const handoff = automationHandoff(db, { onError: options.onError ?? console.error, onQueued: () => options.onScored?.() });

  /** One pass; `later`: do not wait for the scored accounts to reach the automation queue (the loops). */
  const pass = async (later: boolean): Promise<number> => {
    const at = now();
    const only = options.workspaceIds ? sql`and workspace_id = any(${pgArray(options.workspaceIds())}::uuid[])` : sql``;
    const today = at.toISOString().slice(0, 10);
    // 1. Claim in a statement of its own, so a change queueing the same accounts never
    //    waits for the scoring (measured: 5.7k → 16–17k events/s with 8 batches in flight).
    //    The claim takes usage_from over (claimed_usage_from, kept until the pass is done), so
    //    backdated events arriving meanwhile are told apart from those this pass handles.
    //    What ingestion logged since the last pass joins the queue first (dirty-log.ts). Both are
    //    statements on their own, committing without waiting for the disk (derived data).
    await moveLoggedUsage(db, options.workspaceIds?.());
    const claimed = await queryRows<Claimed>(db, sql`
      update health_dirty d set claimed_at = now(), usage_from = null,
        claimed_usage_from = least(d.claimed_usage_from, d.usage_from)
      where d.ctid = any(array(
        select ctid from health_dirty
        where (claimed_at is null or claimed_at < now() - ${`${CLAIM_LEASE_SECONDS} seconds`}::interval) ${only}
        order by queued_at limit ${batchSize} for update skip locked))
      returning d.workspace_id, d.account_id, d.bumps, d.claimed_usage_from::text as usage_from,
        (extract(epoch from d.queued_at) * 1000000)::bigint as queued_us, ${COMMIT_WITHOUT_WAITING} as async_commit`);
    //    Rows another transaction holds locked until it commits (an account edit queueing its
    //    account by trigger; when ingestion still queued here, the busiest accounts' rows were
    //    locked nearly all the time) are skipped there. So the queued rows older than the newest
    //    claimed (or all, when the claim took everything it could) are read without a lock and
    //    scored as well: what was committed is then in the score, and the row, neither claimed
    //    nor deleted, brings the account back once the transaction holding it commits.
    const cutoff = claimed.length < batchSize ? null : Math.max(...claimed.map((r) => Number(r.queued_us)));
    const peeked = await queryRows<Claimed>(db, sql`
      select workspace_id, account_id, bumps, usage_from::text as usage_from, 0 as queued_us from health_dirty
      where (claimed_at is null or claimed_at < now() - ${`${CLAIM_LEASE_SECONDS} seconds`}::interval)
        ${cutoff === null ? sql`` : sql`and queued_at < to_timestamp(${cutoff}::float8 / 1000000)`} ${only}
      order by queued_at limit ${batchSize}`);
    // (A row claimed above comes again here if a change bumped it since: scored once.)
    const claimedKeys = new Set(claimed.map((r) => `${r.workspace_id}/${r.account_id}`));
    const scored = [...claimed, ...peeked.filter((r) => !claimedKeys.has(`${r.workspace_id}/${r.account_id}`))];
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
    /** workspaces that had their first full pass: every account goes to the automation worker */
    const everyAccount: string[] = [];
    // Checked before the transaction: a lane waiting for another's first pass then holds no lock.
    const firstPassDue = await withoutFullPass(db, [...byWorkspace.keys()]);
    const score = () => derived(async (tx) => {
      const stillDue = firstPassDue.size > 0 ? await withoutFullPass(tx, [...firstPassDue]) : firstPassDue;
      for (const [workspaceId, { ids: accountIds, backdated }] of byWorkspace) {
        // A new or changed account may be the one waiting events name.
        await attachUnmatched(tx, workspaceId);
        // Never had a full pass (a new workspace): percentile tables do not exist yet, so score everyone once.
        if (stillDue.has(workspaceId)) {
          await recomputeAllHealth(tx, workspaceId, { now: at, today });
          // …and place every account in its tier and phase now, not at the next scheduled pass.
          everyAccount.push(workspaceId);
          continue;
        }
        const scorecards = await ensureScorecards(tx, workspaceId, at);
        const settings = await loadHealthSettings(tx, workspaceId);
        // The scores say when their data was read: every read below starts after this moment, so
        // whatever was committed by then is in them (the pass itself began some 50–150 ms earlier,
        // with the move and the claim, measured under load).
        const readFrom = now();
        const results = await scoreAccounts(tx, workspaceId, {
          asOf: today, live: true, accountIds, scorecards, settings, refreshPercentiles: false,
          incremental: { rebuild: backdated }, ...(parallel ? { parallel } : {}),
        });
        await writeScores(tx, workspaceId, results, { day: today, computedAt: readFrom });
        // An account asked for but not scored is no longer a customer (or gone): its live score goes.
        if (results.length < accountIds.length) await clearNonCustomerScores(tx, workspaceId, accountIds);
        await refreshGoalsQuietly(tx, workspaceId, accountIds, today);
      }
    });
    await (firstPassDue.size > 0 ? firstPasses(score) : score());
    // 3. Done, after the commit:
    //  - The scored accounts go to the automation worker (tiers, phases and playbooks read the new
    //    scores) through automation-handoff.ts, which a loop's pass does not wait for: the insert
    //    waits for queue rows the automation worker is evaluating. Not in the scoring transaction
    //    either, where that wait would hold back the new scores.
    //  - In one statement (committing without waiting for the disk), delete the queue rows nobody
    //    queued again meanwhile (a bump also released the claim), and forget the backdated usage
    //    this pass handled on the others. A row locked right now is being queued again by a change
    //    still in flight: it is skipped, never waited for, so the worker and that change never
    //    queue up behind each other. (Should the change roll back, the row stays claimed and is
    //    scored again once the lease runs out.) New usage meanwhile is still in health_dirty_log,
    //    and brings its accounts back at the next pass. Rows are addressed by ctid, found under
    //    the lock: a plan joining the keys could walk the whole table once per row.
    const handedOff = handoff.add(scored, everyAccount);
    if (!later) await handedOff;
    const done = JSON.stringify(scored.filter((r) => claimedKeys.has(`${r.workspace_id}/${r.account_id}`))
      .map((r) => ({ w: r.workspace_id, a: r.account_id, b: r.bumps })));
    await db.execute(sql`
      with claimed as (select * from json_to_recordset(${done}::json) as c(w uuid, a uuid, b int))
      , mine as (
        select x.ctid as row, x.bumps = c.b as unchanged from health_dirty x
        join claimed c on x.workspace_id = c.w and x.account_id = c.a
        for update of x skip locked
      )
      , deleted as (
        delete from health_dirty d where d.ctid = any(array(select row from mine where unchanged))
      )
      , released as (
        update health_dirty d set claimed_usage_from = null
        where d.ctid = any(array(select row from mine where not unchanged)) and d.claimed_usage_from is not null
      )
      select ${COMMIT_WITHOUT_WAITING}`);
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

  const onError = options.onError ?? console.error;
  // The queue and the scores are rewritten every pass (vacuum-tables.ts).
  const vacuum = tableVacuum(db, ['health_dirty_log', 'health_dirty', 'health_scores'], { everyMs: VACUUM_EVERY_MS, onError });

  // Each lane claims its own accounts (SKIP LOCKED, and a claimed row is not claimed again) and
  // rests after its own passes, so the lanes drift apart and one scores while the other waits.
  const loops = Array.from({ length: lanes }, (_, lane) => createPollLoop({
    pollMs,
    onError,
    pass: async () => {
      const scored = await pass(true);
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
    stop: async () => { await Promise.all(loops.map((loop) => loop.stop())); },
    drainOnce: () => pass(false),
    drain: () => drainAll(() => pass(false)),
  };
}
