/**
 * The backtest use case: every account paying on `asOf` is scored as it stood that day
 * (rollups up to then, seats/MRR/renewal from the dated subscription history, sentiments
 * made by then) and its outcome read from the same history `horizonDays` later: MRR gone →
 * churned, lower → contracted, higher → expanded, else retained.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { summarizeBacktest, type BacktestRow, type Outcome } from '../../../domain/health/backtest.js';
import { usageNeedsOf } from '../../../domain/health/account-signals.js';
import { gatherSignals } from './gather-signals.js';
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { scoreSignals } from './score-accounts.js';

export interface BacktestInput {
  asOf: string;
  horizonDays: number;
  /** fit weights for this scorecard's accounts (the default scorecard when absent) */
  scorecardId?: string;
}

export async function runBacktest(db: Db, workspaceId: string, input: BacktestInput, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const [{ end } = { end: today }] = await queryRows<{ end: string }>(db, sql`
    select (${input.asOf}::date + ${input.horizonDays}::int)::text as "end"`);
  if (end > today) {
    throw new AppError('backtest.bad_range', {
      detail: `The horizon ends on ${end}, after today (${today}): choose an earlier date or a shorter horizon.`,
      fields: [{ path: 'asOf', message: 'asOf + horizonDays must not be after today.' }],
    });
  }
  const outcomes = await outcomesBetween(db, workspaceId, input.asOf, end);
  const scorecards = await ensureScorecards(db, workspaceId, now);
  const target = scorecards.find((s) => s.id === input.scorecardId) ?? scorecards.find((s) => s.isDefault);
  if (input.scorecardId && !scorecards.some((s) => s.id === input.scorecardId)) {
    throw new AppError('scorecard.not_found', { detail: `No such scorecard: ${input.scorecardId}` });
  }
  const settings = await loadHealthSettings(db, workspaceId);
  const ids = [...outcomes.keys()];
  const signals = ids.length === 0 ? new Map() : await gatherSignals(db, workspaceId, {
    asOf: input.asOf, live: false, accountIds: ids, settings, needs: usageNeedsOf(scorecards.map((s) => s.definition)),
  });
  // Percentiles as they would have been that day, from that day's population.
  const copies = scorecards.map((s) => ({ ...s, percentiles: {} }));
  const scored = scoreSignals([...signals.values()], { asOf: input.asOf, live: false, scorecards: copies, settings, refreshPercentiles: true });
  const rows: BacktestRow[] = scored.map((s) => ({
    accountId: s.accountId,
    score: s.result.score,
    band: s.result.band,
    points: Object.fromEntries(s.result.measures.map((m) => [m.id, m.points])),
    outcome: outcomes.get(s.accountId) as Outcome,
  }));
  const all = summarizeBacktest(rows, target?.definition ?? scorecards[0]!.definition);
  const forTarget = target ? summarizeBacktest(rows.filter((_, i) => scored[i]?.scorecard.id === target.id), target.definition) : null;
  return {
    asOf: input.asOf, end, horizonDays: input.horizonDays,
    scorecard: target ? { id: target.id, name: target.name, version: target.version, definition: target.definition } : null,
    ...all,
    fit: forTarget?.fit ?? all.fit,
  };
}

async function outcomesBetween(db: Db, workspaceId: string, start: string, end: string): Promise<Map<string, Outcome>> {
  const rows = await queryRows<{ account_id: string; before: number; after: number }>(db, sql`
    with at_start as (
      select distinct on (subscription_id) account_id, mrr from subscription_events
      where workspace_id = ${workspaceId}::uuid and effective_on <= ${start}::date
      order by subscription_id, effective_on desc, recorded_at desc
    ), at_end as (
      select distinct on (subscription_id) account_id, mrr from subscription_events
      where workspace_id = ${workspaceId}::uuid and effective_on <= ${end}::date
      order by subscription_id, effective_on desc, recorded_at desc
    ), b as (select account_id, sum(mrr) as mrr from at_start group by account_id),
       a as (select account_id, sum(mrr) as mrr from at_end group by account_id)
    select b.account_id, b.mrr::bigint as before, coalesce(a.mrr, 0)::bigint as after
    from b left join a on a.account_id = b.account_id
    where b.mrr > 0`);
  const outcomes = new Map<string, Outcome>();
  for (const row of rows) {
    const before = Number(row.before);
    const after = Number(row.after);
    outcomes.set(row.account_id, after <= 0 ? 'churned' : after < before ? 'contracted' : after > before ? 'expanded' : 'retained');
  }
  return outcomes;
}
