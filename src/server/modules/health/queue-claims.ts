/**
 * The health worker's claim on queued accounts (health_dirty) and its release, one statement
 * each, both committing without waiting for the disk (the queue is derived data).
 *
 * Claim: up to `batchSize` queued accounts, oldest first, with FOR UPDATE SKIP LOCKED, so several
 * workers (lanes, servers) share the queue; a claim older than the lease is taken over (its
 * worker died). Rows another transaction holds locked until it commits (an account edit queueing
 * its account by trigger; when ingestion still queued here, the busiest accounts' rows were
 * locked nearly all the time) are skipped by the claim. So the same statement also reads, as
 * they stood before it, the queued rows older than the newest it claimed (or all, when the claim
 * took everything it could) that it did not claim, and the worker scores them as well: what was
 * committed is then in the score, and the row, neither claimed nor deleted, brings the account
 * back once the transaction holding it commits. (Claim and read were two statements; one round
 * trip fewer a pass, each of which waits its turn under load.) The claim takes usage_from over
 * (claimed_usage_from, kept until the pass is done), so backdated usage arriving meanwhile is
 * told apart from the usage this pass handles.
 *
 * Finish: deletes the claimed rows nobody queued again meanwhile, and forgets the backdated usage
 * this pass handled on the others. A claimed row is looked for where the claim left it (its
 * ctid): anything queueing the account again since (a bump, which also releases the claim) wrote
 * a new version elsewhere, so a row found there, of the same account with the same bumps and
 * still claimed, is unchanged. (Joined on the keys instead, 1,000 claimed rows against the
 * churned queue took a median of 24 ms and a mean of 55 ms a pass under load.) A row locked
 * right now is being queued again by a change still in flight: it is skipped, never waited for,
 * so the worker and that change never queue up behind each other. (Should the change roll back,
 * the row stays claimed and is scored again once the lease runs out.)
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { COMMIT_WITHOUT_WAITING } from './gather-signals.js';

/** How long a claim protects queued accounts from other workers; a crashed worker's claims expire. */
export const CLAIM_LEASE_SECONDS = 60;

/** A queue row a pass scores: claimed (bumps as claimed) or only read (another transaction holds it). */
export interface QueuedAccount {
  workspace_id: string;
  account_id: string;
  bumps: number;
  /** earliest usage day logged before today (claimed: as the claim took it over), or null */
  usage_from: string | null;
  /** the claimed row's ctid; null when only read */
  row: string | null;
}

export interface Claim {
  /** the rows claimed, for finishClaims */
  claimed: QueuedAccount[];
  /** every account to score: the claimed ones and those read without a claim */
  scored: QueuedAccount[];
}

export async function claimQueued(db: Db | Tx, options: { batchSize: number; workspaceIds?: readonly string[] }): Promise<Claim> {
  const { batchSize } = options;
  const only = options.workspaceIds ? sql`and workspace_id = any(${pgArray(options.workspaceIds)}::uuid[])` : sql``;
  const claimable = sql`(claimed_at is null or claimed_at < now() - ${`${CLAIM_LEASE_SECONDS} seconds`}::interval)`;
  type Row = { kind: 'claimed' | 'read'; workspace_id: string; account_id: string; bumps: number; usage_from: string | null; row: string | null };
  const rows = await queryRows<Row>(db, sql`
    with claimed as (
      update health_dirty d set claimed_at = now(), usage_from = null,
        claimed_usage_from = least(d.claimed_usage_from, d.usage_from)
      where d.ctid = any(array(
        select ctid from health_dirty where ${claimable} ${only}
        order by queued_at limit ${batchSize} for update skip locked))
      returning d.workspace_id, d.account_id, d.bumps, d.claimed_usage_from, d.queued_at, d.ctid
    )
    -- (Both conditions on the claimed rows are uncorrelated subqueries, evaluated once: written as
    -- joins, the planner took the claim for one row and walked it once per queued row.)
    , unclaimed as (
      select h.workspace_id, h.account_id, h.bumps, h.usage_from, h.queued_at from health_dirty h
      where ${claimable} ${only}
        and h.queued_at < coalesce((select case when count(*) < ${batchSize} then null else max(queued_at) end from claimed), 'infinity')
        and (h.workspace_id, h.account_id) not in (select workspace_id, account_id from claimed)
      order by h.queued_at limit ${batchSize}
    )
    select 'claimed' as kind, workspace_id, account_id, bumps, claimed_usage_from::text as usage_from, ctid::text as row,
      ${COMMIT_WITHOUT_WAITING} as async_commit
    from claimed
    union all
    select 'read', workspace_id, account_id, bumps, usage_from::text, null, null from unclaimed`);
  const scored = rows.map((r): QueuedAccount => ({
    workspace_id: r.workspace_id, account_id: r.account_id, bumps: Number(r.bumps), usage_from: r.usage_from, row: r.kind === 'claimed' ? r.row : null,
  }));
  return { claimed: scored.filter((r) => r.row !== null), scored };
}

export async function finishClaims(db: Db | Tx, claimed: readonly QueuedAccount[]): Promise<void> {
  if (claimed.length === 0) return;
  const backdated = claimed.filter((r) => r.usage_from !== null);
  await db.execute(sql`
    with claimed as (
      select * from unnest(${pgArray(claimed.map((r) => r.row))}::tid[], ${pgArray(claimed.map((r) => r.workspace_id))}::uuid[],
        ${pgArray(claimed.map((r) => r.account_id))}::uuid[], ${pgArray(claimed.map((r) => r.bumps))}::int[]) as c(t, w, a, b)
    )
    , unchanged as (
      select x.ctid as row from health_dirty x
      where x.ctid = any(array(select t from claimed)) and x.claimed_at is not null
        and (x.ctid, x.workspace_id, x.account_id, x.bumps) in (select t, w, a, b from claimed)
      for update of x skip locked
    )
    , deleted as (
      delete from health_dirty d where d.ctid = any(array(select row from unchanged))
    )
    ${backdated.length === 0 ? sql`` : sql`
    -- queued again since the claim: keep the row, forget the backdated usage the pass handled
    , bumped as (
      select x.ctid as row from health_dirty x
      join unnest(${pgArray(backdated.map((r) => r.workspace_id))}::uuid[], ${pgArray(backdated.map((r) => r.account_id))}::uuid[]) as r(w, a)
        on x.workspace_id = r.w and x.account_id = r.a
      where x.claimed_usage_from is not null and x.ctid <> all(array(select row from unchanged))
      for update of x skip locked
    )
    , released as (
      update health_dirty d set claimed_usage_from = null where d.ctid = any(array(select row from bumped))
    )`}
    select ${COMMIT_WITHOUT_WAITING}`);
}
