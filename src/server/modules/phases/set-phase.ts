/**
 * Moves one account to a phase: by hand (a CSM, with a reason; pins the account so rules leave
 * it there until unpinned), by a playbook, or by a rule. A pinned account is moved only by a
 * person: a playbook or rule move of a pinned account is skipped. Returns whether it moved
 * (false when it already is in that phase, or is pinned against an automatic move). Writes
 * accounts.phase, account_phases, phase_transitions, a `phase.entered` timeline entry and an
 * audit row in the caller's transaction. Throws for an unknown account or phase.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { accounts } from '../../db/schema/index.js';
import { accountPhases } from '../../db/schema/journey.js';
import { notFound } from '../../errors.js';
import { applyPhaseChanges } from './apply-transitions.js';
import { ensureDefaultPhases } from './phase-store.js';

export interface SetPhaseHow {
  source: 'rule' | 'manual' | 'playbook';
  reason?: string;
  criterion?: unknown;
  actorId?: string | null;
  /** default: true for a manual move, false otherwise */
  pin?: boolean;
  at: Date;
}

export async function setPhase(tx: Tx, workspaceId: string, accountId: string, toPhase: string, how: SetPhaseHow): Promise<boolean> {
  const phases = await ensureDefaultPhases(tx, workspaceId, how.at);
  if (!phases.some((p) => p.key === toPhase)) throw notFound('phase.not_found', toPhase);
  const [account] = await tx.select({ phase: accounts.phase }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId))).for('update');
  if (!account) throw notFound('account.not_found', accountId);
  const [placed] = await tx.select({ phaseKey: accountPhases.phaseKey, pinned: accountPhases.pinned }).from(accountPhases)
    .where(and(eq(accountPhases.workspaceId, workspaceId), eq(accountPhases.accountId, accountId)));
  const manual = how.source === 'manual';
  if (placed?.pinned && !manual) return false;
  if (placed?.phaseKey === toPhase) return false;
  const applied = await applyPhaseChanges(tx, workspaceId, [{
    accountId, from: placed?.phaseKey ?? null, previous: placed?.phaseKey ?? account.phase, to: toPhase, source: how.source,
    criterion: how.criterion ?? null, reason: how.reason?.trim() || null, actorId: how.actorId ?? null,
    pin: how.pin ?? manual, respectPin: !manual,
  }], how.at);
  return applied.length > 0;
}

/** Pins or unpins an account where it is; returns false when it has no phase yet or nothing changed. */
export async function setPhasePin(tx: Tx, workspaceId: string, accountId: string, pinned: boolean, reason: string | null): Promise<boolean> {
  const rows = await tx.update(accountPhases).set({ pinned, pinReason: pinned ? reason : null })
    .where(and(eq(accountPhases.workspaceId, workspaceId), eq(accountPhases.accountId, accountId), sql`${accountPhases.pinned} <> ${pinned}`))
    .returning({ accountId: accountPhases.accountId });
  return rows.length > 0;
}
