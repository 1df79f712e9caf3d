/**
 * The roadmap report: accounts and ARR per phase now, how many entered each phase in the
 * period, conversion between consecutive phases, time in phase (median and p75 days), and the
 * onboarding completion rate — the rules are in domain/phases/reports.ts and README.md.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { phaseTransitions } from '../../db/schema/journey.js';
import { baseCurrencyOf } from '../accounts/store.js';
import { orderPhases } from '../../../domain/phases/advance.js';
import { phaseConversions, timeInPhase, type Period } from '../../../domain/phases/reports.js';
import { ROADMAP_STATUSES } from './phase-facts.js';
import { ensureDefaultPhases } from './phase-store.js';
import { onboardingCompletionFor } from './onboarding-kpi.js';

export async function loadFunnelReport(db: Db, workspaceId: string, period: Period, now: Date) {
  return db.transaction(async (tx) => {
    const phases = orderPhases(await ensureDefaultPhases(tx, workspaceId, now));
    const keys = phases.map((p) => p.key);
    const statuses = sql.join(ROADMAP_STATUSES.map((s) => sql`${s}`), sql`, `);
    const standing = (await tx.execute(sql`
      select a.phase, count(*)::int as n, coalesce(sum(a.mrr), 0)::bigint * 12 as arr
      from accounts a where a.workspace_id = ${workspaceId}::uuid and a.status in (${statuses})
      group by a.phase`) as unknown as { rows: { phase: string | null; n: number; arr: number | string }[] }).rows;
    const customers = new Set((await tx.execute(sql`
      select id from accounts where workspace_id = ${workspaceId}::uuid and status in (${statuses})`) as unknown as { rows: { id: string }[] })
      .rows.map((r) => r.id));
    const log = await tx.select({ accountId: phaseTransitions.accountId, toPhase: phaseTransitions.toPhase, at: phaseTransitions.at })
      .from(phaseTransitions).where(and(eq(phaseTransitions.workspaceId, workspaceId)));
    const facts = log.map((t) => ({ accountId: t.accountId, toPhase: t.toPhase, at: t.at.toISOString() }));
    const start = Date.parse(`${period.from}T00:00:00.000Z`);
    const end = Date.parse(`${period.to}T00:00:00.000Z`) + 86_400_000;
    const entered = new Map<string, Set<string>>();
    for (const t of facts) {
      const at = Date.parse(t.at);
      if (at < start || at >= end) continue;
      const set = entered.get(t.toPhase) ?? new Set<string>();
      set.add(t.accountId);
      entered.set(t.toPhase, set);
    }
    const known = new Set(keys);
    const byPhase = new Map(standing.filter((r) => r.phase && known.has(r.phase)).map((r) => [r.phase!, r]));
    const unplaced = standing.filter((r) => !r.phase || !known.has(r.phase));
    const onboarding = await onboardingCompletionFor(tx, workspaceId, period, now);
    return {
      from: period.from, to: period.to, currency: await baseCurrencyOf(tx, workspaceId),
      phases: phases.map((p) => ({
        key: p.key, name: p.name, accounts: byPhase.get(p.key)?.n ?? 0, arr: Number(byPhase.get(p.key)?.arr ?? 0), entered: entered.get(p.key)?.size ?? 0,
      })),
      unplaced: { accounts: unplaced.reduce((s, r) => s + r.n, 0), arr: unplaced.reduce((s, r) => s + Number(r.arr), 0) },
      conversions: phaseConversions(facts, keys, period),
      timeInPhase: timeInPhase(facts, keys, period, now.toISOString(), customers),
      onboarding: { phase: onboarding.phase, checklistSize: onboarding.checklistSize, entered: onboarding.entered, completed: onboarding.completed, rate: onboarding.rate },
    };
  });
}
