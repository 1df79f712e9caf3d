/**
 * After the demo is loaded, its state triggers that hold today get the open episode they would
 * have from earlier passes — as if they had fired in the last two weeks, their actions done — and
 * the phase entries and answers of the load count as already handled by the event playbooks (a
 * closed run at the time of each event); the event cursor starts now. Without it the server's first pass would fire hundreds of runs at
 * once (measured on the 500-account demo: 802 runs, each a task and most an email) for what the
 * demo's story has already handled, and replay every phase entry of the load.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { isEventTrigger } from '../../../domain/playbooks/trigger.js';
import { evaluatePlaybooks } from './evaluate-playbooks.js';
import { forEvaluation, listPlaybookRows } from './playbook-store.js';

export async function settleDemoAutomation(tx: Tx, workspaceId: string, now: Date): Promise<number> {
  const rows = await listPlaybookRows(tx, workspaceId, true);
  const today = now.toISOString().slice(0, 10);
  const window = { createdAfter: new Date(now.getTime() - 86_400_000), fromDay: today, toDay: today };
  const { evaluations } = await evaluatePlaybooks(tx, workspaceId, rows.map(forEvaluation), { today, now, window });
  const runs = evaluations.flatMap((e) => e.fire.map((f, i) => {
    const event = isEventTrigger(e.playbook.trigger);
    // state episodes fired 1–13 days ago, spread by position so the run log shows no single burst; events at their time
    const firedAt = event && typeof f.detail.at === 'string' ? f.detail.at : new Date(now.getTime() - (1 + (i % 13)) * 86_400_000).toISOString();
    return {
      playbook_id: e.playbook.id, account_id: f.accountId, detail: f.detail, fired_at: firedAt, closed: event,
      episode_key: event ? f.episodeKey : `state:${firedAt}`,
      results: e.playbook.actions.map((a) => ({ type: a.type, status: a.type === 'send_email' || a.type === 'webhook' ? 'queued' : 'done' })),
    };
  }));
  if (runs.length > 0) {
    await tx.execute(sql`
      insert into playbook_runs (workspace_id, id, playbook_id, account_id, episode_key, fired_at, closed_at, detail, results)
      select ${workspaceId}::uuid, gen_random_uuid(), r.playbook_id, r.account_id, r.episode_key, r.fired_at::timestamptz,
             case when r.closed then r.fired_at::timestamptz end, r.detail, r.results
      from jsonb_to_recordset(${JSON.stringify(runs)}::jsonb)
        as r(playbook_id uuid, account_id uuid, episode_key text, detail jsonb, fired_at text, closed boolean, results jsonb)
      on conflict do nothing`);
  }
  await tx.execute(sql`
    insert into automation_state (workspace_id, event_cursor) values (${workspaceId}::uuid, now())
    on conflict (workspace_id) do update set event_cursor = excluded.event_cursor`);
  return runs.length;
}
