/**
 * Does the score mean anything? Given every account's score on a past day and what happened
 * to it over the following horizon, the backtest reports how well the score ranked churners
 * (ROC AUC with low scores as the churn prediction), the churn rate and lift of each band, and
 * weights fitted on the history: an L2-regularised logistic regression of churn on the
 * measures' points, its penalty chosen by 5-fold cross-validation on 70% of the accounts and
 * its AUC measured on the other 30%, which it never saw. The current scorecard is measured on
 * the same held-out accounts, so the two AUCs compare like with like.
 *
 * The penalty pulls the weights toward the current scorecard's, not toward zero (`currentCenter`):
 * the fit moves away from what the team chose only as far as the history supports, and
 * cross-validation picks how far. Pulled toward zero, thin history (a dozen churners) gave
 * weights that ranked the held-out accounts worse than the scorecard they were meant to improve
 * (demo workspace as of 2026-02-01: 0.42 against 0.77).
 */
import { BANDS, type Band, type ScorecardDefinition, type GroupNode } from './scorecard.js';
import { computeScore } from './compute-score.js';
import { rateByGroup, lift } from './stats/bands.js';
import { fitWithHeldOutAuc } from './stats/cross-validation.js';
import { applyStandardization, fitLogistic, standardize, toOriginalScale } from './stats/logistic.js';
import { rocAuc, rocCurve, type RocPoint } from './stats/roc.js';

export type Outcome = 'churned' | 'contracted' | 'retained' | 'expanded';
export const OUTCOMES = ['churned', 'contracted', 'retained', 'expanded'] as const satisfies readonly Outcome[];

export interface BacktestRow {
  accountId: string;
  score: number | null;
  band: Band | null;
  /** measure id → points (null = no data) */
  points: Record<string, number | null>;
  outcome: Outcome;
}

export interface BandRow {
  band: Band;
  accounts: number;
  churned: number;
  contracted: number;
  churnRate: number;
  lift: number | null;
}

export interface SuggestedWeight {
  measureId: string;
  label: string;
  /** the measure's share of the current score (0–1), before rescaling for missing data */
  currentWeight: number;
  /** the fitted share (0–1); 0 when more points went with MORE churn */
  suggestedWeight: number;
  /** change in log-odds of churn per 10 points, from the fitted model */
  logOddsPer10Points: number;
}

export interface BacktestSummary {
  accounts: number;
  unscored: number;
  outcomes: Record<Outcome, number>;
  churnRate: number;
  auc: number | null;
  roc: RocPoint[];
  bands: BandRow[];
  redLift: number | null;
  fit: {
    heldOutAuc: number | null;
    currentHeldOutAuc: number | null;
    suggestedHeldOutAuc: number | null;
    l2: number | null;
    trainAccounts: number;
    testAccounts: number;
    /** churned accounts among the test accounts: the AUCs above rest on this many */
    testChurned: number;
    reason: string | null;
    weights: SuggestedWeight[];
    suggested: ScorecardDefinition | null;
  };
}

/** Penalties tried; the largest keeps the current weights but for the scale. */
export const L2_GRID = [0.01, 0.1, 1, 10, 100, 1000];

/** Effective share of each measure in a definition when every measure has data. */
export function nominalWeights(definition: ScorecardDefinition): Record<string, number> {
  const weights: Record<string, number> = {};
  const walk = (group: GroupNode, share: number) => {
    const total = group.children.reduce((sum, c) => sum + c.weight, 0);
    for (const child of group.children) {
      const childShare = total > 0 ? (share * child.weight) / total : 0;
      if (child.kind === 'group') walk(child, childShare);
      else weights[child.id] = childShare;
    }
  };
  walk(definition.root, 1);
  return weights;
}

export function summarizeBacktest(rows: readonly BacktestRow[], definition: ScorecardDefinition, seed = 42): BacktestSummary {
  const scored = rows.filter((r): r is BacktestRow & { score: number; band: Band } => r.score !== null && r.band !== null);
  const churned = scored.map((r) => r.outcome === 'churned');
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])) as Record<Outcome, number>;
  const churnRate = scored.length > 0 ? churned.filter(Boolean).length / scored.length : 0;
  const risk = scored.map((r) => 100 - r.score);
  const rates = rateByGroup(scored.map((r) => r.band), churned);
  const bands: BandRow[] = BANDS.map((band) => {
    const rate = rates.find((r) => r.group === band);
    const inBand = scored.filter((r) => r.band === band);
    return {
      band,
      accounts: inBand.length,
      churned: rate?.positives ?? 0,
      contracted: inBand.filter((r) => r.outcome === 'contracted').length,
      churnRate: rate?.rate ?? 0,
      lift: rate && inBand.length > 0 ? lift(rate.rate, churnRate) : null,
    };
  });
  return {
    accounts: rows.length,
    unscored: rows.length - scored.length,
    outcomes,
    churnRate,
    auc: rocAuc(risk, churned),
    roc: rocCurve(risk, churned),
    bands,
    redLift: bands[0]?.lift ?? null,
    fit: fitWeights(scored, definition, seed),
  };
}

function fitWeights(rows: readonly (BacktestRow & { score: number })[], definition: ScorecardDefinition, seed: number): BacktestSummary['fit'] {
  const nominal = nominalWeights(definition);
  const measures = Object.keys(nominal).filter((id) => rows.some((r) => r.points[id] !== null && r.points[id] !== undefined));
  const empty = (reason: string): BacktestSummary['fit'] => ({
    heldOutAuc: null, currentHeldOutAuc: null, suggestedHeldOutAuc: null, l2: null, trainAccounts: 0, testAccounts: 0, testChurned: 0,
    reason, weights: [], suggested: null,
  });
  if (measures.length === 0) return empty('no_measures');
  // A measure without data for an account takes the mean points of the accounts that have it.
  const means = measures.map((id) => {
    const present = rows.map((r) => r.points[id]).filter((p): p is number => typeof p === 'number');
    return present.reduce((s, p) => s + p, 0) / present.length;
  });
  const X = rows.map((r) => measures.map((id, j) => r.points[id] ?? (means[j] as number)));
  const y = rows.map((r) => (r.outcome === 'churned' ? 1 : 0));
  // Scale on all rows' features (never the labels), so the penalty treats measures alike.
  const scaling = standardize(X);
  const Z = applyStandardization(X, scaling);
  const centerOn = currentCenter(rows.map((r) => r.score), y, measures.map((id) => nominal[id] ?? 0), scaling.sds);
  const fit = fitWithHeldOutAuc(Z, y, { grid: L2_GRID, k: 5, seed, testShare: 0.3, centerOn });
  if (!fit.model) {
    return { ...empty(fit.reason ?? 'too_few'), trainAccounts: fit.trainRows.length, testAccounts: fit.testRows.length, testChurned: fit.testPositives };
  }
  const original = toOriginalScale(fit.model, scaling);
  const protective = original.coefficients.map((c) => Math.max(0, -c));
  const total = protective.reduce((s, c) => s + c, 0);
  const weights: SuggestedWeight[] = measures.map((id, j) => ({
    measureId: id,
    label: labelOf(definition, id),
    currentWeight: nominal[id] ?? 0,
    suggestedWeight: total > 0 ? (protective[j] as number) / total : 0,
    logOddsPer10Points: (original.coefficients[j] as number) * 10,
  }));
  const suggested = suggestedDefinition(definition, weights);
  const testRows = fit.testRows.map((i) => rows[i] as BacktestRow & { score: number });
  const testChurn = testRows.map((r) => r.outcome === 'churned');
  const suggestedScores = testRows.map((r) => computeScore(suggested, r.points).score ?? 50);
  return {
    heldOutAuc: fit.heldOutAuc,
    currentHeldOutAuc: rocAuc(testRows.map((r) => 100 - r.score), testChurn),
    suggestedHeldOutAuc: total > 0 ? rocAuc(suggestedScores.map((s) => 100 - s), testChurn) : null,
    l2: fit.l2,
    trainAccounts: fit.trainRows.length,
    testAccounts: fit.testRows.length,
    testChurned: fit.testPositives,
    reason: total > 0 ? null : 'no_protective_measure',
    weights,
    suggested: total > 0 ? suggested : null,
  };
}

/**
 * The current scorecard as coefficients on the standardized points, for a fit on some rows. The
 * score is Σ wⱼ·pointsⱼ (weights as shares), so on standardized points it is a constant plus
 * Σ wⱼ·sdⱼ·zⱼ; a one-feature logistic regression of churn on the score over those rows gives the
 * log-odds per point, c, and the centre is c·wⱼ·sdⱼ. A centred fit with a heavy penalty thus
 * ranks accounts as the scorecard does, and its suggested shares are the current ones.
 */
export function currentCenter(scores: readonly number[], y: readonly number[], weights: readonly number[], sds: readonly number[]) {
  return (rows: readonly number[]): number[] => {
    const own = rows.map((r) => scores[r] as number);
    const mean = own.reduce((s, v) => s + v, 0) / own.length;
    const sd = Math.sqrt(own.reduce((s, v) => s + (v - mean) ** 2, 0) / own.length);
    if (!(sd > 0)) return weights.map(() => 0);
    // l2 = 1 on one standardized feature: finite even when the score separates the rows perfectly.
    const slope = fitLogistic(own.map((v) => [(v - mean) / sd]), rows.map((r) => y[r] as number), { l2: 1 }).coefficients[0] as number;
    const perPoint = slope / sd;
    return weights.map((w, j) => perPoint * w * (sds[j] as number));
  };
}

function labelOf(definition: ScorecardDefinition, id: string): string {
  const find = (group: GroupNode): string | undefined => {
    for (const child of group.children) {
      if (child.id === id) return child.label;
      if (child.kind === 'group') {
        const found = find(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(definition.root) ?? id;
}

/** The current measures, flattened into one group weighted as fitted (percent, whole numbers). */
function suggestedDefinition(definition: ScorecardDefinition, weights: SuggestedWeight[]): ScorecardDefinition {
  const byId = new Map(weights.map((w) => [w.measureId, w]));
  const measures: GroupNode['children'] = [];
  const walk = (group: GroupNode) => {
    for (const child of group.children) {
      if (child.kind === 'group') walk(child);
      else if (byId.has(child.id)) measures.push({ ...child, weight: Math.round((byId.get(child.id)?.suggestedWeight ?? 0) * 1000) / 10 });
    }
  };
  walk(definition.root);
  return { bands: definition.bands, root: { ...definition.root, children: measures } };
}
