/**
 * Response rates of a survey (回答回収数 and 回答率), overall and by one account segment: tier,
 * phase, plan, company size, industry or owner. `responded` counts every answer (回答回収数); the
 * rate is invited who answered ÷ invited, as on the survey list — an answer given through the API
 * without an invitation is a response but was never asked for, so it would only inflate the
 * rate — with its 95% Wilson score interval: Wilson because
 * segments are often small and rates near 0 or 1, where the normal (Wald) interval spills past
 * [0, 1] or collapses to a point (see domain/surveys/README.md).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { proportionCI } from '../../../domain/surveys/stats.js';
import type { SegmentDimension } from './distribution-schema.js';
import { RECIPIENT_ACCOUNT, RECIPIENT_RESPONSE } from './distribution-store.js';

export interface RateRow {
  key: string | null;
  label: string | null;
  recipients: number;
  invited: number;
  opened: number;
  responded: number;
  rate: number | null;
  interval: { value: number; low: number; high: number; n: number } | null;
}

/** The segment key and its display name for each dimension (null name = show the key). */
const SEGMENT: Record<SegmentDimension, { key: SQL; label: SQL }> = {
  tier: { key: sql`a.touch_tier`, label: sql`(select t.name from touch_tiers t where t.workspace_id = a.workspace_id and t.key = a.touch_tier)` },
  phase: { key: sql`a.phase`, label: sql`(select p.name from phases p where p.workspace_id = a.workspace_id and p.key = a.phase)` },
  plan: { key: sql`a.plan`, label: sql`null::text` },
  size: { key: sql`a.size_band`, label: sql`null::text` },
  industry: { key: sql`a.industry`, label: sql`null::text` },
  owner: { key: sql`a.owner_id::text`, label: sql`(select u.name from users u where u.id = a.owner_id)` },
};

function toRow(r: Record<string, unknown>): RateRow {
  const responded = Number(r.responded);
  const invited = Number(r.invited);
  const answeredInvited = Number(r.responded_invited);
  const ci = invited > 0 ? proportionCI(answeredInvited, invited) : null;
  return {
    key: r.key === null || r.key === undefined ? null : String(r.key),
    label: r.label === null || r.label === undefined ? null : String(r.label),
    recipients: Number(r.recipients), invited, opened: Number(r.opened), responded,
    rate: invited > 0 ? answeredInvited / invited : null,
    interval: ci ? { value: ci.value, low: ci.low, high: ci.high, n: ci.n } : null,
  };
}

/** Overall, and per segment of `by` (largest segments first, "not set" last). */
export async function responseRates(tx: Tx, workspaceId: string, surveyId: string, by: SegmentDimension | null): Promise<{ total: RateRow; segments: RateRow[] }> {
  const segment = by ? SEGMENT[by] : { key: sql`null::text`, label: sql`null::text` };
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    with base as (
      select ${segment.key} as key, ${segment.label} as label, (r.invited_at is not null) as invited,
             (r.first_opened_at is not null) as opened, (s.id is not null) as responded
      from survey_recipients r
      ${RECIPIENT_ACCOUNT}
      ${RECIPIENT_RESPONSE}
      where r.workspace_id = ${workspaceId}::uuid and r.survey_id = ${surveyId}::uuid)
    select grouping(key) as is_total, key, max(label) as label, count(*)::int as recipients,
           count(*) filter (where invited)::int as invited, count(*) filter (where opened)::int as opened,
           count(*) filter (where responded)::int as responded, count(*) filter (where invited and responded)::int as responded_invited
    from base group by rollup (key)
    order by is_total desc, (key is null), count(*) desc, key`);
  const totalRow = rows.find((r) => Number(r.is_total) === 1);
  const total = totalRow ? toRow({ ...totalRow, key: null, label: null })
    : { key: null, label: null, recipients: 0, invited: 0, opened: 0, responded: 0, rate: null, interval: null };
  return { total, segments: by ? rows.filter((r) => Number(r.is_total) !== 1).map(toRow) : [] };
}
