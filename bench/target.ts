/**
 * What a benchmark runs against (one database: a PGlite data folder or a scratch PostgreSQL
 * database) and the side-by-side summary that `npm run bench` prints last, one column per
 * database.
 */
import type { Database, Dialect } from '../src/server/db/connect.js';

export interface BenchTarget {
  dialect: Dialect;
  /** PostgreSQL URL of the bench database; null on PGlite */
  url: string | null;
  /** environment that points `kizuna serve` at this database (DATABASE_URL or KIZUNA_DATA_DIR) */
  serverEnv: Record<string, string>;
  /** Opens the database in this process. On PGlite the server cannot run while it is open (one owner per folder). */
  open(): Promise<Database>;
}

const summary = new Map<string, { target: string; values: Partial<Record<Dialect, string>> }>();

/** One cell of the closing table: `measure` on `dialect`, with the target it is judged against. */
export function report(dialect: Dialect, measure: string, value: string, target = ''): void {
  const row = summary.get(measure) ?? { target, values: {} };
  row.values[dialect] = value;
  if (target) row.target = target;
  summary.set(measure, row);
}

export function printSummary(): void {
  if (summary.size === 0) return;
  console.log('\nSummary (ratios against baselines measured in the same run)');
  console.log('| measure | PGlite | PostgreSQL | target |');
  console.log('|---|---:|---:|---|');
  for (const [measure, row] of summary) {
    console.log(`| ${measure} | ${row.values.pglite ?? '—'} | ${row.values.postgres ?? '—'} | ${row.target} |`);
  }
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')}/s`;
