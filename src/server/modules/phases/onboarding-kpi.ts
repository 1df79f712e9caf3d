/**
 * The onboarding completion rate (domain/phases/README.md): of the accounts that entered the
 * onboarding phase in a period, the share with every item of the onboarding checklist ticked
 * as of `asOf`. One query per period; used by the roadmap report and by KPI targets.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { onboardingCompletion, type OnboardingCompletion, type OnboardingEntrant } from '../../../domain/phases/reports.js';

const DAY_MS = 86_400_000;

export interface OnboardingResult extends OnboardingCompletion {
  phase: string | null;
  checklistSize: number;
  entrants: OnboardingEntrant[];
}

export async function onboardingCompletionFor(
  tx: Tx, workspaceId: string, period: { from: string; to: string }, asOf: Date,
): Promise<OnboardingResult> {
  const phase = await tx.execute(sql`
    select p.key, (select count(*)::int from checklist_items c where c.workspace_id = p.workspace_id and c.phase_key = p.key) as size
    from phases p where p.workspace_id = ${workspaceId}::uuid and p.is_onboarding
    order by p.position limit 1`);
  const [onboarding] = (phase as unknown as { rows: { key: string; size: number }[] }).rows;
  if (!onboarding) return { phase: null, checklistSize: 0, entrants: [], ...onboardingCompletion([], 0) };
  const start = `${period.from}T00:00:00.000Z`;
  const end = new Date(Date.parse(`${period.to}T00:00:00.000Z`) + DAY_MS).toISOString();
  const result = await tx.execute(sql`
    with entrants as (
      select distinct account_id from phase_transitions
      where workspace_id = ${workspaceId}::uuid and to_phase = ${onboarding.key}
        and at >= ${start}::timestamptz and at < ${end}::timestamptz
    )
    select e.account_id, count(ac.item_id)::int as done
    from entrants e
    left join account_checklist ac on ac.workspace_id = ${workspaceId}::uuid and ac.account_id = e.account_id
      and ac.done_at <= ${asOf.toISOString()}::timestamptz
      and exists (select 1 from checklist_items ci where ci.workspace_id = ac.workspace_id and ci.id = ac.item_id and ci.phase_key = ${onboarding.key})
    group by e.account_id
    order by e.account_id`);
  const entrants = (result as unknown as { rows: { account_id: string; done: number }[] }).rows
    .map((r) => ({ accountId: r.account_id, done: Number(r.done) }));
  const size = Number(onboarding.size);
  return { phase: onboarding.key, checklistSize: size, entrants, ...onboardingCompletion(entrants, size) };
}
