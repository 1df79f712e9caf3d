/** SQL for success-plan share links. Every function takes the workspace id first. */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { successPlanShares } from '../../db/schema/outcomes.js';
import type { Share } from './schema.js';

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export async function insertShare(tx: Tx, row: typeof successPlanShares.$inferInsert): Promise<void> {
  await tx.insert(successPlanShares).values(row);
}

/** Shares of one account (newest first), or one share by id; state as of `now`. */
export async function selectShares(tx: Tx, workspaceId: string, of: { accountId: string } | { id: string }, now: Date): Promise<Share[]> {
  const filter = 'id' in of ? sql`s.id = ${of.id}::uuid` : sql`s.account_id = ${of.accountId}::uuid`;
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select s.id, s.account_id, s.locale, u.name as created_by_name, ${iso('s.created_at')} as created_at,
           ${iso('s.expires_at')} as expires_at, ${iso('s.revoked_at')} as revoked_at, ${iso('s.last_opened_at')} as last_opened_at,
           s.open_count,
           case when s.revoked_at is not null then 'revoked'
                when s.expires_at is not null and s.expires_at <= ${now.toISOString()}::timestamptz then 'expired'
                else 'active' end as state
    from success_plan_shares s left join users u on u.id = s.created_by
    where s.workspace_id = ${workspaceId}::uuid and ${filter}
    order by s.created_at desc, s.id`);
  return rows.map((r) => ({
    id: r.id as string, accountId: r.account_id as string, locale: r.locale as Share['locale'],
    createdByName: (r.created_by_name as string | null) ?? null, createdAt: r.created_at as string,
    expiresAt: (r.expires_at as string | null) ?? null, revokedAt: (r.revoked_at as string | null) ?? null,
    lastOpenedAt: (r.last_opened_at as string | null) ?? null, openCount: Number(r.open_count), state: r.state as Share['state'],
  }));
}

/** Revoke a share (a second revoke keeps the first time); null when no such share. */
export async function revokeShareRow(tx: Tx, workspaceId: string, id: string, now: Date) {
  const [row] = await queryRows<{ account_id: string }>(tx, sql`
    update success_plan_shares set revoked_at = coalesce(revoked_at, ${now.toISOString()}::timestamptz)
    where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid returning account_id`);
  return row ? { accountId: row.account_id } : null;
}

/**
 * Open a share by its token hash: one statement that finds a live share (not revoked, not
 * expired), counts the open and returns what to show — so unknown, revoked and expired tokens
 * all run the same query and end in the same "no row".
 */
export async function openShare(tx: Tx, workspaceId: string, tokenHash: string, now: Date) {
  const at = now.toISOString();
  const [row] = await queryRows<{ account_id: string; locale: string }>(tx, sql`
    update success_plan_shares set open_count = open_count + 1, last_opened_at = ${at}::timestamptz
    where workspace_id = ${workspaceId}::uuid and token_hash = ${tokenHash}
      and revoked_at is null and (expires_at is null or expires_at > ${at}::timestamptz)
    returning account_id, locale`);
  return row ? { accountId: row.account_id, locale: row.locale as 'ja' | 'en' } : null;
}

export async function workspaceName(tx: Tx, workspaceId: string): Promise<string> {
  const [row] = await queryRows<{ name: string }>(tx, sql`select name from workspaces where id = ${workspaceId}::uuid`);
  return row?.name ?? '';
}
