/** Playbooks and runs as the API shows them, and the run log as CSV. */
import type { PlaybookRow, RunEntry } from './playbook-store.js';
import { toCsv } from '../metrics/csv.js';
import { describeFiring, type Locale } from '../../../domain/playbooks/describe-firing.js';
import type { PlaybookTrigger } from '../../../domain/playbooks/trigger.js';
import type { ActionResult } from '../../../domain/playbooks/action.js';

export function presentPlaybook(row: PlaybookRow, stats: { recent: number; open: number; lastFiredAt: string | null } | undefined) {
  return {
    id: row.id, name: row.name, description: row.description, enabled: row.enabled,
    trigger: row.trigger as Record<string, unknown>, conditions: row.conditions as Record<string, unknown>,
    actions: row.actions as Record<string, unknown>[], tierKeys: row.tierKeys, phaseKeys: row.phaseKeys,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
    runs30d: stats?.recent ?? 0, openEpisodes: stats?.open ?? 0, lastFiredAt: stats?.lastFiredAt ?? null,
  };
}

export function runsCsv(runs: RunEntry[], locale: Locale): string {
  const header = locale === 'ja'
    ? ['発火日時', '終了日時', 'プレイブック', '顧客', '理由', 'アクション結果']
    : ['fired_at', 'closed_at', 'playbook', 'account', 'reason', 'action_results'];
  return toCsv(header, runs.map((r) => [
    r.firedAt, r.closedAt, r.playbookName, r.accountName,
    describeFiring(r.trigger as PlaybookTrigger, r.detail, locale),
    (r.results as ActionResult[]).map((a) => `${a.type}:${a.status}${a.error ? ` (${a.error})` : ''}`).join('; '),
  ]));
}
