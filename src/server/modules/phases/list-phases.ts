/** The roadmap as the settings screen shows it: phases in order, their checklists, and accounts in each now. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { readCriterion } from '../../../domain/phases/criteria.js';
import { orderPhases } from '../../../domain/phases/advance.js';
import { ensureDefaultPhases, loadChecklistItems } from './phase-store.js';

export async function listPhases(db: Db, workspaceId: string, now: Date) {
  return db.transaction(async (tx) => {
    const phases = orderPhases(await ensureDefaultPhases(tx, workspaceId, now));
    const items = await loadChecklistItems(tx, workspaceId);
    const counts = (await tx.execute(sql`
      select phase_key, count(*)::int as n from account_phases where workspace_id = ${workspaceId}::uuid group by phase_key`) as unknown as
      { rows: { phase_key: string; n: number }[] }).rows;
    const countOf = new Map(counts.map((r) => [r.phase_key, Number(r.n)]));
    return phases.map((p) => ({
      id: p.id, key: p.key, name: p.name, description: p.description, position: p.position, criterion: readCriterion(p.criterion),
      isOnboarding: p.isOnboarding, accounts: countOf.get(p.key) ?? 0,
      checklist: items.filter((i) => i.phaseKey === p.key)
        .map((i) => ({ id: i.id, phaseKey: i.phaseKey, title: i.title, description: i.description, position: i.position })),
    }));
  });
}
