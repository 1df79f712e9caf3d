/**
 * Keeps scores fresh. Anything that changes an account's signals queues it in health_dirty
 * (ingestion in the same statement as its rollups; account, subscription and sentiment
 * changes by trigger). The worker claims queued accounts with FOR UPDATE SKIP LOCKED — so
 * several servers on one PostgreSQL share the queue — in a short transaction, scores them in a
 * second, and then deletes the rows nobody queued again meanwhile: a crash mid-way leaves them
 * queued, and their claim expires after a minute. It wakes when poked (after an
 * ingest), else polls; once a day it runs the full pass for every workspace.
 */
import { sql } from 'drizzle-orm';
import { createPollLoop, drainAll } from '../../workers/poll-loop.js';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { attachUnmatched } from '../usage/attach-unmatched.js';
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { recomputeAllHealth } from './recompute-all.js';
import { refreshGoalsQuietly } from './refresh-goals-quietly.js';
import { scoreAccounts, withoutJit } from './score-accounts.js';
import { clearNonCustomerScores, writeScores } from './write-scores.js';

/** How long a claim protects queued accounts from other workers; a crashed worker's claims expire. */
const CLAIM_LEASE_SECONDS = 60;

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
  /** run the nightly full pass (the server does; tests usually do not) */
  nightly?: boolean;
  /** hour (UTC) from which the nightly pass may run; 18 UTC is 03:00 in Japan */
  nightlyHourUtc?: number;
  /** the nightly pass only for this workspace (tests sharing one database with other suites) */
  nightlyWorkspaceId?: string;
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

async function hadFullRecompute(tx: Tx, workspaceId: string): Promise<boolean> {
  const [row] = await queryRows<{ day: string | null }>(tx, sql`
    select last_full_recompute_on::text as day from health_settings where workspace_id = ${workspaceId}::uuid`);
  return Boolean(row?.day);
}

export function createHealthWorker(db: Db, options: HealthWorkerOptions = {}): HealthWorker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 500;
  const settleMs = options.settleMs ?? 150;
  const restRatio = options.restRatio ?? 0.5;
  let lastNightlyCheck = 0;

  const drainOnce = async (): Promise<number> => {
    const at = now();
    const today = at.toISOString().slice(0, 10);
    // 1. Claim in a statement of its own, so ingestion queueing the same accounts never
    //    waits for the scoring (measured: 5.7k → 16–17k events/s with 8 batches in flight).
    //    The claim takes usage_from over (claimed_usage_from, kept until the pass is done), so
    //    backdated events arriving meanwhile are told apart from those this pass handles.
    const claimed = await queryRows<{ workspace_id: string; account_id: string; bumps: number; usage_from: string | null }>(db, sql`
      update health_dirty d set claimed_at = now(), usage_from = null,
        claimed_usage_from = least(d.claimed_usage_from, d.usage_from)
      from (select workspace_id, account_id from health_dirty
            where claimed_at is null or claimed_at < now() - ${`${CLAIM_LEASE_SECONDS} seconds`}::interval
            order by queued_at limit ${batchSize} for update skip locked) c
      where d.workspace_id = c.workspace_id and d.account_id = c.account_id
      returning d.workspace_id, d.account_id, d.bumps, d.claimed_usage_from::text as usage_from`);
    if (claimed.length === 0) return 0;
    // Per workspace: the accounts, and those with usage dated before today (their usage base is rebuilt).
    const byWorkspace = new Map<string, { ids: string[]; backdated: string[] }>();
    for (const row of claimed) {
      let group = byWorkspace.get(row.workspace_id);
      if (!group) byWorkspace.set(row.workspace_id, (group = { ids: [], backdated: [] }));
      group.ids.push(row.account_id);
      if (row.usage_from !== null && row.usage_from < today) group.backdated.push(row.account_id);
    }
    // 2. Score. A crash here leaves the rows claimed; another worker takes them over after the lease.
    const forAutomation: { workspaceId: string; accountIds: string[] | null }[] = [];
    await db.transaction(async (tx) => {
      await withoutJit(tx);
      for (const [workspaceId, { ids: accountIds, backdated }] of byWorkspace) {
        // A new or changed account may be the one waiting events name.
        await attachUnmatched(tx, workspaceId);
        // Never had a full pass (a new workspace): percentile tables do not exist yet, so score everyone once.
        if (!(await hadFullRecompute(tx, workspaceId))) {
          await recomputeAllHealth(tx, workspaceId, { now: at, today });
          // …and place every account in its tier and phase now, not at the next scheduled pass.
          forAutomation.push({ workspaceId, accountIds: null });
          continue;
        }
        const scorecards = await ensureScorecards(tx, workspaceId, at);
        const settings = await loadHealthSettings(tx, workspaceId);
        const scored = await scoreAccounts(tx, workspaceId, {
          asOf: today, live: true, accountIds, scorecards, settings, refreshPercentiles: false,
          incremental: { rebuild: backdated },
        });
        await writeScores(tx, workspaceId, scored, { day: today, computedAt: at });
        await clearNonCustomerScores(tx, workspaceId, accountIds);
        await refreshGoalsQuietly(tx, workspaceId, accountIds, today);
        forAutomation.push({ workspaceId, accountIds });
      }
    });
    // Tiers, phases and playbooks read the new scores: the automation worker takes it from here.
    // Queued after the commit, not in the scoring transaction: a row the automation worker is
    // evaluating stays locked until it is done, and waiting for it there would hold back the new
    // scores. (Should the process die in between, the automation's 15-minute pass catches up.)
    for (const { workspaceId, accountIds } of forAutomation) {
      await db.execute(sql`
        insert into automation_dirty (workspace_id, account_id)
        select workspace_id, id from accounts
        where workspace_id = ${workspaceId}::uuid ${accountIds ? sql`and id = any(${pgArray(accountIds)}::uuid[])` : sql``}
        order by id
        on conflict do nothing`);
    }
    // 3. Done: delete the rows nobody queued again meanwhile (a bump also released the claim), and
    //    forget the backdated usage this pass handled on the others. A row locked right now is being
    //    queued again by an ingest still in flight: it is skipped, never waited for, so the worker
    //    and ingestion never queue up behind each other. (Should that ingest roll back, the row
    //    stays claimed and is scored again once the lease runs out.)
    const done = JSON.stringify(claimed.map((r) => ({ w: r.workspace_id, a: r.account_id, b: r.bumps })));
    await db.execute(sql`
      with mine as (
        select x.workspace_id, x.account_id, x.bumps = c.b as unchanged from health_dirty x
        join json_to_recordset(${done}::json) as c(w uuid, a uuid, b int)
          on x.workspace_id = c.w and x.account_id = c.a
        for update of x skip locked
      )
      , deleted as (
        delete from health_dirty d using mine
        where mine.unchanged and d.workspace_id = mine.workspace_id and d.account_id = mine.account_id
      )
      update health_dirty d set claimed_usage_from = null from mine
      where not mine.unchanged and d.workspace_id = mine.workspace_id and d.account_id = mine.account_id
        and d.claimed_usage_from is not null`);
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

  const loop = createPollLoop({
    pollMs,
    onError: options.onError ?? console.error,
    pass: async () => {
      const scored = await drainOnce();
      if (scored > 0) options.onScored?.();
      if (scored < batchSize) await nightly();
      return scored >= batchSize;
    },
    // Rest before the next pass even when poked; pokes meanwhile are remembered.
    restAfter: (took) => Math.max(settleMs - took, took * restRatio),
  });

  return {
    poke: loop.poke,
    start: loop.start,
    stop: loop.stop,
    drainOnce,
    drain: () => drainAll(drainOnce),
  };
}
