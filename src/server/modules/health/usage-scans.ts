/**
 * The rollup scans behind gatherSignals' usage aggregates. Each rollup table is read once, only
 * if a measure needs it, only as far back as its longest window (twice that when a trend
 * compares the period before), and only for the aggregates asked for.
 *
 * For some accounts (the dirty-queue worker) aggregation is two-level: first per account and
 * event name (usage_event_days) or per account and user (usage_user_days), one sum and one
 * presence count per window; then per account. The distinct counts (feature breadth, active
 * users) are then counts of groups, so PostgreSQL hashes a few rows per account and name rather
 * than sorting every row read for count(distinct …) (measured at 1,000 of 2,000 accounts with
 * a million events: about half the time). For the whole workspace one level is as fast: the
 * primary key already yields the rows account by account.
 */
import { sql, type SQL } from 'drizzle-orm';
import { usageKey, type UsageNeeds, type WindowMetric } from '../../../domain/health/account-signals.js';
import { NON_FEATURE_EVENTS, type HealthSettings } from '../../../domain/health/settings.js';
import { USER_DAY_SECONDS } from '../usage/usage-report.js';
import { pgArray } from '../imports/pg-array.js';

export interface UsageScan {
  table: 'usage_event_days' | 'usage_user_days';
  /** the usage key (account-signals.ts usageKey) each outer column fills, in order */
  keys: string[];
  /** the statement, for some accounts (two-level) or the whole workspace (one level) */
  query(workspaceId: string, accountIds?: readonly string[], part?: ScanPart): SQL;
  /**
   * The same scan for some accounts read incrementally (the health worker): each account's
   * per-name sums over the days before asOf come from its stored base (health_usage_bases), and
   * only asOf's own rollup rows are aggregated beside them. Every inner column is a sum or a
   * count, so the two parts add up to what query() computes from the rollups alone.
   */
  incremental: {
    /** what a stored base must have been built for: its inner columns, in order */
    signature: string;
    /** (re)builds the base of these accounts from their rollups before asOf, dropping their bases of other shapes */
    rebuild(workspaceId: string, accountIds: readonly string[]): SQL;
    /** the current bases of these accounts (for asOf, with this signature): account_id, per_key */
    bases(workspaceId: string, accountIds: readonly string[]): SQL;
    /**
     * asOf's own rollup rows: account_id, key (the name or user) and v (the day's count, or the
     * user's seconds). The primary key makes each (account, key) one row, so nothing is aggregated.
     */
    today(workspaceId: string, accountIds: readonly string[]): SQL;
    /** One of today's rows as inner sums in signature order: what the inner aggregates make of it (asOf lies in every current window, in no previous one). */
    todaySums(v: number): number[];
    /**
     * The outer columns (in the order of `keys`) from one account's per-name inner sums (base and
     * today added up): what query()'s outer aggregates compute, in JavaScript, so a pass of the
     * worker does not send thousands of small rows through a second aggregation in the database.
     */
    fold(perKey: ReadonlyMap<string, readonly number[]>): number[];
  };
}

/** One of `of` slices of the accounts by id (uuids spread evenly), for reading a workspace in parallel. */
export interface ScanPart {
  index: number;
  of: number;
}

/** The SQL restricting account_id to a slice: [lower, upper) bounds on the first 32 bits of the uuid. */
function partFilter(part: ScanPart | undefined): SQL {
  if (!part || part.of <= 1) return sql``;
  const bound = (i: number) => `${Math.floor((i * 0x1_0000_0000) / part.of).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
  const lower = part.index === 0 ? sql`` : sql`and account_id >= ${bound(part.index)}::uuid`;
  const upper = part.index === part.of - 1 ? sql`` : sql`and account_id < ${bound(part.index + 1)}::uuid`;
  return sql`${lower} ${upper}`;
}

/**
 * Ends a lateral subquery that reads one account's rows by primary key, so PostgreSQL probes the
 * key account by account instead of flattening the join. Flattened, it walks the workspace's
 * whole index for the day and keeps the accounts asked: today's rows are newer than the table's
 * statistics, so it expects a handful of them (measured under ingestion: 10,000 of 20,000 rows in
 * 105–160 ms and 25,000 buffers; with `account_id = any(…)` the same).
 */
const PROBE_EACH = sql`offset 0`;

const USER_METRICS: ReadonlySet<WindowMetric> = new Set(['users', 'seconds']);

interface ScanBuilder {
  inner: Map<string, SQL>;
  /** per inner column: its value from one of asOf's own rows (`v`: the count, or the user's seconds) */
  todayOf: Map<string, (v: number) => number>;
  /**
   * per column: over the per-name rows (two-level), over the rollup rows (one level), and in
   * JavaScript over per-name inner sums (`at` gives an inner column's position by name)
   */
  outer: { key: string; expression: SQL; direct: SQL; fold: (perKey: ReadonlyMap<string, readonly number[]>, at: (name: string) => number) => number }[];
  lookback: number;
}

/** Sum over the keys (all, or those `keep` accepts) of one inner column. */
function sumInner(perKey: ReadonlyMap<string, readonly number[]>, column: number, keep?: (key: string) => boolean): number {
  let total = 0;
  for (const [key, sums] of perKey) if (!keep || keep(key)) total += sums[column] ?? 0;
  return total;
}

/** How many keys (all, or those `keep` accepts) have a positive inner column. */
function countPresent(perKey: ReadonlyMap<string, readonly number[]>, column: number, keep?: (key: string) => boolean): number {
  let count = 0;
  for (const [key, sums] of perKey) if ((sums[column] ?? 0) > 0 && (!keep || keep(key))) count += 1;
  return count;
}

export function usageScans(asOf: string, needs: UsageNeeds, settings: HealthSettings): UsageScan[] {
  const events: ScanBuilder = { inner: new Map(), todayOf: new Map(), outer: [], lookback: 0 };
  const users: ScanBuilder = { inner: new Map(), todayOf: new Map(), outer: [], lookback: 0 };
  const logins = settings.loginEvents;
  const excluded = [...NON_FEATURE_EVENTS, ...logins];
  for (const window of needs.windows) {
    for (const previous of [false, true]) {
      const end = previous ? window.days : 0;
      const inWindow = sql`day > ${asOf}::date - ${end + window.days}::int and day <= ${asOf}::date - ${end}::int`;
      const suffix = `${end}_${window.days}`;
      /** an inner column (per account and name, or per account and user), added once; its name */
      const inner = (scan: ScanBuilder, kind: 's' | 'n' | 't', expression: SQL): SQL => {
        const name = `${kind}_${suffix}`;
        if (!scan.inner.has(name)) {
          scan.inner.set(name, expression);
          // asOf's row falls in the current window only; there a row counts once (n) and adds its value (s, t).
          scan.todayOf.set(name, previous ? () => 0 : kind === 'n' ? () => 1 : (v) => v);
        }
        scan.lookback = Math.max(scan.lookback, end + window.days);
        return sql.raw(name);
      };
      const sum = () => inner(events, 's', sql`sum(count) filter (where ${inWindow})`);
      const present = (scan: ScanBuilder) => inner(scan, 'n', sql`count(*) filter (where ${inWindow})`);
      const seconds = () => inner(users, 't', sql`sum(${USER_DAY_SECONDS}) filter (where ${inWindow})`);
      const loginSet = new Set(logins);
      const excludedSet = new Set(excluded);
      const foldOf = (metric: WindowMetric): ScanBuilder['outer'][number]['fold'] => {
        const s = `s_${suffix}`;
        const n = `n_${suffix}`;
        switch (metric) {
          case 'events': return (perKey, at) => sumInner(perKey, at(s));
          case 'logins': return (perKey, at) => sumInner(perKey, at(s), (key) => loginSet.has(key));
          case 'breadth': return (perKey, at) => countPresent(perKey, at(n), (key) => !excludedSet.has(key));
          case 'users': return (perKey, at) => countPresent(perKey, at(n));
          case 'seconds': return (perKey, at) => sumInner(perKey, at(`t_${suffix}`));
        }
      };
      const outerExpression = (metric: WindowMetric): SQL => {
        switch (metric) {
          case 'events': return sql`sum(${sum()})`;
          case 'logins': return sql`sum(${sum()}) filter (where event = any(${pgArray(logins)}::text[]))`;
          case 'breadth': return sql`count(*) filter (where ${present(events)} > 0 and event <> all(${pgArray(excluded)}::text[]))`;
          case 'users': return sql`count(*) filter (where ${present(users)} > 0)`;
          case 'seconds': return sql`sum(${seconds()})`;
        }
      };
      const directExpression = (metric: WindowMetric): SQL => {
        switch (metric) {
          case 'events': return sql`sum(count) filter (where ${inWindow})`;
          case 'logins': return sql`sum(count) filter (where ${inWindow} and event = any(${pgArray(logins)}::text[]))`;
          case 'breadth': return sql`count(distinct event) filter (where ${inWindow} and event <> all(${pgArray(excluded)}::text[]))`;
          case 'users': return sql`count(distinct user_id) filter (where ${inWindow})`;
          case 'seconds': return sql`sum(${USER_DAY_SECONDS}) filter (where ${inWindow})`;
        }
      };
      for (const metric of previous ? window.previous : window.current) {
        const scan = USER_METRICS.has(metric) ? users : events;
        scan.outer.push({
          key: usageKey(metric, window.days, { previous }), expression: outerExpression(metric), direct: directExpression(metric), fold: foldOf(metric),
        });
      }
      if (!previous) {
        for (const event of window.namedEvents) {
          events.outer.push({
            key: usageKey('named', window.days, { event }),
            expression: sql`sum(${sum()}) filter (where event = ${event})`,
            direct: sql`sum(count) filter (where ${inWindow} and event = ${event})`,
            fold: (perKey, at) => perKey.get(event)?.[at(`s_${suffix}`)] ?? 0,
          });
        }
      }
    }
  }
  return ([['usage_event_days', 'event', events], ['usage_user_days', 'user_id', users]] as const)
    .filter(([, , scan]) => scan.outer.length > 0)
    .map(([table, by, scan]) => {
      const byColumn = sql.raw(by);
      const names = [...scan.inner.keys()];
      const signature = names.join(',');
      const todayOf = names.map((name) => scan.todayOf.get(name) ?? (() => 0));
      const innerColumns = sql.join([...scan.inner].map(([name, expression]) => sql`${expression} as ${sql.raw(name)}`), sql`, `);
      const columns = (pick: (c: ScanBuilder['outer'][number]) => SQL) =>
        sql.join(scan.outer.map((c, i) => sql`${pick(c)} as ${sql.raw(`c${i}`)}`), sql`, `);
      const ofAccounts = (workspaceId: string, accountIds?: readonly string[]) =>
        sql`workspace_id = ${workspaceId}::uuid ${accountIds ? sql`and account_id = any(${pgArray(accountIds)}::uuid[])` : sql``}`;
      const days = sql`day > ${asOf}::date - ${scan.lookback}::int`;
      const currentBase = (alias: string) => {
        const b = sql.raw(alias);
        return sql`${b}.source = ${table} and ${b}.as_of = ${asOf}::date and ${b}.signature = ${signature}`;
      };
      return {
        table,
        keys: scan.outer.map((c) => c.key),
        query: (workspaceId: string, accountIds?: readonly string[], part?: ScanPart) => {
          const rows = sql`from ${sql.raw(table)} where ${ofAccounts(workspaceId, accountIds)} and ${days} and day <= ${asOf}::date ${partFilter(part)}`;
          if (!accountIds) return sql`select account_id, ${columns((c) => c.direct)} ${rows} group by account_id`;
          return sql`
            select account_id, ${columns((c) => c.expression)}
            from (select account_id, ${byColumn}, ${innerColumns} ${rows} group by account_id, ${byColumn}) per_name
            group by account_id`;
        },
        incremental: {
          signature,
          rebuild: (workspaceId: string, accountIds: readonly string[]) => sql`
            with per_name as (
              select account_id, ${byColumn}, ${innerColumns}
              from ${sql.raw(table)} where ${ofAccounts(workspaceId, accountIds)} and ${days} and day < ${asOf}::date
              group by account_id, ${byColumn}
            )
            -- Bases of another scan shape for these accounts would miss what made this rebuild necessary.
            , others as (
              delete from health_usage_bases
              where ${ofAccounts(workspaceId, accountIds)} and source = ${table} and signature <> ${signature}
            )
            , bases as (
              select account_id, jsonb_object_agg(${byColumn}, jsonb_build_array(${sql.join(names.map((n) => sql.raw(n)), sql`, `)})) as per_key
              from per_name group by account_id
            )
            insert into health_usage_bases (workspace_id, account_id, source, as_of, signature, per_key)
            select ${workspaceId}::uuid, ids.id, ${table}, ${asOf}::date, ${signature}, coalesce(bases.per_key, '{}'::jsonb)
            from unnest(${pgArray(accountIds)}::uuid[]) as ids(id)
            -- only accounts that still exist: one may have been deleted since the worker queued or claimed it
            join accounts a on a.workspace_id = ${workspaceId}::uuid and a.id = ids.id
            left join bases on bases.account_id = ids.id
            order by ids.id
            on conflict (workspace_id, account_id, source, signature) do update set
              as_of = excluded.as_of, per_key = excluded.per_key`,
          bases: (workspaceId: string, accountIds: readonly string[]) => sql`
            select ids.id as account_id, b.per_key
            from unnest(${pgArray(accountIds)}::uuid[]) as ids(id)
            cross join lateral (
              select per_key from health_usage_bases b
              where b.workspace_id = ${workspaceId}::uuid and b.account_id = ids.id and ${currentBase('b')}
              ${PROBE_EACH}
            ) b`,
          today: (workspaceId: string, accountIds: readonly string[]) => sql`
            select ids.id as account_id, t.key, t.v
            from unnest(${pgArray(accountIds)}::uuid[]) as ids(id)
            cross join lateral (
              select ${byColumn} as key, ${table === 'usage_event_days' ? sql`count` : USER_DAY_SECONDS} as v
              from ${sql.raw(table)} where workspace_id = ${workspaceId}::uuid and account_id = ids.id and day = ${asOf}::date
              ${PROBE_EACH}
            ) t`,
          todaySums: (v: number) => todayOf.map((of) => of(v)),
          fold: (perKey: ReadonlyMap<string, readonly number[]>) => {
            const at = (name: string) => names.indexOf(name);
            return scan.outer.map((c) => c.fold(perKey, at));
          },
        },
      };
    });
}
