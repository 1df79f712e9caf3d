/**
 * Evaluates the roadmap for accounts (all customers of the workspace when `accountIds` is
 * undefined) and applies one step each — the rule is in domain/phases/advance.ts. Run by the
 * automation worker after health scoring and on its schedule. Returns how many accounts moved.
 */
import type { Tx } from '../../db/connect.js';
import { nextStep, orderPhases } from '../../../domain/phases/advance.js';
import { readCriterion } from '../../../domain/phases/criteria.js';
import { applyPhaseChanges, type PhaseChange } from './apply-transitions.js';
import { loadRoadmapAccounts } from './phase-facts.js';
import { ensureDefaultPhases } from './phase-store.js';

export async function advancePhases(tx: Tx, workspaceId: string, accountIds: string[] | undefined, now: Date): Promise<number> {
  if (accountIds && accountIds.length === 0) return 0;
  const phases = orderPhases(await ensureDefaultPhases(tx, workspaceId, now));
  const keys = new Set(phases.map((p) => p.key));
  const measureIds = [...new Set(phases.flatMap((p) => {
    const c = readCriterion(p.criterion);
    return c?.kind === 'measure_threshold' ? [c.measureId] : [];
  }))];
  const accounts = await loadRoadmapAccounts(tx, workspaceId, accountIds, measureIds, now);
  const changes: PhaseChange[] = [];
  for (const account of accounts) {
    const step = nextStep(phases, account.placed, account.facts);
    if (!step) continue;
    // An account never placed but carrying a known phase (an import, a CRM sync) starts there.
    const to = step.source === 'initial' && account.phase && keys.has(account.phase) ? account.phase : step.to;
    changes.push({
      accountId: account.accountId, from: account.placed?.phaseKey ?? null, 
      previous: account.placed ? account.placed.phaseKey : account.phase !== to ? account.phase : null,
      to, source: step.source, criterion: step.criterion, reason: null, actorId: null, pin: false, respectPin: true,
    });
  }
  const applied = await applyPhaseChanges(tx, workspaceId, changes, now);
  return applied.length;
}
