/**
 * How an account's hidden true health h (0–1) turns into what happens to it. Healthy accounts
 * grow and renew; unhealthy ones shrink, give notice and ignore their CSM. The curves are
 * tuned so the default demo lands near published Japanese SaaS figures (reference/metrics.md:
 * monthly revenue churn around 1–2% for half of companies; annual logo churn around 10%).
 */

/** Chance that a term ends in cancellation (decided two months before its end). */
export function termChurnChance(h: number): number {
  return 0.03 + 0.6 * (1 - h) ** 2.5;
}

/** Chance that a renewing term renews smaller (seats, plan, a concession, an add-on dropped). */
export function renewalContractionChance(h: number): number {
  return 0.04 + 0.35 * (1 - h) ** 1.5;
}

/** Chance that a renewing term renews larger. */
export function renewalExpansionChance(h: number): number {
  return 0.05 + 0.35 * h ** 2;
}

/** Chance of a mid-term expansion in any month (more seats, an upgrade, an add-on). */
export function monthlyExpansionChance(h: number): number {
  return 0.07 * h ** 2;
}

/** Month-to-month customers can leave any month: the term chance spread over twelve months, a little higher. */
export function monthlyChurnChance(h: number): number {
  return 1 - (1 - Math.min(0.95, termChurnChance(h) * 1.3)) ** (1 / 12);
}

export function monthlyContractionChance(h: number): number {
  return 0.012 * (1 - h);
}

/** Chance per month that a churned account comes back (at least two months after leaving). */
export function monthlyReactivationChance(h: number): number {
  return 0.025 * (0.4 + h);
}

/** Chance that a planned meeting or call actually happens, rather than going unanswered. */
export function answerChance(h: number): number {
  return 0.35 + 0.6 * h;
}

/** Chance that the executive sponsor is known (a contact is recorded at executive level). */
export function executiveCoverageChance(h: number): number {
  return 0.45 + 0.5 * h;
}

/** Tone of a routine touch: mostly positive above 0.7, mostly negative below 0.35. */
export function toneOf(h: number, roll: number): 'positive' | 'neutral' | 'negative' {
  const positive = Math.max(0, Math.min(0.85, (h - 0.3) * 1.4));
  const negative = Math.max(0, Math.min(0.8, (0.55 - h) * 1.6));
  if (roll < positive) return 'positive';
  if (roll < positive + negative) return 'negative';
  return 'neutral';
}
