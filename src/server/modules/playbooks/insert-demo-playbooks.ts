/** The demo's playbooks and their past runs (domain/demo/generate-playbooks.ts), in two statements. */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import type { DemoPlaybook, DemoPlaybookRun } from '../../../domain/demo/generate-playbooks.js';

export async function insertDemoPlaybooks(tx: Tx, workspaceId: string, authorId: string | null, playbooks: DemoPlaybook[], runs: DemoPlaybookRun[]): Promise<void> {
  if (playbooks.length === 0) return;
  const rows = playbooks.map((p) => ({
    id: p.id, name: p.name, description: p.description ?? null, enabled: p.enabled, trigger: p.trigger, conditions: p.conditions,
    actions: p.actions, tier_keys: p.tierKeys, phase_keys: p.phaseKeys, created_at: p.createdAt,
  }));
  await tx.execute(sql`
    insert into playbooks (workspace_id, id, name, description, enabled, trigger, conditions, actions, tier_keys, phase_keys, created_by, created_at, updated_at)
    select ${workspaceId}::uuid, r.id, r.name, r.description, r.enabled, r.trigger, r.conditions, r.actions, r.tier_keys, r.phase_keys,
           ${authorId}::uuid, r.created_at, r.created_at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, name text, description text, enabled boolean, trigger jsonb,
      conditions jsonb, actions jsonb, tier_keys jsonb, phase_keys jsonb, created_at timestamptz)`);
  if (runs.length === 0) return;
  const runRows = runs.map((r) => ({
    id: r.id, playbook_id: r.playbookId, account_id: r.accountId, episode_key: r.episodeKey, fired_at: r.firedAt,
    closed_at: r.closedAt, detail: r.detail, results: r.results,
  }));
  await tx.execute(sql`
    insert into playbook_runs (workspace_id, id, playbook_id, account_id, episode_key, fired_at, closed_at, detail, results)
    select ${workspaceId}::uuid, r.id, r.playbook_id, r.account_id, r.episode_key, r.fired_at, r.closed_at, r.detail, r.results
    from jsonb_to_recordset(${JSON.stringify(runRows)}::jsonb) as r(id uuid, playbook_id uuid, account_id uuid, episode_key text,
      fired_at timestamptz, closed_at timestamptz, detail jsonb, results jsonb)`);
}
