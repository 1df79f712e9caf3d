/** SQL for the stakeholder map: contacts with their latest contact, and the accounts of a portfolio. Workspace first. */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { ContactChannel, ContactLevel, ContactRole } from '../../../domain/accounts/fields.js';

export interface StakeholderRow {
  id: string;
  accountId: string;
  name: string;
  nameReading: string | null;
  title: string | null;
  email: string | null;
  level: ContactLevel | null;
  role: ContactRole | null;
  cadenceDays: number | null;
  channel: ContactChannel | null;
  lastContactAt: string | null;
  lastContactKind: 'meeting' | 'call' | 'email' | null;
}

/**
 * Contacts by level then reading, each with the latest meeting, call or email linked to them
 * and not after `now`. The lateral subquery walks activities_contact_idx once per contact.
 */
export async function listStakeholderRows(
  tx: Tx, workspaceId: string, filter: { accountId?: string; customersOnly?: boolean }, now: Date,
): Promise<StakeholderRow[]> {
  const where: SQL[] = [sql`c.workspace_id = ${workspaceId}::uuid`];
  if (filter.accountId) where.push(sql`c.account_id = ${filter.accountId}::uuid`);
  if (filter.customersOnly) {
    where.push(sql`exists (select 1 from accounts a where a.workspace_id = c.workspace_id and a.id = c.account_id
      and a.status in ('trial', 'active', 'paused'))`);
  }
  return queryRows<StakeholderRow & Record<string, unknown>>(tx, sql`
    select c.id, c.account_id as "accountId", c.name, c.name_reading as "nameReading", c.title, c.email, c.level, c.role,
      c.cadence_days as "cadenceDays", c.channel,
      to_char(lc.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "lastContactAt",
      lc.kind as "lastContactKind"
    from contacts c
    left join lateral (
      select x.occurred_at, x.kind from activities x
      where x.workspace_id = c.workspace_id and x.contact_id = c.id and x.account_id = c.account_id
        and x.kind in ('meeting', 'call', 'email') and x.occurred_at <= ${now.toISOString()}::timestamptz
      order by x.occurred_at desc limit 1
    ) lc on true
    where ${sql.join(where, sql` and `)}
    order by case c.level when 'executive' then 0 when 'manager' then 1 when 'end_user' then 2 else 3 end,
      c.sort_key collate "C", c.id`);
}

export interface PortfolioAccountRow {
  id: string;
  name: string;
  status: string;
  ownerId: string | null;
  ownerName: string | null;
  mrr: number;
  renewalDate: string | null;
  healthBand: 'red' | 'yellow' | 'green' | null;
}

/** The accounts of the report, by reading: customers (trial, active, paused) or every account. */
export async function listPortfolioAccounts(tx: Tx, workspaceId: string, customersOnly: boolean): Promise<PortfolioAccountRow[]> {
  const rows = await queryRows<PortfolioAccountRow & Record<string, unknown>>(tx, sql`
    select a.id, a.name, a.status, a.owner_id as "ownerId", u.name as "ownerName", a.mrr,
      a.renewal_date as "renewalDate", h.band as "healthBand"
    from accounts a
    left join users u on u.id = a.owner_id
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid
      ${customersOnly ? sql`and a.status in ('trial', 'active', 'paused')` : sql``}
    order by a.sort_key collate "C", a.id`);
  return rows.map((r) => ({ ...r, mrr: Number(r.mrr) }));
}
