/**
 * One automation pass of a workspace's enabled playbooks, in the caller's transaction: state
 * triggers for the given accounts (all when omitted), event triggers for what happened since the
 * workspace's event cursor. Runs are inserted with `on conflict do nothing`; only the runs that
 * were inserted perform their actions, so two passes racing on one account fire once.
 * Every run writes a `playbook.fired` timeline entry and an audit row (actor: system); a run
 * with a failed action notifies the playbook's author (`playbook.failed`).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { ActionResult } from '../../../domain/playbooks/action.js';
import { addDays } from '../../../domain/tasks/task.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { recordAudit } from '../audit/store.js';
import { notify } from '../notifications/notify.js';
import { evaluatePlaybooks, type Evaluation } from './evaluate-playbooks.js';
import type { EventWindow } from './load-events.js';
import { performActions } from './perform-actions.js';
import { closeEpisodes, forEvaluation, insertRuns, listPlaybookRows, saveRunResults, type PlaybookRow } from './playbook-store.js';

/** Timeline entries are read again this far behind the cursor: a transaction that committed late is not missed. */
const CURSOR_OVERLAP_MS = 10 * 60_000;
/** A workspace without a cursor reads the last day; nothing older than a week is ever replayed. */
const FIRST_LOOKBACK_MS = 24 * 3_600_000;
const MAX_LOOKBACK_MS = 7 * 24 * 3_600_000;

export interface RunOptions {
  accountIds?: string[];
  now: Date;
}

export interface PassResult {
  fired: number;
  closed: number;
}

async function eventWindow(tx: Tx, workspaceId: string, today: string): Promise<{ window: EventWindow; dbNow: Date; cursor: Date | null }> {
  const [row] = await queryRows<{ cursor: string | null; db_now: string }>(tx, sql`
    select (select event_cursor from automation_state where workspace_id = ${workspaceId}::uuid)::text as cursor, now()::text as db_now`);
  const dbNow = new Date(row!.db_now);
  const cursor = row?.cursor ? new Date(row.cursor) : null;
  const after = Math.max(cursor ? cursor.getTime() - CURSOR_OVERLAP_MS : dbNow.getTime() - FIRST_LOOKBACK_MS, dbNow.getTime() - MAX_LOOKBACK_MS);
  const createdAfter = new Date(after);
  const fromDay = [createdAfter.toISOString().slice(0, 10), addDays(today, -1)].sort()[0]!;
  return { window: { createdAfter, fromDay, toDay: today }, dbNow, cursor };
}

async function moveCursor(tx: Tx, workspaceId: string, to: Date): Promise<void> {
  await tx.execute(sql`
    insert into automation_state (workspace_id, event_cursor) values (${workspaceId}::uuid, ${to.toISOString()}::timestamptz)
    on conflict (workspace_id) do update
      set event_cursor = greatest(automation_state.event_cursor, excluded.event_cursor)`);
}

async function fireRuns(tx: Tx, workspaceId: string, evaluation: Evaluation, row: PlaybookRow, now: Date): Promise<number> {
  const runs = evaluation.fire.map((f) => ({ id: randomUUID(), accountId: f.accountId, episodeKey: f.episodeKey, detail: f.detail }));
  const inserted = await insertRuns(tx, workspaceId, row.id, runs, now, evaluation.closesAtOnce);
  const playbook = forEvaluation(row);
  const fired = runs.filter((r) => inserted.has(r.id));
  for (const run of fired) {
    const results: ActionResult[] = await performActions(tx, { workspaceId, runId: run.id, accountId: run.accountId, playbook, detail: run.detail, now });
    await saveRunResults(tx, workspaceId, run.id, results);
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length > 0 && row.createdBy) {
      await notify(tx, workspaceId, {
        userIds: [row.createdBy], kind: 'playbook.failed', accountId: run.accountId,
        data: { playbookId: row.id, playbookName: row.name, runId: run.id, errors: failed.map((f) => `${f.type}: ${f.error ?? ''}`) },
        link: `/playbooks/${row.id}?tab=runs`,
      });
    }
  }
  await recordSystemEvents(tx, workspaceId, null, fired.map((r) => ({
    accountId: r.accountId, event: 'playbook.fired',
    data: { playbookId: row.id, name: row.name, runId: r.id, trigger: row.trigger, detail: r.detail },
  })), now);
  await recordAudit(tx, { workspaceId, actor: { type: 'system', id: null } }, fired.map((r) => ({
    action: 'create' as const, entity: 'playbook_run', entityId: r.id, changes: { playbookId: row.id, accountId: r.accountId, episodeKey: r.episodeKey },
  })), now);
  return fired.length;
}

/** Evaluates and fires the workspace's enabled playbooks; returns how many runs fired and episodes closed. */
export async function runPlaybooks(tx: Tx, workspaceId: string, options: RunOptions): Promise<PassResult> {
  const today = options.now.toISOString().slice(0, 10);
  const rows = await listPlaybookRows(tx, workspaceId, true);
  const { window, dbNow } = await eventWindow(tx, workspaceId, today);
  const result = { fired: 0, closed: 0 };
  if (rows.length > 0) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const { evaluations, latestEventAt } = await evaluatePlaybooks(tx, workspaceId, rows.map(forEvaluation), {
      ...(options.accountIds ? { accountIds: options.accountIds } : {}), today, now: options.now, window,
    });
    for (const evaluation of evaluations) {
      const row = byId.get(evaluation.playbook.id!)!;
      result.closed += await closeEpisodes(tx, workspaceId, row.id, evaluation.close, options.now);
      result.fired += await fireRuns(tx, workspaceId, evaluation, row, options.now);
    }
    if (latestEventAt) await moveCursor(tx, workspaceId, new Date(latestEventAt));
  }
  // Nothing read: the cursor still moves, so a playbook created later does not replay old events.
  await moveCursor(tx, workspaceId, new Date(dbNow.getTime() - CURSOR_OVERLAP_MS));
  return result;
}
