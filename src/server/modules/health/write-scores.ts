/**
 * Writes scores: the current score of each account (with its explanation) and the account's
 * history row for the day, both in set-based statements of a few thousand rows each.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import type { ScoredAccount } from './score-accounts.js';
import { SCORED_STATUSES } from '../../../domain/accounts/fields.js';
import { COMMIT_WITHOUT_WAITING } from './gather-signals.js';
import { pgArray } from '../imports/pg-array.js';
import { storeExplanation } from '../../../domain/health/stored-explanation.js';

/** Accounts per statement. */
export const WRITE_CHUNK = 2000;

/**
 * Writes scored accounts, given as an array or as lazily scored chunks (score-accounts.ts
 * scoreInChunks): each chunk's statement is sent before the next chunk is scored and serialised,
 * and awaited only then, so on PostgreSQL the database writes while JavaScript scores.
 */
export async function writeScores(
  tx: Tx, workspaceId: string, scored: ScoredAccount[] | Iterable<ScoredAccount[]>,
  input: {
    day: string; computedAt: Date;
    /**
     * Sent on its own, outside a transaction (the health worker's usual pass: one chunk): it then
     * commits without waiting for the disk, as the worker's transactions do (derived data).
     * Never inside a caller's transaction, whose own writes would lose their durable commit.
     */
    alone?: boolean;
    /**
     * Leave out accounts deleted since they were read (the health worker, whose reads are not in
     * the writing transaction): their rows went with them, and inserting a score would fail the
     * whole chunk on the foreign key. Not for a full pass: the check made the write of 100,000
     * scores 1.5 s slower (recompute bench: 8.2 s with it, 6.7 s without).
     */
    skipDeleted?: boolean;
  },
) {
  let inFlight: Promise<unknown> | null = null;
  for (const chunk of Array.isArray(scored) ? chunksOf(scored as ScoredAccount[]) : scored) {
    if (chunk.length === 0) continue;
    // Each column as one array parameter and the explanations as one JSON array, zipped in SQL:
    // json_to_recordset over the same rows spent half the statement taking the nested
    // explanations apart (40 of 82–96 ms a chunk of 2,000); explanations in a json[] literal made
    // the escaping in JavaScript cost more than that saved.
    const a = pgArray(chunk.map((s) => s.accountId));
    const sc = pgArray(chunk.map((s) => s.scorecard.id));
    const v = pgArray(chunk.map((s) => s.scorecard.version));
    const score = pgArray(chunk.map((s) => s.result.score));
    const band = pgArray(chunk.map((s) => s.result.band));
    const x = JSON.stringify(chunk.map((s) => storeExplanation(s.result)));
    await inFlight;
    // One statement: the history rows come from what the score upsert returns, so the chunk's
    // parameters are parsed once.
    inFlight = started(tx.execute(sql`
      with scored as (
        insert into health_scores (workspace_id, account_id, scorecard_id, version, score, band, explanation, computed_at)
        select ${workspaceId}::uuid, r.a, r.s, r.v, r.score, r.band, r.x, ${input.computedAt.toISOString()}::timestamptz
        from rows from (unnest(${a}::uuid[], ${sc}::uuid[], ${v}::int[], ${score}::numeric[], ${band}::text[]),
                        json_array_elements(${x}::json)) as r(a, s, v, score, band, x)
        ${input.skipDeleted ? sql`where exists (select 1 from accounts ac where ac.workspace_id = ${workspaceId}::uuid and ac.id = r.a)` : sql``}
        order by r.a
        on conflict (workspace_id, account_id) do update set
          scorecard_id = excluded.scorecard_id, version = excluded.version, score = excluded.score, band = excluded.band,
          explanation = excluded.explanation, computed_at = excluded.computed_at
          -- Never over a score read later: two passes may score an account at once (queued again
          -- while the first was scoring it, it can be claimed by another lane), and a scorecard
          -- saved meanwhile rescored it from its new definition.
          where health_scores.computed_at <= excluded.computed_at
        returning account_id, scorecard_id, version, score, band
      )
      , history as (
      insert into health_history (workspace_id, account_id, day, score, band, scorecard_id, version)
      select ${workspaceId}::uuid, account_id, ${input.day}::date, score, band, scorecard_id, version from scored
      order by account_id
      on conflict (workspace_id, account_id, day) do update set
        score = excluded.score, band = excluded.band, scorecard_id = excluded.scorecard_id, version = excluded.version
        -- the day's row is often already what it would become (the worker scored the account earlier today): no new row version then
        where (health_history.score, health_history.band, health_history.scorecard_id, health_history.version)
          is distinct from (excluded.score, excluded.band, excluded.scorecard_id, excluded.version)
      )
      select ${input.alone ? COMMIT_WITHOUT_WAITING : sql`1`}`));
  }
  await inFlight;
}

/**
 * Sends a query now. Drizzle's queries are lazy thenables that run only once awaited, so without
 * this the next chunk was scored and serialised while the database sat idle (measured at
 * 100,000 accounts: the write step took as long as scoring plus writing, one after the other).
 */
function started<T>(query: PromiseLike<T>): Promise<T> {
  const running = new Promise<T>((resolve, reject) => { query.then(resolve, reject); });
  // Awaited by the next chunk or at the end; should scoring the next chunk throw first, the
  // transaction rolls back and this failure must not also crash the process as unhandled.
  running.catch(() => undefined);
  return running;
}

function* chunksOf(scored: ScoredAccount[]): Generator<ScoredAccount[]> {
  for (let start = 0; start < scored.length; start += WRITE_CHUNK) yield scored.slice(start, start + WRITE_CHUNK);
}

/**
 * Removes the live score of accounts that are no longer customers (churned) or not yet
 * (prospects), among `accountIds` or the whole workspace. Their history stays.
 */
export async function clearNonCustomerScores(tx: Tx, workspaceId: string, accountIds?: readonly string[]) {
  await tx.execute(sql`
    delete from health_scores h using accounts a
    where h.workspace_id = ${workspaceId}::uuid and a.workspace_id = h.workspace_id and a.id = h.account_id
      and a.status not in (${sql.join(SCORED_STATUSES.map((s) => sql`${s}`), sql`, `)})
      ${accountIds ? sql`and h.account_id = any(${pgArray(accountIds)}::uuid[])` : sql``}`);
}
