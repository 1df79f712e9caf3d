/**
 * SQL for the outbox: the worker's claim and result, and the delivery log. A claim takes due
 * rows with FOR UPDATE SKIP LOCKED (several servers on one PostgreSQL never take the same
 * row), counts the attempt and pushes next_attempt_at past a lease in one short transaction;
 * the send happens outside any transaction, and its result is written in another. A worker
 * that dies mid-send leaves the row to be claimed again once the lease is over.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';

export type ClaimedRow = {
  workspace_id: string;
  id: string;
  kind: 'email' | 'webhook';
  target: string;
  payload: Record<string, unknown>;
  attempts: number;
  account_id: string | null;
  playbook_run_id: string | null;
}

/**
 * Due rows: pending, and new (never tried) or past their next attempt time. Email waits while
 * its workspace has no mail settings — not claimed, not counted, shown as "not configured".
 */
export async function claimDue(tx: Tx, now: Date, limit: number, leaseSeconds: number, workspaceId?: string): Promise<ClaimedRow[]> {
  const at = now.toISOString();
  return queryRows<ClaimedRow>(tx, sql`
    update outbox o set attempts = o.attempts + 1,
      next_attempt_at = ${at}::timestamptz + ${`${leaseSeconds} seconds`}::interval
    from (select d.workspace_id, d.id from outbox d
          where d.status = 'pending' ${workspaceId ? sql`and d.workspace_id = ${workspaceId}::uuid` : sql``}
            and (d.attempts = 0 or d.next_attempt_at <= ${at}::timestamptz)
            and (d.kind = 'webhook' or exists (select 1 from mail_settings s where s.workspace_id = d.workspace_id))
          order by d.next_attempt_at, d.id limit ${limit}
          for update skip locked) c
    where o.workspace_id = c.workspace_id and o.id = c.id
    returning o.workspace_id, o.id, o.kind, o.target, o.payload, o.attempts, o.account_id, o.playbook_run_id`);
}

export interface AttemptResult {
  workspaceId: string;
  id: string;
  status: 'sent' | 'pending' | 'dead';
  error: string | null;
  /** pending: when to try again */
  nextAttemptAt: string | null;
  /** nothing was tried (no usable mail settings): the claim's attempt is taken back */
  uncounted?: boolean;
}

/** Write a batch's results in one statement. */
export async function recordResults(tx: Tx, results: AttemptResult[], now: Date): Promise<void> {
  if (results.length === 0) return;
  const data = JSON.stringify(results.map((r) => ({ w: r.workspaceId, i: r.id, s: r.status, e: r.error, n: r.nextAttemptAt, u: r.uncounted === true })));
  await tx.execute(sql`
    update outbox o set status = r.s, last_error = r.e,
      sent_at = case when r.s = 'sent' then ${now.toISOString()}::timestamptz else o.sent_at end,
      next_attempt_at = coalesce(r.n, o.next_attempt_at),
      attempts = o.attempts - case when r.u then 1 else 0 end
    from jsonb_to_recordset(${data}::jsonb) as r(w uuid, i uuid, s text, e text, n timestamptz, u boolean)
    where o.workspace_id = r.w and o.id = r.i`);
}

export interface OutboxFilter {
  status?: 'pending' | 'sent' | 'dead';
  kind?: 'email' | 'webhook';
  accountId?: string;
  id?: string;
  limit: number;
}

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export type OutboxRow = {
  id: string; kind: 'email' | 'webhook'; target: string; status: 'pending' | 'sent' | 'dead';
  attempts: number; next_attempt_at: string; last_error: string | null; sent_at: string | null; created_at: string;
  account_id: string | null; account_name: string | null; playbook_run_id: string | null;
  payload: Record<string, unknown>; waiting_for_settings: boolean;
}

/** The delivery log, newest first. */
export async function selectOutbox(tx: Tx, workspaceId: string, f: OutboxFilter): Promise<OutboxRow[]> {
  return queryRows<OutboxRow>(tx, sql`
    select o.id, o.kind, o.target, o.status, o.attempts, ${iso('o.next_attempt_at')} as next_attempt_at, o.last_error,
           ${iso('o.sent_at')} as sent_at, ${iso('o.created_at')} as created_at, o.account_id, a.name as account_name,
           o.playbook_run_id, o.payload,
           (o.kind = 'email' and o.status = 'pending' and s.workspace_id is null) as waiting_for_settings
    from outbox o
    left join accounts a on a.workspace_id = o.workspace_id and a.id = o.account_id
    left join mail_settings s on s.workspace_id = o.workspace_id
    where o.workspace_id = ${workspaceId}::uuid
      ${f.status ? sql`and o.status = ${f.status}` : sql``}
      ${f.kind ? sql`and o.kind = ${f.kind}` : sql``}
      ${f.accountId ? sql`and o.account_id = ${f.accountId}::uuid` : sql``}
      ${f.id ? sql`and o.id = ${f.id}::uuid` : sql``}
    order by o.created_at desc, o.id
    limit ${f.limit}`);
}

/** Counts per status (for the tab's summary). */
export async function countOutbox(tx: Tx, workspaceId: string): Promise<Record<'pending' | 'sent' | 'dead', number>> {
  const rows = await queryRows<{ status: 'pending' | 'sent' | 'dead'; n: number }>(tx, sql`
    select status, count(*)::int as n from outbox where workspace_id = ${workspaceId}::uuid group by status`);
  const counts = { pending: 0, sent: 0, dead: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** "Retry now": a pending or dead row becomes due at once (a dead one gets one more attempt). */
export async function retryNow(tx: Tx, workspaceId: string, id: string, now: Date): Promise<{ status: string; attempts: number } | null | 'sent'> {
  const [row] = await queryRows<{ status: string }>(tx, sql`
    select status from outbox where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid for update`);
  if (!row) return null;
  if (row.status === 'sent') return 'sent';
  const [updated] = await queryRows<{ status: string; attempts: number }>(tx, sql`
    update outbox set status = 'pending', next_attempt_at = ${now.toISOString()}::timestamptz
    where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid returning status, attempts`);
  return updated ?? null;
}
