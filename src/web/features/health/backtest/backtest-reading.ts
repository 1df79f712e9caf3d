/**
 * Plain-language readings of backtest figures and the date arithmetic of its form (pure).
 */

/**
 * How well a score ranks churners, read from its ROC AUC. The cut-offs follow Hosmer &
 * Lemeshow, Applied Logistic Regression (2nd ed., 2000, §5.2.4): 0.5 means no discrimination
 * (a coin toss), 0.7–0.8 acceptable, 0.8 and above excellent. Between 0.6 and 0.7 the score
 * helps a little; below 0.45 it ranks backwards (healthy-looking accounts churned more).
 */
export type AucReading = 'none' | 'inverse' | 'chance' | 'weak' | 'useful' | 'strong';

export function readAuc(auc: number | null): AucReading {
  if (auc === null || Number.isNaN(auc)) return 'none';
  if (auc < 0.45) return 'inverse';
  if (auc < 0.6) return 'chance';
  if (auc < 0.7) return 'weak';
  if (auc < 0.8) return 'useful';
  return 'strong';
}

/** AUCs read with two decimals (0.83), the way papers and tools report them; '—' when unmeasured. */
export function formatAuc(auc: number | null): string {
  return auc === null || Number.isNaN(auc) ? '—' : auc.toFixed(2);
}

export const AUC_COLORS: Record<AucReading, string> = {
  none: 'gray', inverse: 'red', chance: 'red', weak: 'orange', useful: 'teal', strong: 'teal',
};

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' plus whole days, in UTC so no time zone shifts a day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export const HORIZONS = [90, 180, 365] as const;

/**
 * Today as the server counts it: the UTC calendar day (run-backtest.ts refuses a horizon that
 * ends after it). East of Greenwich the local date runs ahead in the morning, and a default
 * taken from it would be refused.
 */
export function serverToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The backtest looks back from a date whose horizon has passed: by default 180 days before today. */
export function defaultAsOf(today: string, horizonDays = 180): string {
  return addDays(today, -horizonDays);
}

/** The last day the horizon can end is today (the server refuses a later one). */
export function horizonFits(asOf: string, horizonDays: number, today: string): boolean {
  return addDays(asOf, horizonDays) <= today;
}

/** The latest date a horizon allows. */
export function latestAsOf(today: string, horizonDays: number): string {
  return addDays(today, -horizonDays);
}

/** Fewer churners than this among the held-out accounts and the held-out AUCs get a caution. */
export const THIN_TEST_CHURNED = 10;

export interface SuggestionReading {
  /**
   * The suggested weights against the current scorecard on the held-out accounts, at the two
   * decimals shown: 'better', 'same' or 'worse'; null when either is unmeasured.
   */
  versusCurrent: 'better' | 'same' | 'worse' | null;
  /**
   * With n churners held out, moving one churner's rank can change an AUC by up to 1 ÷ n (it
   * changes n0 of the n × n0 churner–stayer pairs); set when n is below THIN_TEST_CHURNED.
   */
  oneChurnerStep: number | null;
}

/** Whether to trust the suggestion: it must beat the current scorecard on accounts neither saw fitted. */
export function readSuggestion(fit: { currentHeldOutAuc: number | null; suggestedHeldOutAuc: number | null; testChurned: number }): SuggestionReading {
  const { currentHeldOutAuc: current, suggestedHeldOutAuc: suggested, testChurned } = fit;
  const shown = (auc: number) => Math.round(auc * 100);
  return {
    versusCurrent: current === null || suggested === null ? null
      : shown(suggested) > shown(current) ? 'better' : shown(suggested) < shown(current) ? 'worse' : 'same',
    oneChurnerStep: testChurned > 0 && testChurned < THIN_TEST_CHURNED ? 1 / testChurned : null,
  };
}
