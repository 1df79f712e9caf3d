/**
 * One automation step for a workspace, in the caller's transaction, in dependency order: tiers
 * first (a playbook may be scoped to a tier), then phases (a phase entered is an event some
 * playbooks fire on), then playbooks.
 */
import type { Tx } from '../../db/connect.js';
import { refreshTiers } from '../tiers/refresh-tiers.js';
import { advancePhases } from '../phases/advance-phases.js';
import { runPlaybooks, type PassResult } from '../playbooks/run-playbooks.js';

export interface WorkspaceStep extends PassResult {
  tiersChanged: number;
  phasesChanged: number;
}

export async function evaluateWorkspace(tx: Tx, workspaceId: string, accountIds: string[] | undefined, now: Date): Promise<WorkspaceStep> {
  const tiersChanged = await refreshTiers(tx, workspaceId, accountIds, now);
  const phasesChanged = await advancePhases(tx, workspaceId, accountIds, now);
  const playbooks = await runPlaybooks(tx, workspaceId, { ...(accountIds ? { accountIds } : {}), now });
  return { tiersChanged, phasesChanged, ...playbooks };
}
