/**
 * The dry run: which accounts a playbook — saved or still being edited — would fire for now,
 * with what its trigger saw, changing nothing. State triggers look at every served account and
 * leave out those already in an open episode (counted apart); event triggers look at the
 * events of the last seven days that have not fired yet.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { isEventTrigger } from '../../../domain/playbooks/trigger.js';
import { addDays } from '../../../domain/tasks/task.js';
import { evaluatePlaybooks, type Candidate } from './evaluate-playbooks.js';
import { openEpisodes } from './playbook-store.js';
import { pgArray } from '../imports/pg-array.js';

const EVENT_WINDOW_DAYS = 7;
const MAX_ITEMS = 500;

export async function dryRun(tx: Tx, workspaceId: string, candidate: Candidate, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const isEvent = isEventTrigger(candidate.trigger);
  const window = isEvent
    ? { createdAfter: new Date(now.getTime() - EVENT_WINDOW_DAYS * 86_400_000), fromDay: addDays(today, -EVENT_WINDOW_DAYS), toDay: today }
    : null;
  const { evaluations } = await evaluatePlaybooks(tx, workspaceId, [candidate], { today, now, window });
  const evaluation = evaluations[0]!;
  const alreadyOpen = !isEvent && candidate.id ? (await openEpisodes(tx, workspaceId, candidate.id, undefined)).size - evaluation.close.length : 0;
  const fire = evaluation.fire.slice(0, MAX_ITEMS);
  const names = await queryRows<{ id: string; name: string; owner_name: string | null }>(tx, sql`
    select a.id, a.name, u.name as owner_name from accounts a left join users u on u.id = a.owner_id
    where a.workspace_id = ${workspaceId}::uuid and a.id = any(${pgArray(fire.map((f) => f.accountId))}::uuid[])`);
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    items: fire.map((f) => ({
      accountId: f.accountId, accountName: byId.get(f.accountId)?.name ?? '', ownerName: byId.get(f.accountId)?.owner_name ?? null, detail: f.detail,
    })),
    total: evaluation.fire.length,
    alreadyOpen,
    wouldClose: evaluation.close.length,
    eventWindowDays: isEvent ? EVENT_WINDOW_DAYS : null,
  };
}
