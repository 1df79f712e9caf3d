import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { signIn } from '../session/session-commands.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { accountMrrJpy } from '../../../domain/demo/line-pricing.js';
import { countsOf, loadDemoWorkspace } from './load-demo.js';

// A small demo keeps this tier quick; the generator's own tests cover the full 500 accounts.
const TODAY = '2026-04-01';
const ACCOUNTS = 80;
// Loading 80 accounts with a year of usage takes several seconds on PGlite; leave room on a busy machine.
const LOAD_TIMEOUT = 90_000;

describeEachDatabase('demo loader', (h) => {
  it('loads every generated row, and the demo admin sees the accounts through the API', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: 4242, today: TODAY, accountCount: ACCOUNTS });
    const demo = generateDemoWorkspace({ seed: 4242, today: TODAY, accountCount: ACCOUNTS });
    expect(loaded.counts).toEqual(countsOf(demo));
    expect(loaded.adminEmail).toBe('admin@demo4242.kizuna.example');
    const journey = await queryRows<{ event: string }>(db, sql`
      select distinct split_part(event, '.', 1) as event from activities
      where workspace_id = ${loaded.workspaceId} and event ~ '^(tier|phase|task|handoff)\.' order by 1`);
    expect(journey.map((r) => r.event)).toEqual(['handoff', 'phase', 'task', 'tier']);

    const ws = loaded.workspaceId;
    const [stored] = await queryRows<{ accounts: number; contacts: number; subs: number; events: number; activities: number; truth: number; members: number }>(db, sql`
      select (select count(*)::int from accounts where workspace_id = ${ws}) as accounts,
             (select count(*)::int from contacts where workspace_id = ${ws}) as contacts,
             (select count(*)::int from subscriptions where workspace_id = ${ws}) as subs,
             (select count(*)::int from subscription_events where workspace_id = ${ws} and source = 'demo') as events,
             -- the generator's timeline; the journey's own entries (tiers placed, phases entered, tasks,
             -- handoffs) are written by those modules as the demo loads and are counted below
             (select count(*)::int from activities where workspace_id = ${ws}
                and coalesce(event, '') !~ '^(tier|phase|checklist|task|handoff|playbook)\.') as activities,
             (select count(*)::int from demo_truth where workspace_id = ${ws}) as truth,
             (select count(*)::int from members where workspace_id = ${ws}) as members`);
    expect(stored).toEqual({
      accounts: ACCOUNTS, contacts: demo.contacts.length, subs: demo.subscriptions.length, events: demo.subscriptionEvents.length,
      activities: demo.activities.length, truth: ACCOUNTS, members: demo.members.length,
    });

    const [usage] = await queryRows<{ users: number; user_days: number; event_days: number; events: number; unmatched: number; unmatched_with_account: number; without_account: number; sentiments: number; scored: number; history_days: number }>(db, sql`
      select (select count(*)::int from usage_users where workspace_id = ${ws}) as users,
             (select count(*)::int from usage_user_days where workspace_id = ${ws}) as user_days,
             (select count(*)::int from usage_event_days where workspace_id = ${ws}) as event_days,
             (select count(*)::int from usage_events where workspace_id = ${ws}) as events,
             (select count(*)::int from usage_events where workspace_id = ${ws} and group_id like 'grp_trial_%') as unmatched,
             (select count(*)::int from usage_events where workspace_id = ${ws} and group_id like 'grp_trial_%' and account_id is not null) as unmatched_with_account,
             (select count(*)::int from usage_events where workspace_id = ${ws} and account_id is null) as without_account,
             (select count(*)::int from csm_sentiments where workspace_id = ${ws}) as sentiments,
             (select count(*)::int from health_scores where workspace_id = ${ws}) as scored,
             (select count(distinct day)::int from health_history where workspace_id = ${ws}) as history_days`);
    if (!usage) throw new Error('the count query returns one row');
    const { scored, history_days: historyDays, ...rows } = usage;
    expect(rows).toEqual({
      users: demo.usage.users.length, user_days: demo.usage.userDays.length, event_days: demo.usage.eventDays.length,
      events: demo.usage.events.length, unmatched: demo.usage.events.filter((e) => e.accountId === null).length,
      unmatched_with_account: 0, without_account: demo.usage.events.filter((e) => e.accountId === null).length,
      sentiments: demo.sentiments.length,
    });
    expect(rows.unmatched).toBe(30);
    expect(demo.usage.userDays.length).toBeGreaterThan(0);
    expect(scored).toBeGreaterThan(0); // the load ends with a full health recompute
    // Today's pass plus 13 backfilled days, every 14 days over 182 days.
    expect(historyDays).toBe(14);

    const { token } = await signIn(db, loaded.adminEmail, loaded.password, h().deps.now());
    const get = async (path: string) => {
      const res = await h().app.request(path, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      return { status: res.status, body: (await res.json()) as any };
    };
    const me = await get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.workspace).toMatchObject({ id: ws, name: 'デモ: 絆クラウド株式会社（seed 4242）', baseCurrency: 'JPY', fiscalYearStartMonth: 4 });
    const list = await get('/api/v1/accounts?limit=200&sort=-mrr');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(ACCOUNTS);

    // Account MRR = the yen sum of its live lines (refreshAccountRevenue), which is also what the generator meant.
    // ::int because raw bigint still arrives as a string through drizzle's node-postgres execute.
    const lines = await queryRows<{ account_id: string; mrr: number; currency: 'JPY' | 'USD'; status: string }>(db, sql`
      select account_id, mrr::int as mrr, currency, status from subscriptions where workspace_id = ${ws}`);
    const truth = new Map(demo.truth.map((t) => [t.accountId, t.mrrJpy]));
    for (const account of list.body.items as Array<{ id: string; mrr: number; status: string }>) {
      const live = lines.filter((l) => l.account_id === account.id && (l.status === 'active' || l.status === 'past_due'));
      expect(account.mrr, account.id).toBe(accountMrrJpy(live));
      expect(account.mrr, account.id).toBe(truth.get(account.id));
    }
    expect(list.body.items.some((a: { status: string }) => a.status === 'churned')).toBe(true);
  }, LOAD_TIMEOUT);

  it('stores each account\'s matched raw events under its account, and rollups that agree with them to the second', async () => {
    const { db } = h().database;
    const { workspaceId: ws } = await loadDemoWorkspace(db, { seed: 4545, today: TODAY, accountCount: 30 });
    // Every matched event names the account whose product id is its group; the unmatched ones name none.
    const [wrong] = await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from usage_events e
      left join accounts a on a.workspace_id = e.workspace_id and a.product_id = e.group_id
      where e.workspace_id = ${ws} and e.account_id is distinct from a.id`);
    expect(wrong?.n).toBe(0);
    // Refold the raw days as rollup-sql.ts does; they must equal the loaded rollups of those days.
    const mismatches = await queryRows<{ user_id: string }>(db, sql`
      with folded as (
        select account_id, (occurred_at at time zone 'UTC')::date as day, user_id, count(*)::int as events,
               coalesce(sum(duration_seconds), 0)::int as duration_seconds, min(occurred_at) as first_at, max(occurred_at) as last_at
        from usage_events where workspace_id = ${ws} and account_id is not null
        group by 1, 2, 3
      )
      select coalesce(f.user_id, d.user_id) as user_id from folded f
      full join (select * from usage_user_days where workspace_id = ${ws}
                 and day >= (select min((occurred_at at time zone 'UTC')::date) from usage_events where workspace_id = ${ws})) d
        on d.account_id = f.account_id and d.day = f.day and d.user_id = f.user_id
      where (f.events, f.duration_seconds, f.first_at, f.last_at) is distinct from (d.events, d.duration_seconds, d.first_at, d.last_at)`);
    expect(mismatches).toEqual([]);
  });

  it('keeps each line\'s latest subscription event equal to its subscriptions row', async () => {
    const { db } = h().database;
    const { workspaceId: ws } = await loadDemoWorkspace(db, { seed: 4343, today: TODAY, accountCount: ACCOUNTS });
    const mismatches = await queryRows<{ id: string }>(db, sql`
      with latest as (
        select distinct on (subscription_id) *
        from subscription_events where workspace_id = ${ws}
        order by subscription_id, effective_on desc, recorded_at desc
      )
      select s.id from subscriptions s left join latest e on e.subscription_id = s.id
      where s.workspace_id = ${ws}
        and (e.subscription_id is null
          or (s.plan, s.quantity, s.unit_price, s.currency, s.billing_interval, s.interval_count, s.discount_percent, s.status, s.ends_on, s.mrr)
             is distinct from
             (e.plan, e.quantity, e.unit_price, e.currency, e.billing_interval, e.interval_count, e.discount_percent, e.status, e.ends_on, e.mrr))`);
    expect(mismatches).toEqual([]);
  }, LOAD_TIMEOUT);

  it('refuses to load a seed twice, and replaces the earlier demo when asked', async () => {
    const { db } = h().database;
    const first = await loadDemoWorkspace(db, { seed: 4444, today: TODAY, accountCount: 20 });
    await expect(loadDemoWorkspace(db, { seed: 4444, today: TODAY, accountCount: 20 })).rejects.toMatchObject({ code: 'demo.already_loaded' });
    const second = await loadDemoWorkspace(db, { seed: 4444, today: TODAY, accountCount: 20, replace: true });
    expect(second.workspaceId).not.toBe(first.workspaceId);
    const [left] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from workspaces where id = ${first.workspaceId}`);
    expect(left?.n).toBe(0);
    const audit = await queryRows<{ action: string; entity: string }>(db, sql`
      select action, entity from audit_log where workspace_id = ${second.workspaceId} and entity = 'workspace' order by action`);
    expect(audit).toEqual([{ action: 'create', entity: 'workspace' }, { action: 'import', entity: 'workspace' }]);
  });
});
