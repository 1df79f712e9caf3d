/**
 * The rule that moves an account along the roadmap, one step per evaluation:
 * - an account without a phase enters the first phase (source `initial`);
 * - an account pinned by a CSM stays where it is until unpinned;
 * - otherwise it moves to the NEXT phase (by position) when that phase's entry criterion holds;
 *   a phase without a criterion is entered only by hand or by a playbook, so it stops the
 *   automatic flow; the last phase is final until someone moves the account;
 * - an account in a phase that no longer exists is left alone (nothing to step from).
 * One step at a time keeps every transition explainable: an account never skips a phase in one
 * pass, and the next pass (15 minutes later, or at the next data change) may take the next step.
 */
import { evaluateCriterion, readCriterion, type PhaseCriterion, type PhaseFacts } from './criteria.js';

export interface PhaseDef {
  key: string;
  position: number;
  criterion: unknown;
}

export interface CurrentPhase {
  phaseKey: string;
  pinned: boolean;
}

export interface PhaseStep {
  to: string;
  from: string | null;
  source: 'initial' | 'rule';
  /** for a rule: the criterion that fired and the values it saw */
  criterion: { criterion: PhaseCriterion; saw: Record<string, number | string | null> } | null;
}

export function orderPhases<T extends { position: number; key: string }>(phases: readonly T[]): T[] {
  return [...phases].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

/** The one step this account takes now, or null when it stays. `phases` in position order. */
export function nextStep(phases: readonly PhaseDef[], current: CurrentPhase | null, facts: PhaseFacts): PhaseStep | null {
  if (phases.length === 0) return null;
  if (!current) return { to: phases[0]!.key, from: null, source: 'initial', criterion: null };
  if (current.pinned) return null;
  const index = phases.findIndex((p) => p.key === current.phaseKey);
  if (index < 0 || index === phases.length - 1) return null;
  const next = phases[index + 1]!;
  const criterion = readCriterion(next.criterion);
  if (!criterion) return null;
  const result = evaluateCriterion(criterion, facts);
  if (!result.holds) return null;
  return { to: next.key, from: current.phaseKey, source: 'rule', criterion: { criterion, saw: result.saw } };
}
