/**
 * Gathers the signals of many accounts as they stood on one day, in three set-based queries
 * (accounts with their subscription state and sentiment; feature rollups; user rollups),
 * whatever the number of accounts. The aggregates asked of the rollups are generated from
 * the scorecards' needs (usageNeedsOf, usage-scans.ts), one FILTERed column each, so one scan
 * of each rollup table serves every window and every named event, and a table no measure
 * needs is not read.
 *
 * `asOf` is inclusive: a 30-day window on 2026-11-23 covers 2026-10-25 … 2026-11-23. For a past
 * day (the backtest), seats, MRR and renewal come from the dated subscription history and the
 * sentiment from entries made by then; segment fields and custom fields are today's.
 */
import { SCORED_STATUSES } from '../../../domain/accounts/fields.js';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import type { AccountSignals, UsageNeeds } from '../../../domain/health/account-signals.js';
import type { GoalStatus } from '../../../domain/outcomes/goal-fields.js';
import type { HealthSettings } from '../../../domain/health/settings.js';
import { pgArray } from '../imports/pg-array.js';
import { gatherSurveySignals } from './gather-survey-signals.js';
import { usageScans, type UsageScan } from './usage-scans.js';

export interface GatherOptions {
  asOf: string;
  /** true when asOf is today: MRR and renewal date come from the account row, kept current */
  live: boolean;
  /** only these accounts; every account of the workspace when absent */
  accountIds?: readonly string[];
  /** only accounts that are customers now (trial, active, paused): prospects and churned accounts have no live score */
  customersOnly?: boolean;
  needs: UsageNeeds;
  settings: HealthSettings;
  /**
   * Read usage incrementally (the health worker, scoring today): stored per-account bases for the
   * days before asOf plus asOf's rollups (usage-scans.ts). `rebuild` names the accounts whose
   * usage changed before asOf since their base was built; a missing or outdated base is rebuilt too.
   */
  incremental?: { rebuild: readonly string[] };
  /**
   * A PostgreSQL pool to read through in parallel, outside the caller's transaction: the account
   * query and each usage scan on a connection of their own (full passes, whose scans take seconds).
   */
  parallel?: Db;
}

/**
 * For the rest of the transaction: no JIT compilation. The scoring queries are many small
 * aggregates that PostgreSQL's cost model rates high enough to compile, and compiling takes
 * longer than running them (as in the bench floor); PGlite has no JIT and takes the setting as is.
 */
export async function withoutJit(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true)`);
}

/**
 * withoutJit, and the transaction commits without waiting for its WAL to reach the disk: for the
 * health worker, whose writes (scores, usage bases, its own queue rows) are all derived from data
 * already durable. A crash may lose its last fraction of a second of work; the accounts stay in
 * health_dirty and are scored again. WAL is written in order, so a later durable commit (an
 * ingest's, say) makes these durable too. Measured: under ingestion at 12k events/s a waiting
 * commit took up to 1 s now and then.
 */
export async function asDerivedWork(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true), set_config('synchronous_commit', 'off', true)`);
}

/**
 * For a statement of the worker's sent on its own (its own transaction): selected in its final
 * SELECT list or RETURNING, it makes that statement commit without waiting for the disk, as
 * asDerivedWork does a transaction. A local setting lasts until its transaction ends, and the
 * commit comes first. One round trip instead of four (BEGIN, the setting, the statement, COMMIT),
 * and under load each waits its turn on a busy server (measured: the worker's clean-up, sent as
 * such a transaction, took a median of 30 ms and up to 295 ms a pass at 12,000 events/s).
 */
export const COMMIT_WITHOUT_WAITING = sql`set_config('synchronous_commit', 'off', true)`;

/** `work` in a transaction: `tx` itself when it is one, else a new one on the database. */
async function withTransaction<T>(tx: Tx, work: (writer: Tx) => Promise<T>): Promise<T> {
  return 'rollback' in tx ? work(tx) : tx.transaction(work);
}

/** The database itself when it is a PostgreSQL pool (not a transaction, not PGlite's one connection): it can read in parallel. */
export function parallelReader(db: Db | Tx): Db | undefined {
  return (db as { $client?: unknown }).$client instanceof pg.Pool ? (db as Db) : undefined;
}

export async function gatherSignals(tx: Tx, workspaceId: string, options: GatherOptions): Promise<Map<string, AccountSignals>> {
  const scans = options.needs.windows.length > 0 ? usageScans(options.asOf, options.needs, options.settings) : [];
  const plainScan = (reader: Tx, scan: UsageScan) =>
    queryRows<Record<string, number | string | null>>(reader, scan.query(workspaceId, options.accountIds));
  let signals: Map<string, AccountSignals>;
  let scanned: Record<string, number | string | null>[][];
  const incremental = options.incremental && options.accountIds ? { ...options.incremental, accountIds: options.accountIds } : null;
  if (options.parallel) {
    // A full pass's reads each in a short transaction of its own, with JIT off as in the caller's.
    // The worker's incremental reads are small lookups by key, far below JIT's threshold, and go
    // straight to the pool: a transaction around each cost three more round trips one after
    // another (BEGIN, the setting, COMMIT), each waiting its turn under load. (A usage base they
    // rebuild is written in a transaction of its own: incrementalScan.)
    const pool = options.parallel;
    const read = <T>(work: (reader: Tx) => Promise<T>) => incremental
      ? work(pool)
      : pool.transaction(async (reader) => {
        await withoutJit(reader);
        return work(reader);
      });
    // A full pass splits each rollup scan in two halves of the accounts, so both of the
    // database's cores stay busy to the end; the worker's incremental reads are one each.
    const parts = scans.flatMap((scan, s) => (incremental ? [undefined] : [0, 1].map((index) => ({ index, of: 2 })))
      .map((part) => ({ s, scan, part })));
    const [accounts, ...partRows] = await Promise.all([
      read((reader) => gatherAccounts(reader, workspaceId, options)),
      ...parts.map(({ scan, part }) => read((reader) => incremental
        // Accounts that are not customers get a base too (gatherAccounts runs beside this); their rows are dropped below.
        ? incrementalScan(reader, workspaceId, scan, incremental.accountIds, incremental.rebuild)
        : queryRows<Record<string, number | string | null>>(reader, scan.query(workspaceId, options.accountIds, part)))),
    ]);
    signals = accounts;
    scanned = scans.map((_, s) => parts.flatMap((p, i) => (p.s === s ? partRows[i] ?? [] : [])));
  } else {
    signals = await gatherAccounts(tx, workspaceId, options);
    scanned = [];
    for (const scan of signals.size === 0 ? [] : scans) {
      scanned.push(incremental
        ? await incrementalScan(tx, workspaceId, scan, [...signals.keys()], incremental.rebuild)
        : await plainScan(tx, scan));
    }
  }
  if (signals.size > 0 && options.needs.goals) await gatherGoals(tx, workspaceId, options, signals);
  if (signals.size > 0 && options.needs.survey) await gatherSurveySignals(tx, workspaceId, options, signals);
  scanned.forEach((rows, s) => {
    const keys = scans[s]?.keys ?? [];
    for (const row of rows) {
      const target = signals.get(row.account_id as string);
      if (!target) continue;
      keys.forEach((key, i) => {
        const value = Number(row[`c${i}`] ?? 0);
        if (value !== 0) target.usage[key] = value;
      });
    }
  });
  return signals;
}

/**
 * The scan's columns for these accounts, read incrementally: their usage bases brought up to date
 * (rebuilt where missing, outdated or named in `rebuild`), then each base and the day's own
 * rollups added up per name and folded into the outer columns (usage-scans.ts).
 */
async function incrementalScan(
  tx: Tx, workspaceId: string, scan: UsageScan, accountIds: readonly string[], rebuild: readonly string[],
): Promise<Record<string, number | string>[]> {
  if (accountIds.length === 0) return [];
  const { incremental } = scan;
  type BaseRow = { account_id: string; per_key: Record<string, (number | null)[]> };
  // The current bases as they stand; those missing, or of accounts with late usage, are rebuilt and read again.
  const stored = await queryRows<BaseRow>(tx, incremental.bases(workspaceId, accountIds));
  const changed = new Set(rebuild);
  const current = new Set(stored.map((r) => r.account_id).filter((id) => !changed.has(id)));
  const stale = accountIds.filter((id) => !current.has(id));
  let bases = stored.filter((r) => current.has(r.account_id));
  if (stale.length > 0) {
    // Derived data, and a scan of up to two months of rollups: JIT off, no wait for the disk.
    await withTransaction(tx, async (writer) => {
      await asDerivedWork(writer);
      await writer.execute(incremental.rebuild(workspaceId, stale));
    });
    bases = [...bases, ...await queryRows<BaseRow>(tx, incremental.bases(workspaceId, stale))];
  }
  const perAccount = new Map<string, Map<string, number[]>>();
  const sumsOf = (accountId: string) => {
    let perKey = perAccount.get(accountId);
    if (!perKey) perAccount.set(accountId, (perKey = new Map()));
    return perKey;
  };
  for (const row of bases) {
    const perKey = sumsOf(row.account_id);
    for (const [key, sums] of Object.entries(row.per_key)) perKey.set(key, sums.map((v) => Number(v ?? 0)));
  }
  const todayRows = await queryRows<{ account_id: string; key: string; v: number | string | null }>(tx, incremental.today(workspaceId, accountIds));
  for (const row of todayRows) {
    const perKey = sumsOf(row.account_id);
    const day = incremental.todaySums(Number(row.v ?? 0));
    const sums = perKey.get(row.key);
    if (sums) day.forEach((value, i) => { sums[i] = (sums[i] ?? 0) + value; });
    else perKey.set(row.key, day);
  }
  return [...perAccount].map(([accountId, perKey]) => {
    const row: Record<string, number | string> = { account_id: accountId };
    incremental.fold(perKey).forEach((value, i) => { row[`c${i}`] = value; });
    return row;
  });
}

/**
 * Success-plan goals as they stood on `asOf`: goals created by then, with the latest value
 * measured by then (today: the goal's current value). Review dates are today's: the log of
 * re-agreements records changed fields, not every past review date.
 */
async function gatherGoals(tx: Tx, workspaceId: string, options: GatherOptions, signals: Map<string, AccountSignals>) {
  const rows = await queryRows<{ account_id: string; baseline: number; target: number; current: number | null; status: GoalStatus; next_review_on: string | null }>(tx, sql`
    select g.account_id, g.baseline, g.target, g.status, g.next_review_on::text as next_review_on,
      ${options.live ? sql`g.current` : sql`(select m.value from goal_measurements m
         where m.workspace_id = g.workspace_id and m.goal_id = g.id and m.day <= ${options.asOf}::date
         order by m.day desc limit 1)`} as current
    from success_goals g
    where g.workspace_id = ${workspaceId}::uuid ${accountFilter(options.accountIds, 'g.account_id')}
      and g.created_at < ${options.asOf}::date + 1`);
  for (const row of rows) {
    const target = signals.get(row.account_id);
    if (!target) continue;
    (target.goals ??= []).push({
      baseline: Number(row.baseline), target: Number(row.target), current: row.current === null ? null : Number(row.current),
      status: row.status, nextReviewOn: row.next_review_on,
    });
  }
}

function accountFilter(ids: readonly string[] | undefined, column: string): SQL {
  return ids ? sql`and ${sql.raw(column)} = any(${pgArray(ids)}::uuid[])` : sql``;
}

interface AccountRow extends Record<string, unknown> {
  id: string;
  plan: string | null;
  industry: string | null;
  size_band: string | null;
  use_case: string | null;
  touch_tier: string | null;
  phase: string | null;
  region: string | null;
  custom_fields: Record<string, unknown>;
  mrr: number;
  renewal_date: string | null;
  seats: number | null;
  line_mrr: number | null;
  line_renewal: string | null;
  sentiment: number | null;
  sentiment_on: string | null;
}

async function gatherAccounts(tx: Tx, workspaceId: string, options: GatherOptions): Promise<Map<string, AccountSignals>> {
  const rows = await queryRows<AccountRow>(tx, sql`
    with lines as (
      select distinct on (e.subscription_id) e.account_id, e.status, e.quantity, e.ends_on, e.mrr
      from subscription_events e
      where e.workspace_id = ${workspaceId}::uuid and e.effective_on <= ${options.asOf}::date
        ${accountFilter(options.accountIds, 'e.account_id')}
      order by e.subscription_id, e.effective_on desc, e.recorded_at desc
    )
    , line_state as (
      select account_id,
        sum(quantity) filter (where status in ('trial', 'active', 'past_due')
                                 or (status = 'cancelled' and ends_on >= ${options.asOf}::date))::int as seats,
        sum(mrr)::bigint as line_mrr,
        min(ends_on) filter (where ends_on >= ${options.asOf}::date and status in ('trial', 'active', 'past_due')) as line_renewal
      from lines group by account_id
    )
    , sentiment as (
      select distinct on (account_id) account_id, value, created_at
      from csm_sentiments
      where workspace_id = ${workspaceId}::uuid and created_at < ${options.asOf}::date + 1
        ${accountFilter(options.accountIds, 'account_id')}
      order by account_id, created_at desc
    )
    select a.id, a.plan, a.industry, a.size_band, a.use_case, a.touch_tier, a.phase, a.region, a.custom_fields,
           a.mrr, a.renewal_date::text as renewal_date, ls.seats, ls.line_mrr, ls.line_renewal::text as line_renewal,
           s.value as sentiment, (s.created_at at time zone 'UTC')::date::text as sentiment_on
    from accounts a
    left join line_state ls on ls.account_id = a.id
    left join sentiment s on s.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid ${accountFilter(options.accountIds, 'a.id')}
      ${options.customersOnly ? sql`and a.status in (${sql.join(SCORED_STATUSES.map((s) => sql`${s}`), sql`, `)})` : sql``}`);
  const signals = new Map<string, AccountSignals>();
  for (const row of rows) {
    signals.set(row.id, {
      accountId: row.id,
      segment: {
        plan: row.plan, industry: row.industry, size_band: row.size_band, use_case: row.use_case,
        touch_tier: row.touch_tier, phase: row.phase, region: row.region,
      },
      seats: row.seats,
      mrr: options.live ? Number(row.mrr) : Number(row.line_mrr ?? 0),
      renewalDate: options.live ? row.renewal_date : row.line_renewal,
      customFields: row.custom_fields ?? {},
      sentiment: row.sentiment === null ? null : { value: Number(row.sentiment), on: row.sentiment_on ?? options.asOf },
      survey: { nps: null, csat: null },
      usage: {},
    });
  }
  return signals;
}
