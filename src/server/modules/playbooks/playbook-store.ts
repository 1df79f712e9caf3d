/** SQL for playbooks and their runs. Every function takes the workspace id first; no rules here. */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { playbooks } from '../../db/schema/journey.js';
import { pgArray } from '../imports/pg-array.js';
import type { PlaybookForEvaluation } from '../../../domain/playbooks/playbook.js';
import type { PlaybookTrigger } from '../../../domain/playbooks/trigger.js';
import { deliveredResult, outboxIdsOf, type ActionResult, type OutboxState, type PlaybookAction } from '../../../domain/playbooks/action.js';
import type { AccountRule } from '../../../domain/journey/account-rule.js';

export type PlaybookRow = typeof playbooks.$inferSelect;

export const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export function forEvaluation(row: PlaybookRow): PlaybookForEvaluation {
  return {
    id: row.id, name: row.name, trigger: row.trigger as PlaybookTrigger, conditions: row.conditions as AccountRule,
    actions: row.actions as PlaybookAction[], tierKeys: row.tierKeys, phaseKeys: row.phaseKeys,
  };
}

export async function findPlaybook(tx: Tx, workspaceId: string, id: string): Promise<PlaybookRow | null> {
  const [row] = await tx.select().from(playbooks).where(and(eq(playbooks.workspaceId, workspaceId), eq(playbooks.id, id)));
  return row ?? null;
}

export async function listPlaybookRows(tx: Tx, workspaceId: string, onlyEnabled = false): Promise<PlaybookRow[]> {
  const where = onlyEnabled
    ? and(eq(playbooks.workspaceId, workspaceId), eq(playbooks.enabled, true))
    : eq(playbooks.workspaceId, workspaceId);
  return tx.select().from(playbooks).where(where).orderBy(asc(playbooks.createdAt), asc(playbooks.id));
}

/** Runs per playbook: in the last 30 days, still open, and the last firing. */
export async function runStats(tx: Tx, workspaceId: string, since: Date) {
  const rows = await queryRows<{ playbook_id: string; recent: number; open: number; last_fired_at: string | null }>(tx, sql`
    select playbook_id, (count(*) filter (where fired_at >= ${since.toISOString()}::timestamptz))::int as recent,
           (count(*) filter (where closed_at is null))::int as open, ${iso(sql`max(fired_at)`)} as last_fired_at
    from playbook_runs where workspace_id = ${workspaceId}::uuid group by playbook_id`);
  return new Map(rows.map((r) => [r.playbook_id, { recent: Number(r.recent), open: Number(r.open), lastFiredAt: r.last_fired_at }]));
}

/** Accounts with an open episode of a playbook (among `accountIds` when given). */
export async function openEpisodes(tx: Tx, workspaceId: string, playbookId: string, accountIds: readonly string[] | undefined): Promise<Set<string>> {
  const filter = accountIds ? sql`and account_id = any(${pgArray(accountIds)}::uuid[])` : sql``;
  const rows = await queryRows<{ account_id: string }>(tx, sql`
    select account_id from playbook_runs
    where workspace_id = ${workspaceId}::uuid and playbook_id = ${playbookId}::uuid and closed_at is null ${filter}`);
  return new Set(rows.map((r) => r.account_id));
}

/** `<accountId> <episodeKey>` of the runs of a playbook among these episode keys. */
export async function firedKeys(tx: Tx, workspaceId: string, playbookId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await queryRows<{ account_id: string; episode_key: string }>(tx, sql`
    select account_id, episode_key from playbook_runs
    where workspace_id = ${workspaceId}::uuid and playbook_id = ${playbookId}::uuid
      and episode_key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`);
  return new Set(rows.map((r) => `${r.account_id} ${r.episode_key}`));
}

export interface NewRun {
  id: string;
  accountId: string;
  episodeKey: string;
  detail: Record<string, unknown>;
}

/**
 * Inserts runs in one statement; a run that conflicts with an open episode or an episode key
 * already fired is skipped. Returns the ids actually inserted: only those perform their actions.
 */
export async function insertRuns(tx: Tx, workspaceId: string, playbookId: string, runs: NewRun[], firedAt: Date, closeAtOnce: boolean): Promise<Set<string>> {
  if (runs.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(tx, sql`
    insert into playbook_runs (workspace_id, id, playbook_id, account_id, episode_key, fired_at, closed_at, detail, results)
    select ${workspaceId}::uuid, r.id, ${playbookId}::uuid, r.account_id, r.episode_key, ${firedAt.toISOString()}::timestamptz,
           ${closeAtOnce ? firedAt.toISOString() : null}::timestamptz, r.detail, '[]'::jsonb
    from jsonb_to_recordset(${JSON.stringify(runs.map((r) => ({ id: r.id, account_id: r.accountId, episode_key: r.episodeKey, detail: r.detail })))}::jsonb)
      as r(id uuid, account_id uuid, episode_key text, detail jsonb)
    on conflict do nothing
    returning id`);
  return new Set(rows.map((r) => r.id));
}

export async function closeEpisodes(tx: Tx, workspaceId: string, playbookId: string, accountIds: string[], at: Date): Promise<number> {
  if (accountIds.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(tx, sql`
    update playbook_runs set closed_at = ${at.toISOString()}::timestamptz
    where workspace_id = ${workspaceId}::uuid and playbook_id = ${playbookId}::uuid and closed_at is null
      and account_id = any(${pgArray(accountIds)}::uuid[])
    returning id`);
  return rows.length;
}

export async function saveRunResults(tx: Tx, workspaceId: string, runId: string, results: unknown[]): Promise<void> {
  await tx.execute(sql`
    update playbook_runs set results = ${JSON.stringify(results)}::jsonb
    where workspace_id = ${workspaceId}::uuid and id = ${runId}::uuid`);
}

export interface RunEntry {
  id: string;
  playbookId: string;
  playbookName: string;
  trigger: unknown;
  accountId: string;
  accountName: string;
  firedAt: string;
  closedAt: string | null;
  detail: Record<string, unknown>;
  results: unknown[];
}

/** Runs newest first, with their playbook and account, filtered by `where` (on r = playbook_runs). */
export async function selectRuns(tx: Tx, workspaceId: string, where: SQL, limit: number): Promise<RunEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select r.id, r.playbook_id, p.name as playbook_name, p.trigger, r.account_id, a.name as account_name,
           ${iso(sql`r.fired_at`)} as fired_at, ${iso(sql`r.closed_at`)} as closed_at, r.detail, r.results
    from playbook_runs r
    join playbooks p on p.workspace_id = r.workspace_id and p.id = r.playbook_id
    join accounts a on a.workspace_id = r.workspace_id and a.id = r.account_id
    where r.workspace_id = ${workspaceId}::uuid and (${where})
    order by r.fired_at desc, r.id
    limit ${limit}`);
  // Emails and webhooks were recorded as queued when the run fired: read what the outbox says now.
  const results = rows.map((r) => ((r.results as ActionResult[] | null) ?? []));
  const outboxIds = results.flat().filter((a) => a.status === 'queued').flatMap(outboxIdsOf);
  const outbox = new Map<string, OutboxState>();
  if (outboxIds.length > 0) {
    const states = await queryRows<{ id: string; status: OutboxState['status']; last_error: string | null }>(tx, sql`
      select id, status, last_error from outbox where workspace_id = ${workspaceId}::uuid and id = any(${pgArray(outboxIds)}::uuid[])`);
    for (const s of states) outbox.set(s.id, { status: s.status, lastError: s.last_error });
  }
  return rows.map((r, i) => ({
    id: r.id as string, playbookId: r.playbook_id as string, playbookName: r.playbook_name as string, trigger: r.trigger,
    accountId: r.account_id as string, accountName: r.account_name as string, firedAt: r.fired_at as string,
    closedAt: (r.closed_at as string | null) ?? null, detail: (r.detail as Record<string, unknown>) ?? {},
    results: (results[i] ?? []).map((a) => deliveredResult(a, outbox)),
  }));
}
