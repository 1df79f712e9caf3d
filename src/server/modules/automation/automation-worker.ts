/**
 * Keeps tiers, phases and playbooks current. The health worker queues every account it scored in
 * automation_dirty and pokes this worker; the worker claims a batch with FOR UPDATE SKIP LOCKED
 * (several servers share the queue) and, in the same transaction, deletes the rows and evaluates
 * each workspace's accounts — so a crash leaves them queued, and a row queued again meanwhile
 * waits for the commit and survives it. Each workspace runs in a savepoint: one failing
 * workspace is reported and the others go on. Every 15 minutes each workspace also gets a full
 * pass (every account; `automation_state.last_scheduled_at`, claimed by one server only), which
 * is what catches time passing: renewals coming near, cadences running out, events of accounts
 * nobody rescored.
 */
import { sql } from 'drizzle-orm';
import { createPollLoop, drainAll } from '../../workers/poll-loop.js';
import { tableVacuum, VACUUM_EVERY_MS } from '../../workers/vacuum-tables.js';
import { queryRows, type Db } from '../../db/connect.js';
import { evaluateWorkspace } from './evaluate-workspace.js';
import { holdWhileIngestBusy } from '../../workers/load-gauge.js';

export const SCHEDULE_EVERY_MS = 15 * 60_000;

export interface AutomationWorkerOptions {
  now?: () => Date;
  /** accounts per claim */
  batchSize?: number;
  pollMs?: number;
  /** run the scheduled pass from the loop (the server does; tests call scheduledPass by hand) */
  scheduled?: boolean;
  scheduleEveryMs?: number;
  /** only this workspace (tests that share one database with other suites) */
  workspaceId?: string;
  /**
   * After a pass the worker rests at least this long (ms), so the accounts the health worker
   * rescores again and again under a stream of usage gather in the queue (one row each) and are
   * evaluated once per rest rather than after every health pass…
   */
  settleMs?: number;
  /** …and at least this multiple of the pass's own duration, so it never takes more than half the server's time. */
  restRatio?: number;
  /** ingestion's load (workers/load-gauge.ts): while it reads saturated the worker holds after each rest, as the health worker does */
  ingestLoad?: () => number;
  onError?: (error: unknown) => void;
}

export interface AutomationWorker {
  poke(): void;
  start(): void;
  stop(): Promise<void>;
  /** claims and evaluates one batch of queued accounts; returns how many */
  drainOnce(): Promise<number>;
  /** drains until the queue is empty */
  drain(): Promise<number>;
  /** the full pass of every workspace whose last one is older than the schedule; returns how many workspaces ran */
  scheduledPass(): Promise<number>;
}

export function createAutomationWorker(db: Db, options: AutomationWorkerOptions = {}): AutomationWorker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 1000;
  const settleMs = options.settleMs ?? 1000;
  const restRatio = options.restRatio ?? 1;
  const everyMs = options.scheduleEveryMs ?? SCHEDULE_EVERY_MS;
  const report = options.onError ?? ((error: unknown) => console.error('automation:', error));
  let lastScheduleCheck = 0;
  const only = (column: string) => (options.workspaceId ? sql`and ${sql.raw(column)} = ${options.workspaceId}::uuid` : sql``);

  const drainOnce = () => db.transaction(async (tx) => {
    const at = now();
    const claimed = await queryRows<{ workspace_id: string; account_id: string }>(tx, sql`
      delete from automation_dirty d
      where d.ctid = any(array(
        select ctid from automation_dirty where true ${only('workspace_id')} order by queued_at limit ${batchSize} for update skip locked))
      returning d.workspace_id, d.account_id`);
    const byWorkspace = new Map<string, string[]>();
    for (const row of claimed) byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row.account_id]);
    for (const [workspaceId, accountIds] of byWorkspace) {
      try {
        await tx.transaction((sp) => evaluateWorkspace(sp, workspaceId, accountIds, at));
      } catch (error) {
        // Rolled back to the savepoint; the scheduled pass evaluates these accounts again.
        report(error);
      }
    }
    return claimed.length;
  });

  const scheduledPass = async (): Promise<number> => {
    const at = now();
    const dueBefore = new Date(at.getTime() - everyMs).toISOString();
    const due = await queryRows<{ id: string }>(db, sql`
      select w.id from workspaces w left join automation_state s on s.workspace_id = w.id
      where (s.last_scheduled_at is null or s.last_scheduled_at <= ${dueBefore}::timestamptz) ${only('w.id')}
      order by s.last_scheduled_at nulls first`);
    let ran = 0;
    for (const { id } of due) {
      try {
        ran += await db.transaction(async (tx) => {
          // Claim the workspace's pass: of two servers, the second finds it already taken.
          const claim = await queryRows<{ workspace_id: string }>(tx, sql`
            insert into automation_state (workspace_id, last_scheduled_at) values (${id}::uuid, ${at.toISOString()}::timestamptz)
            on conflict (workspace_id) do update set last_scheduled_at = excluded.last_scheduled_at
            where automation_state.last_scheduled_at is null or automation_state.last_scheduled_at <= ${dueBefore}::timestamptz
            returning workspace_id`);
          if (claim.length === 0) return 0;
          await evaluateWorkspace(tx, id, undefined, at);
          return 1;
        });
      } catch (error) {
        report(error);
      }
    }
    return ran;
  };

  // Every account the health worker scores passes through the queue (vacuum-tables.ts).
  const vacuum = tableVacuum(db, ['automation_dirty'], { everyMs: VACUUM_EVERY_MS, onError: report });

  const loop = createPollLoop({
    pollMs,
    onError: report,
    pass: async () => {
      const done = await drainOnce();
      if (done > 0) await vacuum.maybe();
      if (options.scheduled && done < batchSize && Date.now() - lastScheduleCheck >= 60_000) {
        lastScheduleCheck = Date.now();
        await scheduledPass();
      }
      return done >= batchSize;
    },
    restAfter: (took) => Math.max(settleMs - took, took * restRatio),
    hold: options.ingestLoad ? holdWhileIngestBusy(options.ingestLoad) : undefined,
  });

  return {
    poke: loop.poke,
    start: loop.start,
    stop: loop.stop,
    drainOnce,
    drain: () => drainAll(drainOnce),
    scheduledPass,
  };
}
