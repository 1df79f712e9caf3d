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
  query(workspaceId: string, accountIds?: readonly string[]): SQL;
}

const USER_METRICS: ReadonlySet<WindowMetric> = new Set(['users', 'seconds']);

interface ScanBuilder {
  inner: Map<string, SQL>;
  /** per column: over the per-name rows (two-level), and over the rollup rows (one level) */
  outer: { key: string; expression: SQL; direct: SQL }[];
  lookback: number;
}

export function usageScans(asOf: string, needs: UsageNeeds, settings: HealthSettings): UsageScan[] {
  const events: ScanBuilder = { inner: new Map(), outer: [], lookback: 0 };
  const users: ScanBuilder = { inner: new Map(), outer: [], lookback: 0 };
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
        if (!scan.inner.has(name)) scan.inner.set(name, expression);
        scan.lookback = Math.max(scan.lookback, end + window.days);
        return sql.raw(name);
      };
      const sum = () => inner(events, 's', sql`sum(count) filter (where ${inWindow})`);
      const present = (scan: ScanBuilder) => inner(scan, 'n', sql`count(*) filter (where ${inWindow})`);
      const outerExpression = (metric: WindowMetric): SQL => {
        switch (metric) {
          case 'events': return sql`sum(${sum()})`;
          case 'logins': return sql`sum(${sum()}) filter (where event = any(${pgArray(logins)}::text[]))`;
          case 'breadth': return sql`count(*) filter (where ${present(events)} > 0 and event <> all(${pgArray(excluded)}::text[]))`;
          case 'users': return sql`count(*) filter (where ${present(users)} > 0)`;
          case 'seconds': return sql`sum(${inner(users, 't', sql`sum(${USER_DAY_SECONDS}) filter (where ${inWindow})`)})`;
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
        scan.outer.push({ key: usageKey(metric, window.days, { previous }), expression: outerExpression(metric), direct: directExpression(metric) });
      }
      if (!previous) {
        for (const event of window.namedEvents) {
          events.outer.push({
            key: usageKey('named', window.days, { event }),
            expression: sql`sum(${sum()}) filter (where event = ${event})`,
            direct: sql`sum(count) filter (where ${inWindow} and event = ${event})`,
          });
        }
      }
    }
  }
  return ([['usage_event_days', 'event', events], ['usage_user_days', 'user_id', users]] as const)
    .filter(([, , scan]) => scan.outer.length > 0)
    .map(([table, by, scan]) => ({
      table,
      keys: scan.outer.map((c) => c.key),
      query: (workspaceId: string, accountIds?: readonly string[]) => {
        const rows = sql`from ${sql.raw(table)}
          where workspace_id = ${workspaceId}::uuid ${accountIds ? sql`and account_id = any(${pgArray(accountIds)}::uuid[])` : sql``}
            and day > ${asOf}::date - ${scan.lookback}::int and day <= ${asOf}::date`;
        const columns = (pick: (c: ScanBuilder['outer'][number]) => SQL) =>
          sql.join(scan.outer.map((c, i) => sql`${pick(c)} as ${sql.raw(`c${i}`)}`), sql`, `);
        if (!accountIds) return sql`select account_id, ${columns((c) => c.direct)} ${rows} group by account_id`;
        return sql`
          select account_id, ${columns((c) => c.expression)}
          from (
            select account_id, ${sql.raw(by)},
              ${sql.join([...scan.inner].map(([name, expression]) => sql`${expression} as ${sql.raw(name)}`), sql`, `)}
            ${rows}
            group by account_id, ${sql.raw(by)}
          ) per_name
          group by account_id`;
      },
    }));
}
