import { expect, it } from 'vitest';
import { queryRows, sql } from '../../db/connect.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { signIn } from '../session/session-commands.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { accountMrrJpy } from '../../../domain/demo/line-pricing.js';
import { countsOf, loadDemoWorkspace } from './load-demo.js';
import { generateSurveys } from '../../../domain/demo/generate-surveys.js';
import { generateVoc } from '../../../domain/demo/generate-voc.js';
import { surveyTokenWorkspace } from '../surveys/survey-token.js';

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
                and coalesce(event, '') !~ '^(tier|phase|checklist|task|handoff|playbook|survey)\.') as activities,
             (select count(*)::int from demo_truth where workspace_id = ${ws}) as truth,
             (select count(*)::int from members where workspace_id = ${ws}) as members`);
    expect(stored).toEqual({
      accounts: ACCOUNTS, contacts: demo.contacts.length, subs: demo.subscriptions.length, events: demo.subscriptionEvents.length,
      // plus the CSM notes the VOC items quote (generate-voc.ts)
      activities: demo.activities.length + generateVoc({ ...demo, surveys: generateSurveys(demo) }).notes.length,
      truth: ACCOUNTS, members: demo.members.length,
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
             -- up to the demo's today: placing accounts in tiers and phases after the scoring queues them again, and on
             -- PostgreSQL another suite's worker (one shared database) may score them on the real date meanwhile
             (select count(distinct day)::int from health_history where workspace_id = ${ws} and day <= ${TODAY}::date) as history_days`);
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

  it('loads the surveys with a working answer link per recipient, every answer on the timeline, and VOC items backed by them', async () => {
    const { db } = h().database;
    // History up to the harness's today, so the latest NPS pulse is still open for answers.
    const today = h().deps.now().toISOString().slice(0, 10);
    const loaded = await loadDemoWorkspace(db, { seed: 4646, today, accountCount: ACCOUNTS, healthHistoryDays: 0 });
    const ws = loaded.workspaceId;
    const demo = generateDemoWorkspace({ seed: 4646, today, accountCount: ACCOUNTS });
    const surveys = generateSurveys(demo);
    const voc = generateVoc({ ...demo, surveys });
    const [counts] = await queryRows<Record<string, number>>(db, sql`
      select (select count(*)::int from surveys where workspace_id = ${ws}) as surveys,
             (select count(*)::int from survey_recipients where workspace_id = ${ws}) as recipients,
             (select count(distinct token)::int from survey_recipients where workspace_id = ${ws}) as tokens,
             (select count(*)::int from survey_responses where workspace_id = ${ws} and source = 'demo') as responses,
             (select count(*)::int from activities a join survey_responses r
                on r.workspace_id = a.workspace_id and r.id = (a.data->>'responseId')::uuid and r.contact_id = a.contact_id
                and r.nps is not distinct from (a.data->>'nps')::int and a.occurred_at = r.submitted_at
              where a.workspace_id = ${ws} and a.event = 'survey.answered') as answered,
             (select count(*)::int from voc_items where workspace_id = ${ws}) as items,
             (select count(*)::int from voc_mentions where workspace_id = ${ws}) as mentions,
             (select count(*)::int from voc_mentions m where m.workspace_id = ${ws} and (
                (m.source_kind = 'survey_response' and exists (select 1 from survey_responses r where r.workspace_id = m.workspace_id and r.id = m.source_id and r.account_id = m.account_id))
                or (m.source_kind = 'activity' and exists (select 1 from activities a where a.workspace_id = m.workspace_id and a.id = m.source_id and a.account_id = m.account_id and a.kind = 'note'))
                or (m.source_kind = 'manual' and m.source_id is null))) as backed,
             (select count(*)::int from voc_settings where workspace_id = ${ws}) as settings`);
    expect(counts).toEqual({
      surveys: 6, recipients: surveys.recipients.length, tokens: surveys.recipients.length, responses: surveys.responses.length,
      answered: surveys.responses.length, items: 25, mentions: voc.mentions.length, backed: voc.mentions.length, settings: 1,
    });
    expect(surveys.responses.length).toBeGreaterThan(50);
    // Each token is a fresh kzs_ token of this workspace (not derived from the public seed).
    const tokens = await queryRows<{ token: string }>(db, sql`select token from survey_recipients where workspace_id = ${ws}`);
    for (const { token } of tokens) expect(surveyTokenWorkspace(token)).toBe(ws);
    // The stored columns are the generator's extracted scores, e.g. the CX tree's answers.
    const stored = await queryRows<{ id: string; trouble: boolean | null; consulted: boolean | null; handling: string | null; continuation: number | null }>(db, sql`
      select id, trouble, consulted, handling, continuation from survey_responses where workspace_id = ${ws}`);
    const byId = new Map(surveys.responses.map((r) => [r.id, r.scores]));
    for (const row of stored) {
      const scores = byId.get(row.id)!;
      expect(row).toEqual({ id: row.id, trouble: scores.trouble, consulted: scores.consulted, handling: scores.handling, continuation: scores.continuation });
    }

    // Through the API: the open pulse's links answer with the saved answer, the closed survey's with 410;
    // the tree and the VOC ranking read what was loaded.
    const links = await queryRows<{ token: string; key: string; answered: boolean }>(db, sql`
      select r.token, s.status as key, exists (select 1 from survey_responses x where x.workspace_id = r.workspace_id and x.recipient_id = r.id) as answered
      from survey_recipients r join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id where r.workspace_id = ${ws}`);
    const openLink = links.find((l) => l.key === 'open' && l.answered)!;
    const opened = await h().app.request(`/api/v1/public/surveys/${openLink.token}`);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as { response: { answers: { nps: number } } | null }).response?.answers.nps).toBeTypeOf('number');
    const closed = await h().app.request(`/api/v1/public/surveys/${links.find((l) => l.key === 'closed')!.token}`);
    expect(closed.status).toBe(410);

    const { token } = await signIn(db, loaded.adminEmail, loaded.password, h().deps.now());
    const get = async (path: string) => {
      const res = await h().app.request(path, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      expect(res.status, path).toBe(200);
      return (await res.json()) as any;
    };
    const current = surveys.surveys.find((s) => s.key === 'cx-this')!;
    const tree = await get(`/api/v1/surveys/${current.id}/cx-tree`);
    const mine = surveys.responses.filter((r) => r.surveyId === current.id);
    expect((tree.leaves as Array<{ n: number }>).reduce((sum, l) => sum + l.n, 0)).toBe(mine.length);
    const ranked = await get('/api/v1/voc/items?sort=accounts&limit=100');
    expect(ranked.items).toHaveLength(25);
    const accountsOf = (itemId: string) => new Set(voc.mentions.filter((m) => m.itemId === itemId).map((m) => m.accountId)).size;
    for (const item of ranked.items as Array<{ id: string; accounts: number }>) expect(item.accounts).toBe(accountsOf(item.id));
  }, LOAD_TIMEOUT);
});
