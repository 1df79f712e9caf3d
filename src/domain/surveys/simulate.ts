/**
 * What-if (SPEC §3.8): raise the consultation rate among customers with trouble, or the share
 * of consultations handled above expectations, and see the leaf shares, the overall churn risk
 * and the ARR at risk that would follow — each leaf's mean risk held at today's.
 *
 * Pure, so the web app runs it under the sliders without a server round trip. The baseline
 * weighs every respondent as churn-risk.ts weighs them: an account's ARR split evenly over its
 * respondents (one each when no account has ARR), so the baseline's overall risk equals the
 * portfolio's ARR-weighted risk and a slider left at today's value changes nothing.
 *
 * Moving the sliders keeps the "no trouble" leaf and the unclassified responses as they are;
 * among those with trouble, `consultRate` of the weight consults; of that, `aboveShare` is
 * handled above expectations and the rest splits between "as" and "below" in today's ratio.
 */
import { CX_LEAVES, type CxLeaf } from './definition.js';

export interface SimRespondent {
  accountId: string;
  /** null = unclassified */
  leaf: CxLeaf | null;
  /** churn risk of the respondent's continuation answer; respondents without one are left out */
  risk: number;
}

export interface SimLeaf {
  leaf: CxLeaf;
  weight: number;
  /** the leaf's weighted mean risk; null when no respondent is in it */
  risk: number | null;
}

export interface SimBaseline {
  leaves: SimLeaf[];
  unclassified: { weight: number; risk: number | null };
  /** the ARR the risk applies to (0 when no account has ARR) */
  totalArr: number;
}

export interface SimInput {
  /** 0–1: of the weight with trouble, the part that consults */
  consultRate: number;
  /** 0–1: of the consultations, the part handled above expectations */
  aboveShare: number;
}

export interface SimResult {
  shares: Record<CxLeaf, number>;
  risk: number | null;
  arrAtRisk: number;
  /** leaves empty today whose risk had to be assumed (the average of the classified respondents) */
  assumedLeaves: CxLeaf[];
}

/** The baseline of one survey: each leaf's weight and weighted mean risk. */
export function simulationBaseline(respondents: readonly SimRespondent[], arrOf: (accountId: string) => number): SimBaseline {
  const perAccount = new Map<string, number>();
  for (const r of respondents) perAccount.set(r.accountId, (perAccount.get(r.accountId) ?? 0) + 1);
  const totalArr = [...perAccount.keys()].reduce((s, id) => s + Math.max(0, arrOf(id)), 0);
  const weightOf = (id: string) => (totalArr > 0 ? Math.max(0, arrOf(id)) : 1) / (perAccount.get(id) as number);
  const sums = new Map<CxLeaf | null, { weight: number; risk: number }>();
  for (const r of respondents) {
    const s = sums.get(r.leaf) ?? { weight: 0, risk: 0 };
    const w = weightOf(r.accountId);
    sums.set(r.leaf, { weight: s.weight + w, risk: s.risk + w * r.risk });
  }
  const of = (leaf: CxLeaf | null) => {
    const s = sums.get(leaf);
    return s && s.weight > 0 ? { weight: s.weight, risk: s.risk / s.weight } : { weight: 0, risk: null };
  };
  return { leaves: CX_LEAVES.map((leaf) => ({ leaf, ...of(leaf) })), unclassified: of(null), totalArr };
}

const weightOf = (b: SimBaseline, leaf: CxLeaf) => b.leaves.find((l) => l.leaf === leaf)?.weight ?? 0;

/** Today's slider positions; null when nobody had trouble (or nobody consulted). */
export function currentRates(b: SimBaseline): { consultRate: number | null; aboveShare: number | null } {
  const consulted = weightOf(b, 'above') + weightOf(b, 'as') + weightOf(b, 'below');
  const trouble = consulted + weightOf(b, 'not_consulted');
  return { consultRate: trouble > 0 ? consulted / trouble : null, aboveShare: consulted > 0 ? weightOf(b, 'above') / consulted : null };
}

function newWeights(b: SimBaseline, input: SimInput): Record<CxLeaf, number> {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const as = weightOf(b, 'as');
  const below = weightOf(b, 'below');
  const trouble = weightOf(b, 'not_consulted') + weightOf(b, 'above') + as + below;
  const consulted = clamp(input.consultRate) * trouble;
  const rest = (1 - clamp(input.aboveShare)) * consulted;
  const asShare = as + below > 0 ? as / (as + below) : 0.5;
  return {
    no_trouble: weightOf(b, 'no_trouble'),
    not_consulted: trouble - consulted,
    above: consulted - rest,
    as: rest * asShare,
    below: rest * (1 - asShare),
  };
}

/** The leaf shares, overall risk and ARR at risk under the sliders' values. */
export function simulate(b: SimBaseline, input: SimInput): SimResult {
  const weights = newWeights(b, input);
  const classifiedWeight = b.leaves.reduce((s, l) => s + l.weight, 0);
  const average = classifiedWeight > 0 ? b.leaves.reduce((s, l) => s + l.weight * (l.risk ?? 0), 0) / classifiedWeight : null;
  const total = classifiedWeight + b.unclassified.weight;
  const assumedLeaves: CxLeaf[] = [];
  let riskWeight = b.unclassified.weight * (b.unclassified.risk ?? 0);
  for (const leaf of CX_LEAVES) {
    const known = b.leaves.find((l) => l.leaf === leaf)?.risk ?? null;
    if (known === null && weights[leaf] > 1e-12) assumedLeaves.push(leaf);
    riskWeight += weights[leaf] * (known ?? average ?? 0);
  }
  const shares = Object.fromEntries(CX_LEAVES.map((l) => [l, classifiedWeight > 0 ? weights[l] / classifiedWeight : 0])) as Record<CxLeaf, number>;
  const risk = total > 0 ? riskWeight / total : null;
  return { shares, risk, arrAtRisk: (risk ?? 0) * b.totalArr, assumedLeaves };
}
