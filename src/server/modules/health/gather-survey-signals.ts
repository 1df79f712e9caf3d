/**
 * Survey answers as health signals (issue 6): per account, the mean of each contact's latest NPS
 * answer and, apart, of each contact's latest CSAT answer, among answers submitted in the 365
 * days up to and including `asOf`. One contact answering many surveys counts once (their latest
 * view); an account without answers in the window keeps null, and the measure is left out of
 * its score. Called by gatherSignals only when a scorecard has a survey measure.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import type { AccountSignals } from '../../../domain/health/account-signals.js';
import { pgArray } from '../imports/pg-array.js';

/** How far back an answer still speaks for the account: a yearly survey's answers stay current until the next run. */
export const SURVEY_SIGNAL_DAYS = 365;

export async function gatherSurveySignals(
  tx: Tx, workspaceId: string, options: { asOf: string; accountIds?: readonly string[] | undefined }, signals: Map<string, AccountSignals>,
): Promise<void> {
  const accounts = options.accountIds ? sql`and account_id = any(${pgArray(options.accountIds)}::uuid[])` : sql``;
  const inWindow = sql`submitted_at >= ${options.asOf}::date - ${SURVEY_SIGNAL_DAYS - 1}::int and submitted_at < ${options.asOf}::date + 1`;
  const rows = await queryRows<{ account_id: string; nps: string | number | null; csat: string | number | null }>(tx, sql`
    with nps as (
      select distinct on (account_id, contact_id) account_id, nps as value
      from survey_responses
      where workspace_id = ${workspaceId}::uuid and nps is not null and ${inWindow} ${accounts}
      order by account_id, contact_id, submitted_at desc, id desc
    ), csat as (
      select distinct on (account_id, contact_id) account_id, csat as value
      from survey_responses
      where workspace_id = ${workspaceId}::uuid and csat is not null and ${inWindow} ${accounts}
      order by account_id, contact_id, submitted_at desc, id desc
    ), n as (select account_id, avg(value)::float8 as v from nps group by account_id)
    , c as (select account_id, avg(value)::float8 as v from csat group by account_id)
    select coalesce(n.account_id, c.account_id) as account_id, n.v as nps, c.v as csat
    from n full join c on c.account_id = n.account_id`);
  for (const row of rows) {
    const target = signals.get(row.account_id);
    if (!target) continue;
    target.survey = { nps: row.nps === null ? null : Number(row.nps), csat: row.csat === null ? null : Number(row.csat) };
  }
}
