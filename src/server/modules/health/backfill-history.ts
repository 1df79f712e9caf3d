/**
 * Fills health history for past days by scoring every account as it stood on each of them
 * (the backtest's "as of" gathering) with today's scorecards. Used by the demo and by
 * `kizuna recompute --backfill DAYS`, so a new workspace with imported history shows trends
 * at once; days already in the history are overwritten. Current scores are not touched.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connect.js';
import { usageNeedsOf } from '../../../domain/health/account-signals.js';
import { gatherSignals } from './gather-signals.js';
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { scoreSignals } from './score-accounts.js';

export interface BackfillOptions {
  /** the last day to fill ('YYYY-MM-DD'), usually yesterday */
  to: string;
  days: number;
  /** fill every `stepDays`-th day (1 = daily) */
  stepDays?: number;
  now?: Date;
  onDay?: (day: string, index: number, total: number) => void;
}

export async function backfillHealthHistory(db: Db, workspaceId: string, options: BackfillOptions): Promise<{ days: number; rows: number }> {
  const step = Math.max(1, options.stepDays ?? 1);
  const daysList = await queryRows<{ day: string }>(db, sql`
    select d::date::text as day
    from generate_series(${options.to}::date - ${options.days - 1}::int, ${options.to}::date, ${`${step} days`}::interval) d
    order by d`);
  const now = options.now ?? new Date();
  const scorecards = await ensureScorecards(db, workspaceId, now);
  const settings = await loadHealthSettings(db, workspaceId);
  const needs = usageNeedsOf(scorecards.map((s) => s.definition));
  let rows = 0;
  for (const [index, { day }] of daysList.entries()) {
    options.onDay?.(day, index, daysList.length);
    const signals = await gatherSignals(db, workspaceId, { asOf: day, live: false, needs, settings });
    // Only accounts that were customers (had a line) that day have a score that day.
    const active = [...signals.values()].filter((s) => s.seats !== null && s.seats > 0);
    const copies = scorecards.map((s) => ({ ...s, percentiles: {} }));
    const scored = scoreSignals(active, { asOf: day, live: false, scorecards: copies, settings, refreshPercentiles: true });
    if (scored.length === 0) continue;
    const json = JSON.stringify(scored.map((s) => ({ a: s.accountId, s: s.scorecard.id, v: s.scorecard.version, score: s.result.score, band: s.result.band })));
    await db.execute(sql`
      insert into health_history (workspace_id, account_id, day, score, band, scorecard_id, version)
      select ${workspaceId}::uuid, r.a, ${day}::date, r.score, r.band, r.s, r.v
      from jsonb_to_recordset(${json}::jsonb) as r(a uuid, s uuid, v int, score numeric, band text)
      on conflict (workspace_id, account_id, day) do update set
        score = excluded.score, band = excluded.band, scorecard_id = excluded.scorecard_id, version = excluded.version`);
    rows += scored.length;
  }
  return { days: daysList.length, rows };
}
