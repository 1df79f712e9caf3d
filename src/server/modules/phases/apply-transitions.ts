/**
 * Writes phase changes in set-based statements: the account's place (account_phases), the
 * transition log, accounts.phase, a `phase.entered` timeline entry and an audit row — all in the
 * caller's transaction. Each change names the phase it expects the account to be in (or none),
 * and is applied only if the account is still there (and, when `respectPin`, not pinned), so a
 * rule pass racing a CSM's move never overwrites it; the function returns the changes it applied.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { phases } from '../../db/schema/journey.js';
import type { Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { recordAudit, type AuditEntry } from '../audit/store.js';
import { recordSystemEvents, type SystemEvent } from '../timeline/system-events.js';

export type TransitionSource = 'initial' | 'rule' | 'manual' | 'playbook';

export interface PhaseChange {
  accountId: string;
  /** the phase the account is expected to be in now; null = it has no account_phases row yet */
  from: string | null;
  /** accounts.phase before the change (differs from `from` only for an account never placed) */
  previous: string | null;
  to: string;
  source: TransitionSource;
  criterion: unknown;
  reason: string | null;
  actorId: string | null;
  pin: boolean;
  /** skip the change if the account is pinned */
  respectPin: boolean;
}

const CHUNK = 1000;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

async function place(tx: Tx, workspaceId: string, changes: PhaseChange[], at: Date): Promise<Set<string>> {
  const applied = new Set<string>();
  const stamp = at.toISOString();
  const fresh = changes.filter((c) => c.from === null);
  const moves = changes.filter((c) => c.from !== null);
  if (fresh.length > 0) {
    const rows = rowsOf<{ account_id: string }>(await tx.execute(sql`
      insert into account_phases (workspace_id, account_id, phase_key, entered_at, pinned, pin_reason)
      select ${workspaceId}::uuid, i.a, i.t, ${stamp}::timestamptz, i.pin, case when i.pin then i.reason end
      from unnest(${pgArray(fresh.map((c) => c.accountId))}::uuid[], ${pgArray(fresh.map((c) => c.to))}::text[],
        ${pgArray(fresh.map((c) => c.pin))}::boolean[], ${pgArray(fresh.map((c) => c.reason))}::text[]) as i(a, t, pin, reason)
      on conflict (workspace_id, account_id) do nothing
      returning account_id`));
    for (const r of rows) applied.add(r.account_id);
  }
  if (moves.length > 0) {
    const rows = rowsOf<{ account_id: string }>(await tx.execute(sql`
      update account_phases ap set phase_key = i.t, entered_at = ${stamp}::timestamptz, pinned = i.pin,
        pin_reason = case when i.pin then i.reason end
      from unnest(${pgArray(moves.map((c) => c.accountId))}::uuid[], ${pgArray(moves.map((c) => c.from))}::text[],
        ${pgArray(moves.map((c) => c.to))}::text[], ${pgArray(moves.map((c) => c.pin))}::boolean[],
        ${pgArray(moves.map((c) => c.reason))}::text[], ${pgArray(moves.map((c) => c.respectPin))}::boolean[]) as i(a, f, t, pin, reason, guard)
      where ap.workspace_id = ${workspaceId}::uuid and ap.account_id = i.a and ap.phase_key = i.f
        and not (i.guard and ap.pinned)
      returning ap.account_id`));
    for (const r of rows) applied.add(r.account_id);
  }
  return applied;
}

export async function applyPhaseChanges(tx: Tx, workspaceId: string, changes: PhaseChange[], at: Date): Promise<PhaseChange[]> {
  const done: PhaseChange[] = [];
  for (let start = 0; start < changes.length; start += CHUNK) {
    const chunk = changes.slice(start, start + CHUNK);
    const applied = await place(tx, workspaceId, chunk, at);
    const ok = chunk.filter((c) => applied.has(c.accountId));
    if (ok.length === 0) continue;
    const stamp = at.toISOString();
    await tx.execute(sql`
      insert into phase_transitions (workspace_id, id, account_id, from_phase, to_phase, at, source, criterion, reason, actor_id)
      select ${workspaceId}::uuid, i.id, i.a, i.f, i.t, ${stamp}::timestamptz, i.s, i.c, i.r, i.actor
      from unnest(${pgArray(ok.map(() => randomUUID()))}::uuid[], ${pgArray(ok.map((c) => c.accountId))}::uuid[],
        ${pgArray(ok.map((c) => c.previous))}::text[], ${pgArray(ok.map((c) => c.to))}::text[], ${pgArray(ok.map((c) => c.source))}::text[],
        ${pgArray(ok.map((c) => (c.criterion ?? null) as Record<string, unknown> | null))}::jsonb[], ${pgArray(ok.map((c) => c.reason))}::text[],
        ${pgArray(ok.map((c) => c.actorId))}::uuid[]) as i(id, a, f, t, s, c, r, actor)`);
    await tx.execute(sql`
      update accounts a set phase = i.t, updated_at = ${stamp}::timestamptz
      from unnest(${pgArray(ok.map((c) => c.accountId))}::uuid[], ${pgArray(ok.map((c) => c.to))}::text[]) as i(id, t)
      where a.workspace_id = ${workspaceId}::uuid and a.id = i.id`);
    const names = new Map((await tx.select({ key: phases.key, name: phases.name }).from(phases).where(eq(phases.workspaceId, workspaceId)))
      .map((p) => [p.key, p.name]));
    // `name` (the phase entered) lets the timeline say it in words.
    const events: SystemEvent[] = ok.map((c) => ({
      accountId: c.accountId, event: 'phase.entered',
      data: { from: c.previous, to: c.to, source: c.source, reason: c.reason, criterion: c.criterion ?? null, name: names.get(c.to) ?? c.to },
    }));
    // Timeline entries are authored by the person who moved the account, or by Kizuna (null).
    const byAuthor = new Map<string | null, SystemEvent[]>();
    ok.forEach((c, i) => {
      const list = byAuthor.get(c.actorId) ?? [];
      list.push(events[i]!);
      byAuthor.set(c.actorId, list);
    });
    for (const [author, list] of byAuthor) await recordSystemEvents(tx, workspaceId, author, list, at);
    const audits = new Map<string | null, AuditEntry[]>();
    for (const c of ok) {
      const list = audits.get(c.actorId) ?? [];
      list.push({
        action: 'update', entity: 'account_phase', entityId: c.accountId,
        changes: { phase: [c.previous, c.to], source: c.source, reason: c.reason, pinned: c.pin },
      });
      audits.set(c.actorId, list);
    }
    for (const [actorId, list] of audits) {
      await recordAudit(tx, { workspaceId, actor: actorId ? { type: 'user', id: actorId } : { type: 'system', id: null } }, list, at);
    }
    done.push(...ok);
  }
  return done;
}
