/**
 * Gathers the signals of many accounts as they stood on one day, in three set-based queries
 * (accounts with their subscription state and sentiment; feature rollups; user rollups),
 * whatever the number of accounts. The aggregates asked of the rollups are generated from
 * the scorecards' needs (usageNeedsOf, usage-scans.ts), one FILTERed column each, so one scan
 * of each rollup table serves every window and every named event, and a table no measure
 * needs is not read.
 *
 * `asOf` is inclusive: a 30-day window on 2026-11-23 covers 2026-10-25 … 2026-11-23. For a past
 * day (the backtest), seats, MRR and renewal come from the dated subscription history and the
 * sentiment from entries made by then; segment fields and custom fields are today's.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { AccountSignals, UsageNeeds } from '../../../domain/health/account-signals.js';
import type { GoalStatus } from '../../../domain/outcomes/goal-fields.js';
import type { HealthSettings } from '../../../domain/health/settings.js';
import { pgArray } from '../imports/pg-array.js';
import { gatherSurveySignals } from './gather-survey-signals.js';
import { usageScans } from './usage-scans.js';

export interface GatherOptions {
  asOf: string;
  /** true when asOf is today: MRR and renewal date come from the account row, kept current */
  live: boolean;
  /** only these accounts; every account of the workspace when absent */
  accountIds?: readonly string[];
  /** only accounts that are customers now (trial, active, paused): prospects and churned accounts have no live score */
  customersOnly?: boolean;
  needs: UsageNeeds;
  settings: HealthSettings;
}

/** Account statuses that get a live score. */
export const SCORED_STATUSES = ['trial', 'active', 'paused'] as const;

export async function gatherSignals(tx: Tx, workspaceId: string, options: GatherOptions): Promise<Map<string, AccountSignals>> {
  const signals = await gatherAccounts(tx, workspaceId, options);
  if (signals.size > 0 && options.needs.goals) await gatherGoals(tx, workspaceId, options, signals);
  if (signals.size > 0 && options.needs.survey) await gatherSurveySignals(tx, workspaceId, options, signals);
  if (signals.size === 0 || options.needs.windows.length === 0) return signals;
  for (const scan of usageScans(options.asOf, options.needs, options.settings)) {
    const rows = await queryRows<Record<string, number | string | null>>(tx, scan.query(workspaceId, options.accountIds));
    for (const row of rows) {
      const target = signals.get(row.account_id as string);
      if (!target) continue;
      scan.keys.forEach((key, i) => {
        const value = Number(row[`c${i}`] ?? 0);
        if (value !== 0) target.usage[key] = value;
      });
    }
  }
  return signals;
}

/**
 * Success-plan goals as they stood on `asOf`: goals created by then, with the latest value
 * measured by then (today: the goal's current value). Review dates are today's: the log of
 * re-agreements records changed fields, not every past review date.
 */
async function gatherGoals(tx: Tx, workspaceId: string, options: GatherOptions, signals: Map<string, AccountSignals>) {
  const rows = await queryRows<{ account_id: string; baseline: number; target: number; current: number | null; status: GoalStatus; next_review_on: string | null }>(tx, sql`
    select g.account_id, g.baseline, g.target, g.status, g.next_review_on::text as next_review_on,
      ${options.live ? sql`g.current` : sql`(select m.value from goal_measurements m
         where m.workspace_id = g.workspace_id and m.goal_id = g.id and m.day <= ${options.asOf}::date
         order by m.day desc limit 1)`} as current
    from success_goals g
    where g.workspace_id = ${workspaceId}::uuid ${accountFilter(options.accountIds, 'g.account_id')}
      and g.created_at < ${options.asOf}::date + 1`);
  for (const row of rows) {
    const target = signals.get(row.account_id);
    if (!target) continue;
    (target.goals ??= []).push({
      baseline: Number(row.baseline), target: Number(row.target), current: row.current === null ? null : Number(row.current),
      status: row.status, nextReviewOn: row.next_review_on,
    });
  }
}

function accountFilter(ids: readonly string[] | undefined, column: string): SQL {
  return ids ? sql`and ${sql.raw(column)} = any(${pgArray(ids)}::uuid[])` : sql``;
}

interface AccountRow extends Record<string, unknown> {
  id: string;
  plan: string | null;
  industry: string | null;
  size_band: string | null;
  use_case: string | null;
  touch_tier: string | null;
  phase: string | null;
  region: string | null;
  custom_fields: Record<string, unknown>;
  mrr: number;
  renewal_date: string | null;
  seats: number | null;
  line_mrr: number | null;
  line_renewal: string | null;
  sentiment: number | null;
  sentiment_on: string | null;
}

async function gatherAccounts(tx: Tx, workspaceId: string, options: GatherOptions): Promise<Map<string, AccountSignals>> {
  const rows = await queryRows<AccountRow>(tx, sql`
    with lines as (
      select distinct on (e.subscription_id) e.account_id, e.status, e.quantity, e.ends_on, e.mrr
      from subscription_events e
      where e.workspace_id = ${workspaceId}::uuid and e.effective_on <= ${options.asOf}::date
        ${accountFilter(options.accountIds, 'e.account_id')}
      order by e.subscription_id, e.effective_on desc, e.recorded_at desc
    )
    , line_state as (
      select account_id,
        sum(quantity) filter (where status in ('trial', 'active', 'past_due')
                                 or (status = 'cancelled' and ends_on >= ${options.asOf}::date))::int as seats,
        sum(mrr)::bigint as line_mrr,
        min(ends_on) filter (where ends_on >= ${options.asOf}::date and status in ('trial', 'active', 'past_due')) as line_renewal
      from lines group by account_id
    )
    , sentiment as (
      select distinct on (account_id) account_id, value, created_at
      from csm_sentiments
      where workspace_id = ${workspaceId}::uuid and created_at < ${options.asOf}::date + 1
        ${accountFilter(options.accountIds, 'account_id')}
      order by account_id, created_at desc
    )
    select a.id, a.plan, a.industry, a.size_band, a.use_case, a.touch_tier, a.phase, a.region, a.custom_fields,
           a.mrr, a.renewal_date::text as renewal_date, ls.seats, ls.line_mrr, ls.line_renewal::text as line_renewal,
           s.value as sentiment, (s.created_at at time zone 'UTC')::date::text as sentiment_on
    from accounts a
    left join line_state ls on ls.account_id = a.id
    left join sentiment s on s.account_id = a.id
    where a.workspace_id = ${workspaceId}::uuid ${accountFilter(options.accountIds, 'a.id')}
      ${options.customersOnly ? sql`and a.status in (${sql.join(SCORED_STATUSES.map((s) => sql`${s}`), sql`, `)})` : sql``}`);
  const signals = new Map<string, AccountSignals>();
  for (const row of rows) {
    signals.set(row.id, {
      accountId: row.id,
      segment: {
        plan: row.plan, industry: row.industry, size_band: row.size_band, use_case: row.use_case,
        touch_tier: row.touch_tier, phase: row.phase, region: row.region,
      },
      seats: row.seats,
      mrr: options.live ? Number(row.mrr) : Number(row.line_mrr ?? 0),
      renewalDate: options.live ? row.renewal_date : row.line_renewal,
      customFields: row.custom_fields ?? {},
      sentiment: row.sentiment === null ? null : { value: Number(row.sentiment), on: row.sentiment_on ?? options.asOf },
      survey: { nps: null, csat: null },
      usage: {},
    });
  }
  return signals;
}
