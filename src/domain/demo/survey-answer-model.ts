/**
 * How a demo customer answers the CX survey and the NPS pulse, from the account's hidden true
 * health. The story follows the source behind the CX tree (SPEC §3.8, Synergy Marketing's
 * yearly survey): trouble is common, and what decides how customers feel about it is whether
 * they consulted the vendor and how well the vendor responded.
 *
 * - Unhealthy accounts report trouble more often, consult less, and get below-expectation
 *   handling more often (`leafChances`).
 * - Satisfaction, continuation intent and NPS share one latent attitude: a baseline set by
 *   health, plus a shift by leaf (`LEAF_SHIFT`), plus the person's own noise. The shifts are the
 *   effect the source found — trouble handled above expectations leaves customers MORE loyal
 *   than having no trouble at all; trouble left alone costs loyalty; a below-expectation
 *   response costs the most. The shifts are large enough that the ordering of the leaves' means
 *   survives the health confounding (unhealthy accounts crowd the trouble branches).
 * - An account that will churn within the year answers as if a fifth less healthy: people tell
 *   a survey they are leaving before they leave, which gives continuation intent real signal
 *   for the calibrated churn mapping.
 * - The second yearly run reflects a CS team that acted on the first: more customers with
 *   trouble consult (+10 points), and more consulted ones get above-expectation handling.
 */
import type { Random } from './random.js';

export type Handling = 'above' | 'as' | 'below';
export type Leaf = 'no_trouble' | 'not_consulted' | Handling;

/** Leaf shift of the latent attitude, in scale points (1–5). */
export const LEAF_SHIFT: Record<Leaf, number> = {
  above: 0.8,
  no_trouble: 0.35,
  as: 0.05,
  not_consulted: -0.3,
  below: -0.9,
};

/** How much healthier a customer feels in a later run: consulting and handling improved. */
export interface RunImprovement {
  consult: number;
  above: number;
}

export const FIRST_RUN: RunImprovement = { consult: 0, above: 0 };
export const SECOND_RUN: RunImprovement = { consult: 0.1, above: 0.08 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The health a respondent answers from: true health, lowered for accounts about to leave, with an account-level wobble. */
export function perceivedHealth(trueHealth: number, churnsWithinYear: boolean, wobble: number): number {
  return clamp(trueHealth - (churnsWithinYear ? 0.2 : 0) + wobble, 0, 1);
}

export interface LeafChances {
  trouble: number;
  consulted: number;
  above: number;
  below: number;
}

export function leafChances(h: number, run: RunImprovement): LeafChances {
  const above = clamp(0.18 + 0.3 * h + run.above, 0.05, 0.75);
  const below = clamp(0.08 + 0.38 * (1 - h) - run.above / 2, 0.03, 0.5);
  return {
    trouble: clamp(0.3 + 0.42 * (1 - h), 0.15, 0.85),
    consulted: clamp(0.42 + 0.35 * h + run.consult, 0.2, 0.92),
    above,
    below: Math.min(below, 0.95 - above),
  };
}

export function drawLeaf(r: Random, h: number, run: RunImprovement): Leaf {
  const c = leafChances(h, run);
  if (!r.chance(c.trouble)) return 'no_trouble';
  if (!r.chance(c.consulted)) return 'not_consulted';
  const roll = r.next();
  return roll < c.above ? 'above' : roll < c.above + c.below ? 'below' : 'as';
}

/** The respondent's latent attitude on the 1–5 scale. */
export function latentAttitude(r: Random, h: number, leaf: Leaf | null): number {
  return 3.25 + 2.2 * (h - 0.55) + (leaf === null ? 0 : LEAF_SHIFT[leaf]) + r.normal(0, 0.5);
}

const toScale = (v: number) => clamp(Math.round(v), 1, 5);

export interface CoreScores {
  satisfaction: number;
  continuation: number;
  nps: number;
}

/** Satisfaction and continuation on 1–5, NPS on 0–10, each the latent attitude plus its own noise. */
export function scoresFrom(r: Random, latent: number): CoreScores {
  return {
    satisfaction: toScale(latent - 0.1 + r.normal(0, 0.45)),
    continuation: toScale(latent + 0.1 + r.normal(0, 0.4)),
    nps: npsFrom(r, latent),
  };
}

/** 0–10: a latent 3.25 lands near 6, 4.5 near 8.5 — Japanese NPS runs strongly negative. */
export function npsFrom(r: Random, latent: number): number {
  return clamp(Math.round(2 * latent - 0.5 + r.normal(0, 1.2)), 0, 10);
}
