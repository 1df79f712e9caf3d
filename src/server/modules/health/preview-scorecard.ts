/**
 * What saving a scorecard would do, before it is saved: every account the draft (with its
 * rule, in its place in the rule order) would score is scored with today's data, and its new
 * band compared with the band it has now.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connect.js';
import type { Band, ScorecardDefinition, ScorecardRule } from '../../../domain/health/scorecard.js';
import { ensureScorecards, loadHealthSettings, type LoadedScorecard } from './scorecard-store.js';
import { scoreAccounts } from './score-accounts.js';

export interface PreviewInput {
  /** the scorecard being edited; absent for a new one */
  scorecardId?: string;
  rule: ScorecardRule;
  definition: ScorecardDefinition;
}

export async function previewScorecard(db: Db, workspaceId: string, input: PreviewInput, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const scorecards = await ensureScorecards(db, workspaceId, now);
  const draftId = input.scorecardId ?? '00000000-0000-0000-0000-000000000000';
  const existing = scorecards.find((s) => s.id === input.scorecardId);
  const draft: LoadedScorecard = {
    id: draftId, name: existing?.name ?? 'draft', isDefault: existing?.isDefault ?? false,
    position: existing?.position ?? Math.max(0, ...scorecards.filter((s) => !s.isDefault).map((s) => s.position + 10)),
    rule: existing?.isDefault ? { conditions: [] } : input.rule, version: (existing?.version ?? 0) + 1,
    definition: input.definition, percentiles: {}, updatedAt: now,
  };
  const candidates = [...scorecards.filter((s) => s.id !== input.scorecardId), draft];
  const settings = await loadHealthSettings(db, workspaceId);
  const scored = await scoreAccounts(db, workspaceId, { asOf: today, live: true, scorecards: candidates, settings, refreshPercentiles: true });
  const current = await queryRows<{ account_id: string; name: string; score: number | null; band: Band | null; scorecard_id: string | null }>(db, sql`
    select a.id as account_id, a.name, h.score, h.band, h.scorecard_id
    from accounts a left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid`);
  const before = new Map(current.map((r) => [r.account_id, r]));
  const changes: { accountId: string; name: string; from: Band | null; to: Band | null; scoreBefore: number | null; scoreAfter: number | null }[] = [];
  const transitions = new Map<string, { from: Band | null; to: Band | null; count: number }>();
  let covered = 0;
  for (const account of scored) {
    // Affected: accounts the draft scores, and accounts its rule change hands back to another scorecard.
    const was = before.get(account.accountId);
    const affected = account.scorecard.id === draftId || (input.scorecardId !== undefined && was?.scorecard_id === input.scorecardId);
    if (account.scorecard.id === draftId) covered += 1;
    if (!affected || !was) continue;
    const to = account.result.band;
    if (to === was.band) continue;
    changes.push({ accountId: account.accountId, name: was.name, from: was.band, to, scoreBefore: was.score === null ? null : Number(was.score), scoreAfter: account.result.score });
    const key = `${was.band}>${to}`;
    const entry = transitions.get(key) ?? { from: was.band, to, count: 0 };
    entry.count += 1;
    transitions.set(key, entry);
  }
  const order = { red: 0, yellow: 1, green: 2 } as const;
  changes.sort((a, b) => (a.to ? order[a.to] : -1) - (b.to ? order[b.to] : -1) || a.name.localeCompare(b.name, 'ja'));
  return { accounts: covered, changed: changes.length, transitions: [...transitions.values()], changes: changes.slice(0, 500) };
}
