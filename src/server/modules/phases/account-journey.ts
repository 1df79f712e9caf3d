/**
 * One account's journey: where it stands on the roadmap and since when, whether the next
 * phase's criterion holds now (and on what values), its checklists with who ticked what, and
 * the transition log. Plus what a CSM does there: move it by hand with a reason (which pins
 * it), unpin it so rules resume, and tick or untick a checklist item — each audited and on the
 * account's timeline in the same transaction.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { accounts, users } from '../../db/schema/index.js';
import { accountChecklist, accountPhases, checklistItems, phaseTransitions } from '../../db/schema/journey.js';
import { notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { evaluateCriterion, readCriterion } from '../../../domain/phases/criteria.js';
import { orderPhases } from '../../../domain/phases/advance.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { loadRoadmapAccounts } from './phase-facts.js';
import { ensureDefaultPhases, loadChecklistItems } from './phase-store.js';
import { setPhase, setPhasePin } from './set-phase.js';

async function requireAccount(tx: Tx, workspaceId: string, accountId: string) {
  const [row] = await tx.select({ id: accounts.id, phase: accounts.phase }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId)));
  if (!row) throw notFound('account.not_found', accountId);
  return row;
}

export async function loadAccountJourney(db: Db, workspaceId: string, accountId: string, now: Date) {
  return db.transaction(async (tx) => {
    await requireAccount(tx, workspaceId, accountId);
    const phases = orderPhases(await ensureDefaultPhases(tx, workspaceId, now));
    const nameOf = new Map(phases.map((p) => [p.key, p.name]));
    const [placed] = await tx.select().from(accountPhases).where(and(eq(accountPhases.workspaceId, workspaceId), eq(accountPhases.accountId, accountId)));
    const index = placed ? phases.findIndex((p) => p.key === placed.phaseKey) : -1;
    const nextPhase = index >= 0 ? phases[index + 1] : undefined;
    const nextCriterion = nextPhase ? readCriterion(nextPhase.criterion) : null;
    let evaluation: { holds: boolean; saw: Record<string, number | string | null> } | null = null;
    if (nextCriterion) {
      const measureIds = nextCriterion.kind === 'measure_threshold' ? [nextCriterion.measureId] : [];
      const [facts] = await loadRoadmapAccounts(tx, workspaceId, [accountId], measureIds, now);
      if (facts) evaluation = evaluateCriterion(nextCriterion, facts.facts);
    }
    const items = await loadChecklistItems(tx, workspaceId);
    const ticks = await tx.select({ itemId: accountChecklist.itemId, doneAt: accountChecklist.doneAt, by: users.name }).from(accountChecklist)
      .leftJoin(users, eq(users.id, accountChecklist.doneBy))
      .where(and(eq(accountChecklist.workspaceId, workspaceId), eq(accountChecklist.accountId, accountId)));
    const tickOf = new Map(ticks.map((t) => [t.itemId, t]));
    const checklists = phases.map((p) => {
      const list = items.filter((i) => i.phaseKey === p.key).map((i) => {
        const tick = tickOf.get(i.id);
        return { id: i.id, title: i.title, description: i.description, doneAt: tick?.doneAt.toISOString() ?? null, doneByName: tick?.by ?? null };
      });
      return { phaseKey: p.key, phaseName: p.name, done: list.filter((i) => i.doneAt !== null).length, total: list.length, items: list };
    }).filter((c) => c.total > 0);
    const log = await tx.select({ t: phaseTransitions, actorName: users.name }).from(phaseTransitions)
      .leftJoin(users, eq(users.id, phaseTransitions.actorId))
      .where(and(eq(phaseTransitions.workspaceId, workspaceId), eq(phaseTransitions.accountId, accountId)))
      .orderBy(desc(phaseTransitions.at), asc(phaseTransitions.id)).limit(100);
    return {
      phase: placed ? {
        key: placed.phaseKey, name: nameOf.get(placed.phaseKey) ?? placed.phaseKey, enteredAt: placed.enteredAt.toISOString(),
        daysInPhase: Math.max(0, Math.floor((now.getTime() - placed.enteredAt.getTime()) / 86_400_000)),
        pinned: placed.pinned, pinReason: placed.pinReason,
      } : null,
      next: nextPhase ? {
        key: nextPhase.key, name: nextPhase.name, criterion: nextCriterion, holds: evaluation?.holds ?? null, saw: evaluation?.saw ?? null,
      } : null,
      phases: phases.map((p) => ({ key: p.key, name: p.name, isOnboarding: p.isOnboarding })),
      checklists,
      transitions: log.map(({ t, actorName }) => ({
        id: t.id, from: t.fromPhase, to: t.toPhase, at: t.at.toISOString(), source: t.source as 'initial' | 'rule' | 'manual' | 'playbook',
        criterion: t.criterion ?? null, reason: t.reason, actorName,
      })),
    };
  });
}

/** A CSM's move: pins the account in the phase; returns whether it moved. */
export async function movePhase(db: Db, principal: Principal, accountId: string, input: { phase: string; reason: string }, now: Date) {
  return db.transaction(async (tx) => {
    await requireAccount(tx, principal.workspaceId, accountId);
    return setPhase(tx, principal.workspaceId, accountId, input.phase, { source: 'manual', reason: input.reason, actorId: principal.userId, pin: true, at: now });
  });
}

export async function pinPhase(db: Db, principal: Principal, accountId: string, input: { pinned: boolean; reason?: string | null }, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    await requireAccount(tx, ws, accountId);
    const changed = await setPhasePin(tx, ws, accountId, input.pinned, input.reason?.trim() || null);
    if (!changed) return false;
    await recordSystemEvents(tx, ws, principal.userId, [{
      accountId, event: input.pinned ? 'phase.pinned' : 'phase.unpinned', data: { reason: input.reason ?? null },
    }], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'account_phase', entityId: accountId, changes: { pinned: input.pinned, reason: input.reason ?? null } }, now);
    return true;
  });
}

/** Ticks or unticks a checklist item for an account; returns whether anything changed. */
export async function tickChecklist(db: Db, principal: Principal, accountId: string, itemId: string, done: boolean, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    await requireAccount(tx, ws, accountId);
    const [item] = await tx.select().from(checklistItems).where(and(eq(checklistItems.workspaceId, ws), eq(checklistItems.id, itemId)));
    if (!item) throw notFound('checklist_item.not_found', itemId);
    const changed = done
      ? await tx.insert(accountChecklist).values({ workspaceId: ws, accountId, itemId, doneAt: now, doneBy: principal.userId })
        .onConflictDoNothing().returning({ itemId: accountChecklist.itemId })
      : await tx.delete(accountChecklist)
        .where(and(eq(accountChecklist.workspaceId, ws), eq(accountChecklist.accountId, accountId), eq(accountChecklist.itemId, itemId)))
        .returning({ itemId: accountChecklist.itemId });
    if (changed.length === 0) return false;
    await recordSystemEvents(tx, ws, principal.userId, [{
      accountId, event: done ? 'checklist.checked' : 'checklist.unchecked', data: { name: item.title, item: item.title, phase: item.phaseKey },
    }], now);
    await recordAudit(tx, principal, { action: done ? 'create' : 'delete', entity: 'checklist_tick', entityId: `${accountId}:${itemId}`, changes: { item: item.title } }, now);
    return true;
  });
}
