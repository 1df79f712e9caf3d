/**
 * Data for the full-recompute bench, made by set-based SQL in the database (generate_series,
 * hashint8 for repeatable "random" choices), not through HTTP:
 * - accounts `H-<k>`, four in five with a renewal date between 60 days ago and 450 days ahead;
 * - nine in ten with one active subscription of 1–32 seats (the rest have no seats, so their
 *   "active users ÷ seats" is missing and the score rescales);
 * - three in ten with a CSM sentiment (1–5) from the last 60 days;
 * - 90 days of rollups ending today: each account is active on 4–43 % of days; on an active day
 *   each of its 1–8 users is active with probability 45 %, and each of ten event names occurs with
 *   its own probability (usage_user_days, usage_event_days).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '../src/server/db/connect.js';

export const ROLLUP_DAYS = 90;

/** Event name → chance (in 1024ths) that an active account-day has it. */
const EVENT_CHANCES: [string, number][] = [
  ['Signed In', 700], ['Dashboard Viewed', 600], ['Report Viewed', 400], ['Report Exported', 100], ['Search Performed', 300],
  ['Record Updated', 300], ['Comment Added', 150], ['Invite Sent', 30], ['Integration Synced', 200], ['Session Ended', 200],
];

export interface SeededHealth {
  accounts: number;
  userDays: number;
  eventDays: number;
  subscriptions: number;
  sentiments: number;
}

export async function seedHealthData(database: Database, workspaceId: string, count: number, today: string): Promise<SeededHealth> {
  await database.db.transaction(async (tx) => {
    // Seeding only: the rows are consistent by construction, so per-row foreign-key checks and
    // the health-queue triggers are skipped (a superuser setting; the bench database is ours).
    await tx.execute(sql`set local session_replication_role = replica`);
    await insertRows(tx, workspaceId, count, today);
  });
  const db = database.db;
  const ws = sql`${workspaceId}::uuid`;
  for (const table of ['accounts', 'subscription_events', 'csm_sentiments', 'usage_user_days', 'usage_event_days']) {
    await db.execute(sql.raw(database.dialect === 'postgres' ? `vacuum analyze ${table}` : `analyze ${table}`));
  }
  const [counts] = await queryRows<Record<keyof SeededHealth, number>>(db, sql`
    select (select count(*) from accounts where workspace_id = ${ws}) as accounts,
           (select count(*) from usage_user_days where workspace_id = ${ws}) as "userDays",
           (select count(*) from usage_event_days where workspace_id = ${ws}) as "eventDays",
           (select count(*) from subscriptions where workspace_id = ${ws}) as subscriptions,
           (select count(*) from csm_sentiments where workspace_id = ${ws}) as sentiments`);
  if (!counts) throw new Error('no counts');
  return {
    accounts: Number(counts.accounts), userDays: Number(counts.userDays), eventDays: Number(counts.eventDays),
    subscriptions: Number(counts.subscriptions), sentiments: Number(counts.sentiments),
  };
}

async function insertRows(db: Tx, workspaceId: string, count: number, today: string): Promise<void> {
  const ws = sql`${workspaceId}::uuid`;
  const asOf = sql`${today}::date`;
  await db.execute(sql`
    insert into accounts (workspace_id, id, name, external_id, plan, status, renewal_date)
    select ${ws}, gen_random_uuid(), 'スコア企業' || k, 'H-' || k, (array['Starter', 'Standard', 'Pro', 'Enterprise'])[1 + k % 4], 'active',
           case when k % 5 = 0 then null else ${asOf} + ((hashint8(k) & 511) - 60) end
    from generate_series(0, ${count - 1}::int) as k`);
  // k: the account's number, read back from its external id
  const numbered = sql`(select id, substr(external_id, 3)::bigint as k from accounts where workspace_id = ${ws} and external_id like 'H-%')`;
  await db.execute(sql`
    insert into subscriptions (workspace_id, id, account_id, plan, quantity, unit_price, status, started_on, mrr)
    select ${ws}, gen_random_uuid(), a.id, 'Pro', 1 + (hashint8(a.k * 7) & 31), 3000, 'active', ${asOf} - 400, (1 + (hashint8(a.k * 7) & 31)) * 3000
    from ${numbered} a where a.k % 10 <> 0`);
  await db.execute(sql`
    insert into subscription_events (workspace_id, id, subscription_id, account_id, effective_on, kind, source, plan, quantity, unit_price,
      currency, billing_interval, interval_count, discount_percent, status, ends_on, mrr)
    select workspace_id, gen_random_uuid(), id, account_id, started_on, 'created', 'import', plan, quantity, unit_price, 'JPY', 'month', 1, 0,
           'active', null, mrr
    from subscriptions where workspace_id = ${ws}`);
  await db.execute(sql`
    insert into csm_sentiments (workspace_id, id, account_id, value, reason, created_at)
    select ${ws}, gen_random_uuid(), a.id, 1 + ((hashint8(a.k * 13) & 1023) % 5), 'bench', ${asOf} - (a.k % 60)::int + interval '10 hours'
    from ${numbered} a where a.k % 10 < 3`);

  // An account-day is active with the account's own chance (40–440 in 1024).
  const activeDays = sql`(
    select a.id as account_id, a.k, d, ${asOf} - d as day
    from ${numbered} a cross join generate_series(0, ${ROLLUP_DAYS - 1}::int) as d
    where (hashint8(a.k * 1000 + d) & 1023) < 40 + (hashint8(a.k * 31) & 1023) * 400 / 1024)`;
  await db.execute(sql`
    insert into usage_user_days (workspace_id, account_id, day, user_id, events, duration_seconds, first_at, last_at)
    select ${ws}, x.account_id, x.day, 'u-' || x.k || '-' || u, 1 + (h & 15), case when (h >> 4) & 7 = 0 then 300 + ((h >> 7) & 2047) else 0 end,
           x.day + interval '9 hours' + ((h >> 8) & 255) * interval '1 minute',
           x.day + interval '9 hours' + ((h >> 8) & 255) * interval '1 minute' + ((h >> 16) & 127) * interval '1 minute'
    from ${activeDays} x
    cross join lateral generate_series(1, 1 + (hashint8(x.k * 17) & 7)::int) as u
    cross join lateral (select hashint8(x.k * 100000 + x.d * 10 + u) as h) r
    where (h >> 20) & 1023 < 460
    order by 2, 3, 4 -- in key order, so index pages fill one after another
  `);
  const names = EVENT_CHANCES.map(([name]) => name);
  const chances = EVENT_CHANCES.map(([, chance]) => chance);
  await db.execute(sql`
    insert into usage_event_days (workspace_id, account_id, day, event, count)
    select ${ws}, x.account_id, x.day, e.name, 1 + ((h >> 10) & 15)
    from ${activeDays} x
    cross join unnest(${`{${names.map((n) => `"${n}"`).join(',')}}`}::text[], ${`{${chances.join(',')}}`}::int[]) with ordinality as e(name, chance, n)
    cross join lateral (select hashint8(x.k * 100000 + x.d * 16 + e.n) as h) r
    where h & 1023 < e.chance
    order by 2, 3, 4`);
}
