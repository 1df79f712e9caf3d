/**
 * Scores accounts as they stood on one day: gather their signals, give each its scorecard
 * (first matching rule, else the default), turn signals into measure values and values into
 * a score. A full pass also refreshes each scorecard's percentile tables from the accounts it
 * covers; a partial pass (the dirty queue) ranks against the stored tables, so both paths
 * give an account the same points.
 */
import type { Db, Tx } from '../../db/connect.js';
import { assignScorecard } from '../../../domain/health/assign-scorecard.js';
import { measureValues, usageNeedsOf, type AccountSignals } from '../../../domain/health/account-signals.js';
import { computeScore, type ScoreResult } from '../../../domain/health/compute-score.js';
import { quantilesOf } from '../../../domain/health/quantiles.js';
import { measuresOf, type ScorecardDefinition } from '../../../domain/health/scorecard.js';
import type { HealthSettings } from '../../../domain/health/settings.js';
import { gatherSignals } from './gather-signals.js';
import type { LoadedScorecard } from './scorecard-store.js';

export { withoutJit } from './gather-signals.js';

export interface ScoredAccount {
  accountId: string;
  scorecard: LoadedScorecard;
  values: Record<string, number | null>;
  result: ScoreResult;
}

export interface ScoreOptions {
  asOf: string;
  live: boolean;
  accountIds?: readonly string[];
  scorecards: LoadedScorecard[];
  settings: HealthSettings;
  /** recompute percentile tables from this population (full passes, previews, backtests) */
  refreshPercentiles: boolean;
  /** read usage through the stored bases (gather-signals.ts GatherOptions.incremental) */
  incremental?: { rebuild: readonly string[] };
  /** read in parallel through this pool (gather-signals.ts GatherOptions.parallel) */
  parallel?: Db;
}

export async function scoreAccounts(tx: Tx, workspaceId: string, options: ScoreOptions): Promise<ScoredAccount[]> {
  return scoreSignals([...(await gatherFor(tx, workspaceId, options)).values()], options);
}

/** The signals scoreAccounts scores: what the scorecards need, for the accounts asked (customers only when live). */
export function gatherFor(tx: Tx, workspaceId: string, options: ScoreOptions) {
  return gatherSignals(tx, workspaceId, {
    asOf: options.asOf, live: options.live, accountIds: options.accountIds, settings: options.settings, customersOnly: options.live,
    needs: usageNeedsOf(options.scorecards.map((s) => s.definition)),
    ...(options.incremental ? { incremental: options.incremental } : {}),
    ...(options.parallel ? { parallel: options.parallel } : {}),
  });
}

/** The pure half of scoreAccounts, for callers that already hold signals (backtests). */
export function scoreSignals(signals: AccountSignals[], options: Omit<ScoreOptions, 'accountIds'>): ScoredAccount[] {
  return [...scoreInChunks(prepareScoring(signals, options), Number.POSITIVE_INFINITY)].flat();
}

/** An account with its scorecard and raw measure values, ready to score. */
export interface PreparedAccount {
  accountId: string;
  scorecard: LoadedScorecard;
  values: Record<string, number | null>;
}

/**
 * Gives each account its scorecard (first matching rule, else the default) and measure values,
 * and refreshes percentile tables from this population when asked: everything scoring needs
 * from the whole population, so the scores themselves can then be computed chunk by chunk.
 */
export function prepareScoring(signals: AccountSignals[], options: Omit<ScoreOptions, 'accountIds'>): PreparedAccount[] {
  const prepared: PreparedAccount[] = [];
  const valuesBy = new Map<LoadedScorecard, Record<string, number | null>[]>();
  const measures = new Map(options.scorecards.map((s) => [s, measuresOf(s.definition.root)]));
  for (const account of signals) {
    const scorecard = assignScorecard(options.scorecards, account.segment);
    if (!scorecard) continue;
    const values = measureValues(scorecard.definition, account, options.asOf, measures.get(scorecard));
    prepared.push({ accountId: account.accountId, scorecard, values });
    const list = valuesBy.get(scorecard);
    if (list) list.push(values);
    else valuesBy.set(scorecard, [values]);
  }
  if (options.refreshPercentiles) {
    for (const [scorecard, values] of valuesBy) scorecard.percentiles = percentileTables(scorecard.definition, values);
  }
  return prepared;
}

/**
 * Scores prepared accounts `size` at a time, lazily: a full recompute writes one chunk while
 * the next is being scored (write-scores.ts), so the JavaScript and the database work overlap.
 */
export function* scoreInChunks(prepared: readonly PreparedAccount[], size: number): Generator<ScoredAccount[]> {
  for (let start = 0; start < prepared.length; start += size) {
    yield prepared.slice(start, start + size).map(({ accountId, scorecard, values }) => ({
      accountId, scorecard, values, result: computeScore(scorecard.definition, values, scorecard.percentiles),
    }));
  }
}

/** Quantile tables for every percentile-normalised measure of a definition. */
export function percentileTables(definition: ScorecardDefinition, values: Record<string, number | null>[]): Record<string, number[]> {
  const tables: Record<string, number[]> = {};
  for (const measure of measuresOf(definition.root)) {
    if (measure.normalize.type !== 'percentile') continue;
    const quantiles = quantilesOf(values.map((v) => v[measure.id]).filter((v): v is number => typeof v === 'number'));
    if (quantiles) tables[measure.id] = [...quantiles];
  }
  return tables;
}
