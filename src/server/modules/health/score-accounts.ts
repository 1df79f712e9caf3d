/**
 * Scores accounts as they stood on one day: gather their signals, give each its scorecard
 * (first matching rule, else the default), turn signals into measure values and values into
 * a score. A full pass also refreshes each scorecard's percentile tables from the accounts it
 * covers; a partial pass (the dirty queue) ranks against the stored tables, so both paths
 * give an account the same points.
 */
import type { Tx } from '../../db/connect.js';
import { assignScorecard } from '../../../domain/health/assign-scorecard.js';
import { measureValues, usageNeedsOf, type AccountSignals } from '../../../domain/health/account-signals.js';
import { computeScore, type ScoreResult } from '../../../domain/health/compute-score.js';
import { quantilesOf } from '../../../domain/health/quantiles.js';
import { measuresOf, type ScorecardDefinition } from '../../../domain/health/scorecard.js';
import type { HealthSettings } from '../../../domain/health/settings.js';
import { gatherSignals } from './gather-signals.js';
import type { LoadedScorecard } from './scorecard-store.js';

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
}

export async function scoreAccounts(tx: Tx, workspaceId: string, options: ScoreOptions): Promise<ScoredAccount[]> {
  const signals = await gatherSignals(tx, workspaceId, {
    asOf: options.asOf, live: options.live, accountIds: options.accountIds, settings: options.settings, customersOnly: options.live,
    needs: usageNeedsOf(options.scorecards.map((s) => s.definition)),
  });
  return scoreSignals([...signals.values()], options);
}

/** The pure half of scoreAccounts, for callers that already hold signals (backtests). */
export function scoreSignals(signals: AccountSignals[], options: Omit<ScoreOptions, 'accountIds'>): ScoredAccount[] {
  const assigned = new Map<LoadedScorecard, { signals: AccountSignals; values: Record<string, number | null> }[]>();
  for (const account of signals) {
    const scorecard = assignScorecard(options.scorecards, account.segment);
    if (!scorecard) continue;
    const list = assigned.get(scorecard) ?? [];
    list.push({ signals: account, values: measureValues(scorecard.definition, account, options.asOf) });
    assigned.set(scorecard, list);
  }
  const scored: ScoredAccount[] = [];
  for (const [scorecard, accounts] of assigned) {
    if (options.refreshPercentiles) {
      scorecard.percentiles = percentileTables(scorecard.definition, accounts.map((a) => a.values));
    }
    for (const { signals: account, values } of accounts) {
      scored.push({
        accountId: account.accountId, scorecard, values,
        result: computeScore(scorecard.definition, values, scorecard.percentiles),
      });
    }
  }
  return scored;
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
