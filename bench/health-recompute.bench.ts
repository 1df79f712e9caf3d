/**
 * Full health recompute at 100,000 accounts with 90 days of rollups: recomputeAllHealth (what
 * `kizuna recompute`, the nightly pass and a scorecard save run) against the floor, one
 * hand-written SQL statement computing the same scores from the same rollups (health-floor.ts).
 * Both write their scores; the bench then checks that they agree for every account (within
 * 0.1) and, when the recompute misses its target, times each of its steps once more to show where the time goes.
 * Env: KIZUNA_BENCH_RECOMPUTE_ACCOUNTS (100,000), KIZUNA_BENCH_PGLITE_RECOMPUTE_ACCOUNTS (25,000), KIZUNA_BENCH_RECOMPUTE_RUNS (2 alternating runs each, best kept).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/server/db/connect.js';
import { makeHarness } from '../src/server/testing/harness.js';
import { recomputeAllHealth } from '../src/server/modules/health/recompute-all.js';
import { gatherSignals, parallelReader } from '../src/server/modules/health/gather-signals.js';
import { scoreSignals } from '../src/server/modules/health/score-accounts.js';
import { writeScores } from '../src/server/modules/health/write-scores.js';
import { ensureScorecards, loadHealthSettings, markFullRecompute, savePercentiles } from '../src/server/modules/health/scorecard-store.js';
import { usageNeedsOf } from '../src/domain/health/account-signals.js';
import { BENCH_SCORECARD, createFloorTable, FLOOR_TABLE, floorStatement } from './health-floor.js';
import { seedHealthData, ROLLUP_DAYS } from './health-rollups.js';
import { report, seconds, type BenchTarget } from './target.js';

export async function benchHealthRecompute(target: BenchTarget): Promise<void> {
  // PGlite (one WebAssembly thread) takes ~4× PostgreSQL's time here; a quarter of the accounts keeps the run short (said in the output).
  const count = Number((target.dialect === 'pglite' ? process.env.KIZUNA_BENCH_PGLITE_RECOMPUTE_ACCOUNTS : process.env.KIZUNA_BENCH_RECOMPUTE_ACCOUNTS)
    ?? (target.dialect === 'pglite' ? 25_000 : 100_000));
  const runs = Number(process.env.KIZUNA_BENCH_RECOMPUTE_RUNS ?? 2);
  const database = await target.open();
  try {
    const workspaceId = await workspaceWithBenchScorecard(database);
    const today = new Date().toISOString().slice(0, 10);
    const t0 = performance.now();
    const seeded = await seedHealthData(database, workspaceId, count, today);
    console.log(`\nseeded ${seeded.accounts.toLocaleString('en')} accounts with ${ROLLUP_DAYS} days of rollups ` +
      `(${seeded.userDays.toLocaleString('en')} user-days, ${seeded.eventDays.toLocaleString('en')} event-days, ` +
      `${seeded.subscriptions.toLocaleString('en')} subscriptions, ${seeded.sentiments.toLocaleString('en')} sentiments) ` +
      `on ${database.dialect} in ${seconds(performance.now() - t0)}`);
    await database.db.execute(createFloorTable);

    const floor = () => database.db.transaction(async (tx) => {
      // As in metrics.bench.ts: PostgreSQL's JIT spends longer compiling this than running it.
      if (database.dialect === 'postgres') await tx.execute(sql`set local jit = off`);
      await tx.execute(floorStatement(workspaceId, today));
    });
    const app = () => recomputeAllHealth(database.db, workspaceId, { now: new Date(), today });
    // Alternating runs, the best of each: on a shared machine noise only ever adds time.
    const floorMs: number[] = [];
    const appMs: number[] = [];
    // Each run starts from vacuumed tables, as a nightly pass would: every run rewrites every
    // score row, and without a vacuum in between (autovacuum may be off or behind) the dead
    // versions pile up and later runs read through them.
    const vacuum = () => database.db.execute(sql.raw(`vacuum health_scores, health_history, ${FLOOR_TABLE}`));
    for (let run = 0; run < runs; run++) {
      await vacuum();
      floorMs.push(await time(floor));
      await vacuum();
      appMs.push(await time(app));
    }
    const agreement = await compareScores(database, workspaceId);
    const floorBest = Math.min(...floorMs);
    const appBest = Math.min(...appMs);
    const ratio = appBest / floorBest;
    console.log(`\nfull health recompute, ${seeded.accounts.toLocaleString('en')} accounts × ${ROLLUP_DAYS} days of rollups, ${database.dialect} (best of ${runs})` +
      (count < 100_000 ? ` (${count.toLocaleString('en')} accounts, not 100,000, to keep the run short; KIZUNA_BENCH_${target.dialect === 'pglite' ? 'PGLITE_' : ''}RECOMPUTE_ACCOUNTS sets it)` : ''));
    console.log('| case | ms | × floor |');
    console.log('|---|---:|---:|');
    console.log(`| floor: one SQL statement, same scores into a scratch table | ${floorBest.toFixed(0)} | 1.0 |`);
    console.log(`| recomputeAllHealth (scores + explanations + history) | ${appBest.toFixed(0)} | ${ratio.toFixed(1)} |`);
    if (ratio > 2) {
      await vacuum();
      const steps = await timeSteps(database, workspaceId, today);
      console.log(`where the recompute's time goes (one more run, step by step): ${steps.map(([step, ms]) => `${step} ${ms.toFixed(0)} ms`).join(', ')}`);
    }
    console.log(agreement.ok
      ? `check: all ${agreement.compared.toLocaleString('en')} scores agree within 0.1 (largest difference ${agreement.maxDiff}; bands differ for ${agreement.bandDiffs})`
      : `\n!!! SCORE MISMATCH: ${agreement.mismatches} of ${agreement.compared} accounts differ by more than 0.1 or exist on one side only; e.g. ${agreement.sample} !!!\n`);
    const label = count === 100_000 ? '' : ` (${count.toLocaleString('en')} accounts)`;
    report(database.dialect, 'recompute: floor SQL', `${seconds(floorBest)}${label}`);
    report(database.dialect, 'recompute: recomputeAllHealth', `${seconds(appBest)}${label}`);
    report(database.dialect, 'recompute: × floor', ratio.toFixed(1), '≤ 2.0');
    report(database.dialect, 'recompute: scores agree (±0.1)', agreement.ok ? `all ${agreement.compared.toLocaleString('en')}` : `NO: ${agreement.mismatches} differ`);
  } finally {
    await database.close();
  }
}

/** A fresh workspace whose default scorecard is BENCH_SCORECARD, saved through the API. */
async function workspaceWithBenchScorecard(database: Database): Promise<string> {
  const ws = await makeHarness(database).newWorkspace('recompute bench');
  const cards = await ws.admin.get('/api/v1/health/scorecards');
  const defaultCard = (cards.body.items as { id: string; isDefault: boolean }[]).find((c) => c.isDefault);
  if (!defaultCard) throw new Error('no default scorecard');
  const saved = await ws.admin.patch(`/api/v1/health/scorecards/${defaultCard.id}`, { definition: BENCH_SCORECARD, note: 'bench' });
  if (saved.status !== 200) throw new Error(`scorecard: ${saved.status} ${JSON.stringify(saved.body)}`);
  return ws.id;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function compareScores(database: Database, workspaceId: string) {
  const [row] = await queryRows<{ compared: number; mismatches: number; max_diff: number | null; band_diffs: number; sample: string | null }>(database.db, sql`
    with pairs as (
      select coalesce(h.account_id, f.account_id) as account_id, h.score as app, f.score as floor, h.band as app_band, f.band as floor_band
      from (select * from health_scores where workspace_id = ${workspaceId}::uuid) h
      full join (select * from ${sql.raw(FLOOR_TABLE)} where workspace_id = ${workspaceId}::uuid) f on f.account_id = h.account_id
    )
    select count(*) as compared,
      count(*) filter (where app is distinct from floor and (app is null or floor is null or abs(app - floor) > 0.1)) as mismatches,
      max(abs(app - floor)) as max_diff,
      count(*) filter (where app_band is distinct from floor_band) as band_diffs,
      (select string_agg(account_id || ': app ' || coalesce(app::text, 'none') || ', floor ' || coalesce(floor::text, 'none'), '; ')
       from (select * from pairs where app is distinct from floor limit 3) s) as sample
    from pairs`);
  const mismatches = Number(row?.mismatches ?? 0);
  return {
    ok: mismatches === 0 && Number(row?.compared) > 0, compared: Number(row?.compared ?? 0), mismatches,
    maxDiff: Number(row?.max_diff ?? 0), bandDiffs: Number(row?.band_diffs ?? 0), sample: row?.sample ?? '',
  };
}

/** recomputeAllHealth's steps, timed one by one (same calls, same transaction shape). */
async function timeSteps(database: Database, workspaceId: string, today: string): Promise<[string, number][]> {
  const now = new Date();
  const steps: [string, number][] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    steps.push([name, performance.now() - start]);
    return result;
  };
  await database.db.transaction(async (tx) => {
    const scorecards = await step('load scorecards', () => ensureScorecards(tx, workspaceId, now));
    const settings = await loadHealthSettings(tx, workspaceId);
    const parallel = parallelReader(database.db);
    const signals = await step(`gather signals (3 queries${parallel ? ' in parallel' : ''})`, () => gatherSignals(tx, workspaceId, {
      asOf: today, live: true, settings, needs: usageNeedsOf(scorecards.map((s) => s.definition)), ...(parallel ? { parallel } : {}),
    }));
    const scored = await step('score in JS', async () => scoreSignals([...signals.values()], {
      asOf: today, live: true, scorecards, settings, refreshPercentiles: true,
    }));
    await step('write scores + history', async () => {
      for (const s of scorecards) await savePercentiles(tx, workspaceId, s.id, s.version, s.percentiles);
      await writeScores(tx, workspaceId, scored, { day: today, computedAt: now });
    });
    await step('clear queue', async () => {
      await tx.execute(sql`delete from health_dirty where workspace_id = ${workspaceId}::uuid and queued_at <= ${now.toISOString()}::timestamptz`);
      await markFullRecompute(tx, workspaceId, today);
    });
  });
  return steps;
}
