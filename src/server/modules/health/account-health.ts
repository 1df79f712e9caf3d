/** An account's current health with its explanation and trend, its daily history, and CSM sentiments. */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { accounts, csmSentiments } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import { recordAudit, type Actor } from '../audit/store.js';
import { loadHealthSettings } from './scorecard-store.js';
import { explainStored, type StoredExplanation } from '../../../domain/health/stored-explanation.js';
import type { ScorecardDefinition } from '../../../domain/health/scorecard.js';

const DAY_MS = 86_400_000;

async function assertAccount(tx: Tx, workspaceId: string, accountId: string) {
  const [row] = await tx.select({ id: accounts.id }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, accountId)));
  if (!row) throw notFound('account.not_found', accountId);
}

export async function getAccountHealth(db: Db, workspaceId: string, accountId: string, now: Date) {
  await assertAccount(db, workspaceId, accountId);
  const [row] = await queryRows<{
    score: number | null; band: 'red' | 'yellow' | 'green' | null; explanation: StoredExplanation; definition: ScorecardDefinition | null; computed_at: Date | string;
    scorecard_id: string; version: number; name: string | null;
    d7: number | null; d30: number | null;
  }>(db, sql`
    select h.score, h.band, h.explanation, v.definition, h.computed_at, h.scorecard_id, h.version, s.name,
      (select score from health_history x where x.workspace_id = h.workspace_id and x.account_id = h.account_id
         and x.day <= (h.computed_at at time zone 'UTC')::date - 7 order by x.day desc limit 1) as d7,
      (select score from health_history x where x.workspace_id = h.workspace_id and x.account_id = h.account_id
         and x.day <= (h.computed_at at time zone 'UTC')::date - 30 order by x.day desc limit 1) as d30
    from health_scores h
    left join scorecards s on s.workspace_id = h.workspace_id and s.id = h.scorecard_id
    left join scorecard_versions v on v.workspace_id = h.workspace_id and v.scorecard_id = h.scorecard_id and v.version = h.version
    where h.workspace_id = ${workspaceId}::uuid and h.account_id = ${accountId}::uuid`);
  if (!row) return null;
  const settings = await loadHealthSettings(db, workspaceId);
  const [latest] = await db.select().from(csmSentiments)
    .where(and(eq(csmSentiments.workspaceId, workspaceId), eq(csmSentiments.accountId, accountId)))
    .orderBy(desc(csmSentiments.createdAt)).limit(1);
  const score = row.score === null ? null : Number(row.score);
  const delta = (past: number | null) => (score === null || past === null ? null : Math.round((score - Number(past)) * 10) / 10);
  return {
    accountId,
    score,
    band: row.band,
    scorecard: { id: row.scorecard_id, name: row.name ?? '—', version: row.version },
    computedAt: new Date(row.computed_at).toISOString(),
    trend: { delta7: delta(row.d7), delta30: delta(row.d30) },
    explanation: explainStored(row.explanation, row.definition),
    sentiment: latest ? {
      value: latest.value, reason: latest.reason, on: latest.createdAt.toISOString(),
      stale: now.getTime() - latest.createdAt.getTime() > settings.sentimentStaleDays * DAY_MS,
    } : null,
  };
}

export async function getHealthHistory(db: Db, workspaceId: string, accountId: string, input: { days: number; today: string }) {
  await assertAccount(db, workspaceId, accountId);
  const items = await queryRows<{ day: string; score: number | null; band: 'red' | 'yellow' | 'green' | null; version: number }>(db, sql`
    select day::text as day, score, band, version from health_history
    where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid
      and day > ${input.today}::date - ${input.days}::int
    order by day`);
  return { items: items.map((i) => ({ ...i, score: i.score === null ? null : Number(i.score) })) };
}

export async function addSentiment(db: Db, actor: Actor & { userId: string | null }, accountId: string, input: { value: number; reason: string }, now: Date) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await assertAccount(tx, actor.workspaceId, accountId);
    await tx.insert(csmSentiments).values({
      workspaceId: actor.workspaceId, id, accountId, value: input.value, reason: input.reason, authorId: actor.userId, createdAt: now,
    });
    await recordAudit(tx, actor, { action: 'create', entity: 'csm_sentiment', entityId: id, changes: { accountId, value: input.value, reason: input.reason } }, now);
  });
  return id;
}

export async function listSentiments(db: Db, workspaceId: string, accountId: string) {
  await assertAccount(db, workspaceId, accountId);
  const rows = await db.select().from(csmSentiments)
    .where(and(eq(csmSentiments.workspaceId, workspaceId), eq(csmSentiments.accountId, accountId)))
    .orderBy(desc(csmSentiments.createdAt)).limit(100);
  return rows.map((r) => ({ id: r.id, value: r.value, reason: r.reason, authorId: r.authorId, createdAt: r.createdAt.toISOString() }));
}

/** Accounts per band for each day of the history, and now. */
export async function getDistribution(db: Db, workspaceId: string, input: { days: number; today: string }) {
  const items = await queryRows<{ day: string; red: number; yellow: number; green: number; none: number }>(db, sql`
    select day::text as day,
      count(*) filter (where band = 'red')::int as red, count(*) filter (where band = 'yellow')::int as yellow,
      count(*) filter (where band = 'green')::int as green, count(*) filter (where band is null)::int as none
    from health_history
    where workspace_id = ${workspaceId}::uuid and day > ${input.today}::date - ${input.days}::int
    group by day order by day`);
  const [current] = await queryRows<{ red: number; yellow: number; green: number; none: number }>(db, sql`
    select count(*) filter (where band = 'red')::int as red, count(*) filter (where band = 'yellow')::int as yellow,
      count(*) filter (where band = 'green')::int as green, count(*) filter (where band is null)::int as none
    from health_scores where workspace_id = ${workspaceId}::uuid`);
  return { items, current: current ?? { red: 0, yellow: 0, green: 0, none: 0 } };
}
