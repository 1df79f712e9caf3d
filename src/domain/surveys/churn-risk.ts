/**
 * Churn risk from continuation intent (継続意向, 1–5): a mapping from each answer to the
 * probability that the account churns within 12 months, per account and overall.
 *
 * DEFAULT mapping — an ASSUMPTION, not a measured figure, used until the workspace has its own
 * history: 5 → 3%, 4 → 8%, 3 → 25%, 2 → 55%, 1 → 80% annual churn probability. Why these:
 * stated intent overstates what people do (purchase-intention research, e.g. Morwitz, Steckel &
 * Gupta 2007), so even "will certainly continue" keeps a small risk and "will certainly not"
 * stays short of 100%; the middle answer ("undecided") is set near the 20–30% logo churn that
 * at-risk SaaS cohorts show; and the steps grow toward the bottom of the scale because a
 * negative answer is a stronger signal than a positive one. A portfolio answering mostly 4–5
 * then lands near 5–10% a year, in the range of typical B2B SaaS annual logo churn.
 *
 * CALIBRATED mapping — once responses are at least 12 months old and their account's fate in
 * the 12 months after the answer is known, each level's churn rate is estimated from them,
 * shrunk toward the default with a Beta prior worth PRIOR_STRENGTH responses (posterior mean
 * (churned + s·p₀) ÷ (n + s)), so a level with a handful of answers stays near the default and
 * one with hundreds speaks for itself. The five estimates are then made monotone (a lower
 * intent never gets a lower risk) by pooling adjacent violators, weighted by n + s.
 */

export const INTENT_LEVELS = [1, 2, 3, 4, 5] as const;
export type IntentLevel = (typeof INTENT_LEVELS)[number];

/** Annual churn probability by continuation intent: the assumption above. */
export const DEFAULT_CHURN_MAPPING: Readonly<Record<IntentLevel, number>> = { 1: 0.8, 2: 0.55, 3: 0.25, 4: 0.08, 5: 0.03 };

/** The Beta prior's weight, in responses: 20 observed answers at a level weigh as much as the default. */
export const PRIOR_STRENGTH = 20;

/** Known outcomes needed before the calibrated mapping replaces the default. */
export const MIN_CALIBRATION_RESPONSES = 30;

export interface CalibrationRow {
  continuation: number;
  /** the account churned within 12 months after the answer */
  churned: boolean;
}

export interface MappingLevel {
  level: IntentLevel;
  risk: number;
  /** the default's figure for this level */
  prior: number;
  /** responses with a known outcome at this level, and how many of their accounts churned */
  n: number;
  churned: number;
}

export interface ChurnMapping {
  kind: 'default' | 'calibrated';
  /** why this mapping is in use */
  reason: 'no_history' | 'too_little_history' | 'calibrated';
  /** responses with a known 12-month outcome */
  historyResponses: number;
  priorStrength: number;
  levels: MappingLevel[];
}

/** Pool-adjacent-violators: the weighted non-increasing sequence closest to `values`. */
export function nonIncreasing(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Array<{ value: number; weight: number; size: number }> = [];
  values.forEach((value, i) => {
    blocks.push({ value, weight: weights[i] as number, size: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const prev = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (prev.value >= last.value) break;
      const weight = prev.weight + last.weight;
      blocks.splice(-2, 2, { value: (prev.value * prev.weight + last.value * last.weight) / weight, weight, size: prev.size + last.size });
    }
  });
  return blocks.flatMap((b) => Array.from({ length: b.size }, () => b.value));
}

/** The mapping in use: calibrated on `history` when it is long enough, else the default. */
export function churnMapping(history: readonly CalibrationRow[]): ChurnMapping {
  const counts = INTENT_LEVELS.map((level) => {
    const rows = history.filter((r) => r.continuation === level);
    return { level, n: rows.length, churned: rows.filter((r) => r.churned).length, prior: DEFAULT_CHURN_MAPPING[level] };
  });
  const total = counts.reduce((s, c) => s + c.n, 0);
  const base = { historyResponses: total, priorStrength: PRIOR_STRENGTH };
  if (total < MIN_CALIBRATION_RESPONSES) {
    return {
      kind: 'default', reason: total === 0 ? 'no_history' : 'too_little_history', ...base,
      levels: counts.map((c) => ({ ...c, risk: c.prior })),
    };
  }
  const shrunk = counts.map((c) => (c.churned + PRIOR_STRENGTH * c.prior) / (c.n + PRIOR_STRENGTH));
  const monotone = nonIncreasing(shrunk, counts.map((c) => c.n + PRIOR_STRENGTH));
  return { kind: 'calibrated', reason: 'calibrated', ...base, levels: counts.map((c, i) => ({ ...c, risk: monotone[i] as number })) };
}

/** The churn risk of one continuation answer under a mapping; null for no answer. */
export function riskOf(mapping: ChurnMapping, continuation: number | null): number | null {
  if (continuation === null) return null;
  return mapping.levels.find((l) => l.level === continuation)?.risk ?? null;
}

export interface RespondentRisk {
  accountId: string;
  continuation: number | null;
}

export interface AccountRisk {
  accountId: string;
  respondents: number;
  /** the mean risk of the account's respondents who answered continuation intent */
  risk: number;
  arr: number;
  arrAtRisk: number;
}

export interface PortfolioRisk {
  accounts: AccountRisk[];
  /** ARR-weighted mean of the accounts' risks; the plain mean when no account has ARR */
  overallRisk: number | null;
  totalArr: number;
  arrAtRisk: number;
  weighting: 'arr' | 'accounts';
}

/** Per-account risk (mean over its respondents) and the portfolio's ARR-weighted risk and ARR at risk. */
export function portfolioRisk(mapping: ChurnMapping, respondents: readonly RespondentRisk[], arrOf: (accountId: string) => number): PortfolioRisk {
  const byAccount = new Map<string, number[]>();
  for (const r of respondents) {
    const risk = riskOf(mapping, r.continuation);
    if (risk === null) continue;
    const list = byAccount.get(r.accountId);
    if (list) list.push(risk);
    else byAccount.set(r.accountId, [risk]);
  }
  const accounts = [...byAccount].map(([accountId, risks]): AccountRisk => {
    const risk = risks.reduce((s, x) => s + x, 0) / risks.length;
    const arr = Math.max(0, arrOf(accountId));
    return { accountId, respondents: risks.length, risk, arr, arrAtRisk: arr * risk };
  });
  const totalArr = accounts.reduce((s, a) => s + a.arr, 0);
  const arrAtRisk = accounts.reduce((s, a) => s + a.arrAtRisk, 0);
  if (accounts.length === 0) return { accounts, overallRisk: null, totalArr: 0, arrAtRisk: 0, weighting: 'accounts' };
  if (totalArr === 0) {
    return { accounts, overallRisk: accounts.reduce((s, a) => s + a.risk, 0) / accounts.length, totalArr, arrAtRisk, weighting: 'accounts' };
  }
  return { accounts, overallRisk: arrAtRisk / totalArr, totalArr, arrAtRisk, weighting: 'arr' };
}
