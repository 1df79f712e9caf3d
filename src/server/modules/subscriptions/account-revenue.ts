/**
 * Keeps each account's current MRR (converted to the base currency at the workspace's
 * fixed rate), next renewal date and status in step with its subscription lines, in one
 * set-based statement for any number of accounts (null = the whole workspace).
 * Status: active when a line earns revenue, else trial, else paused, else churned once
 * it had lines; prospect before its first line.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { MINOR_DIGITS } from '../../../domain/money/currency.js';

const DIGITS_JSON = JSON.stringify(MINOR_DIGITS);

export async function refreshAccountRevenue(tx: Tx, workspaceId: string, accountIds: readonly string[] | null): Promise<void> {
  if (accountIds && accountIds.length === 0) return;
  const onlySubs = accountIds ? sql`and s.account_id = any(${toUuidArray(accountIds)}::uuid[])` : sql``;
  const onlyAccounts = accountIds ? sql`and a.id = any(${toUuidArray(accountIds)}::uuid[])` : sql``;
  // The update below reads a snapshot taken when it starts: without first waiting for other
  // transactions writing these accounts' lines to commit, two concurrent writes would each
  // store an MRR missing the other's line. Locking in id order keeps concurrent refreshes
  // from deadlocking; NO KEY UPDATE leaves foreign-key checks from other tables unblocked.
  await tx.execute(sql`select a.id from accounts a where a.workspace_id = ${workspaceId} ${onlyAccounts} order by a.id for no key update`);
  await tx.execute(sql`
    with w as (
      select base_currency as base, exchange_rates as rates, ${DIGITS_JSON}::jsonb as digits
      from workspaces where id = ${workspaceId}
    ),
    agg as (
      select s.account_id,
        count(*) filter (where s.status in ('active', 'past_due')) as live,
        count(*) filter (where s.status = 'trial') as trials,
        count(*) filter (where s.status = 'paused') as paused,
        sum(case when s.status in ('active', 'past_due') then
          s.mrr * (case when s.currency = w.base then 1 else coalesce((w.rates ->> s.currency)::numeric, 0) end)
            * power(10::numeric, coalesce((w.digits ->> w.base)::int, 0) - coalesce((w.digits ->> s.currency)::int, 0))
          else 0 end) as mrr,
        min(s.ends_on) filter (where s.status in ('active', 'past_due', 'trial')) as renewal
      from subscriptions s cross join w
      where s.workspace_id = ${workspaceId} ${onlySubs}
      group by s.account_id
    ),
    next as (
      select a.id,
        coalesce(round(agg.mrr), 0)::bigint as mrr,
        agg.renewal,
        case when agg.account_id is null then 'prospect'
             when agg.live > 0 then 'active'
             when agg.trials > 0 then 'trial'
             when agg.paused > 0 then 'paused'
             else 'churned' end as status
      from accounts a left join agg on agg.account_id = a.id
      where a.workspace_id = ${workspaceId} ${onlyAccounts}
    )
    update accounts a set mrr = next.mrr, renewal_date = next.renewal, status = next.status
    from next
    where a.workspace_id = ${workspaceId} and a.id = next.id
      and (a.mrr, a.renewal_date, a.status) is distinct from (next.mrr, next.renewal, next.status)`);
}

/** A uuid[] literal: passed as one text parameter so both drivers bind it alike. */
export function toUuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
