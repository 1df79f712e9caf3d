/**
 * Loads the generated demo workspace (domain/demo) into the database, all or nothing: the
 * workspace and its admin through createWorkspaceWithAdmin, the rest of the team with one
 * shared password hash, then every table in set-based inserts (a year of product usage
 * included), account revenue refreshed once, one audit entry for the load, and every health
 * score computed from what was loaded. A demo of the same seed already there is refused, or
 * replaced when asked.
 *
 * @example
 *   const { workspaceId, adminEmail, password } = await loadDemoWorkspace(db, { seed: 42, today: '2026-04-01' });
 */
import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { workspaces } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hashPassword } from '../../auth/passwords.js';
import { generateDemoWorkspace } from '../../../domain/demo/generate-demo.js';
import { DEMO_PASSWORD, demoAdminEmail } from '../../../domain/demo/generate-members.js';
import type { DemoMember, DemoWorkspace } from '../../../domain/demo/demo-types.js';
import { recordAudit } from '../audit/store.js';
import { createWorkspaceWithAdmin } from '../session/session-commands.js';
import { recomputeAllHealth } from '../health/recompute-all.js';
import { backfillHealthHistory } from '../health/backfill-history.js';
import { generateAssessments } from '../../../domain/demo/generate-assessments.js';
import { insertDemoAssessments } from '../maturity/insert-demo-assessments.js';
import { generateGoals } from '../../../domain/demo/generate-goals.js';
import { insertDemoGoals } from '../outcomes/insert-demo-goals.js';
import { generateHandoffs } from '../../../domain/demo/generate-handoffs.js';
import { insertDemoHandoffs } from '../handoffs/insert-demo-handoffs.js';
import { generateTasks } from '../../../domain/demo/generate-tasks.js';
import { insertDemoTasks } from '../tasks/insert-demo-tasks.js';
import { generateTemplates } from '../../../domain/demo/generate-templates.js';
import { insertDemoTemplates } from '../delivery/insert-demo-templates.js';
import { demoPlaybooks, generatePlaybookRuns } from '../../../domain/demo/generate-playbooks.js';
import { insertDemoPlaybooks } from '../playbooks/insert-demo-playbooks.js';
import { settleDemoAutomation } from '../playbooks/settle-demo-automation.js';
import { generateTiers } from '../../../domain/demo/generate-tiers.js';
import { insertDemoTiers } from '../tiers/insert-demo-tiers.js';
import { generatePhases } from '../../../domain/demo/generate-phases.js';
import { insertDemoPhases } from '../phases/insert-demo-phases.js';
import { generateSurveys } from '../../../domain/demo/generate-surveys.js';
import { generateVoc } from '../../../domain/demo/generate-voc.js';
import { insertDemoSurveys, insertDemoVoc } from './insert-demo-surveys.js';

const HISTORY_STEP_DAYS = 14;
import { refreshAccountRevenue } from '../subscriptions/account-revenue.js';
import {
  deleteDemoWorkspaces, findWorkspacesAdministeredBy, insertDemoAccounts, insertDemoActivities, insertDemoContacts,
  insertDemoEventDays, insertDemoMemberships, insertDemoProductUsers, insertDemoSentiments, insertDemoSubscriptionEvents,
  insertDemoSubscriptions, insertDemoTruth, insertDemoUsageEvents, insertDemoUserDays, insertDemoUsers,
} from './demo-store.js';

export interface LoadDemoOptions {
  seed: number;
  /** 'YYYY-MM-DD': the last day of the generated history */
  today: string;
  /** accounts to generate (500 by default); tests load fewer */
  accountCount?: number;
  /** delete a demo workspace of the same seed first, instead of refusing */
  replace?: boolean;
  /** the instant recorded as the workspace's creation; the current time by default */
  now?: Date;
  /** days of health history to backfill after the load (182 by default; 0 for none) */
  healthHistoryDays?: number;
  /** called before each step, for progress output */
  onStep?: (step: string) => void;
}

export interface DemoCounts {
  members: number;
  accounts: number;
  contacts: number;
  subscriptions: number;
  subscriptionEvents: number;
  activities: number;
  churned: number;
  reactivated: number;
  productUsers: number;
  usageUserDays: number;
  usageEventDays: number;
  usageEvents: number;
  /** of usageEvents, those whose group matches no account */
  unmatchedEvents: number;
  sentiments: number;
}

export interface LoadedDemo {
  workspaceId: string;
  workspaceName: string;
  adminEmail: string;
  password: string;
  /** everyone in the workspace, admin first; all share `password` */
  team: Array<Pick<DemoMember, 'name' | 'email' | 'role'>>;
  counts: DemoCounts;
}

export async function loadDemoWorkspace(db: Db, options: LoadDemoOptions): Promise<LoadedDemo> {
  const step = options.onStep ?? (() => undefined);
  const now = options.now ?? new Date();
  // One hash for the whole team: scrypt is deliberately slow, and they share the demo password.
  const teamPasswordHash = await hashPassword(DEMO_PASSWORD);
  const { demo, workspaceId } = await db.transaction(async (tx) => {
    const earlier = await findWorkspacesAdministeredBy(tx, demoAdminEmail(options.seed));
    if (earlier.length > 0 && !options.replace) {
      throw new AppError('demo.already_loaded', {
        detail: `A demo workspace for seed ${options.seed} is already loaded (sign in as ${demoAdminEmail(options.seed)}). ` +
          'Use --replace to delete it and load it again, or --seed N for another one.',
      });
    }
    step(`Generating the demo data (seed ${options.seed}, history up to ${options.today})`);
    const generated = generateDemoWorkspace({ seed: options.seed, today: options.today, accountCount: options.accountCount });
    if (earlier.length > 0) step('Deleting the earlier demo workspace of this seed');
    await deleteDemoWorkspaces(tx, earlier, generated.members.map((m) => m.email));
    return { demo: generated, workspaceId: await insertDemo(tx, generated, teamPasswordHash, now, step) };
  });
  // Half a year of health history, every other week, as each account stood then, so trends and
  // the portfolio chart have a past; the nightly pass adds a day from here on.
  const historyDays = options.healthHistoryDays ?? 182;
  if (historyDays > 0) {
    step(`Scoring the past ${historyDays} days of health history (every ${HISTORY_STEP_DAYS} days)`);
    const yesterday = dayjs(demo.today).subtract(1, 'day').format('YYYY-MM-DD');
    await backfillHealthHistory(db, workspaceId, { to: yesterday, days: historyDays, stepDays: HISTORY_STEP_DAYS, now });
  }
  return {
    workspaceId, workspaceName: demo.workspaceName, adminEmail: demo.admin.email, password: demo.password,
    team: demo.members.map(({ name, email, role }) => ({ name, email, role })), counts: countsOf(demo),
  };
}

async function insertDemo(
  tx: Tx, demo: DemoWorkspace, teamPasswordHash: string, now: Date, step: (text: string) => void,
): Promise<string> {
  step(`Creating the workspace "${demo.workspaceName}" and its ${demo.members.length} members`);
  const created = await createWorkspaceWithAdmin(tx, {
    workspaceName: demo.workspaceName, name: demo.admin.name, email: demo.admin.email, password: demo.password,
    locale: 'ja', baseCurrency: demo.baseCurrency, fiscalYearStartMonth: demo.fiscalYearStartMonth,
  }, now, { allowExisting: true });
  const ws = created.workspaceId;
  const team = demo.members.filter((m) => m.role !== 'admin');
  await tx.update(workspaces).set({ exchangeRates: demo.exchangeRates }).where(eq(workspaces.id, ws));
  await insertDemoUsers(tx, team, teamPasswordHash, now);
  await insertDemoMemberships(tx, ws, team, now);

  step(`Inserting ${demo.accounts.length} accounts and ${demo.contacts.length} contacts`);
  await insertDemoAccounts(tx, ws, demo.accounts);
  await insertDemoTruth(tx, ws, demo.truth);
  await insertDemoContacts(tx, ws, demo.contacts);
  step(`Inserting ${demo.subscriptions.length} subscriptions and ${demo.subscriptionEvents.length} subscription events`);
  await insertDemoSubscriptions(tx, ws, demo.subscriptions);
  await insertDemoSubscriptionEvents(tx, ws, demo.subscriptionEvents);
  step(`Inserting ${demo.activities.length} timeline entries and ${demo.sentiments.length} CSM sentiments`);
  await insertDemoActivities(tx, ws, demo.activities);
  await insertDemoSentiments(tx, ws, demo.sentiments);
  const usage = demo.usage;
  step(`Inserting a year of product usage: ${usage.users.length} users, ${usage.userDays.length} user-days, ` +
    `${usage.eventDays.length} event-days, ${usage.events.length} raw events`);
  await insertDemoProductUsers(tx, ws, usage.users, now);
  await insertDemoUserDays(tx, ws, usage.userDays);
  await insertDemoEventDays(tx, ws, usage.eventDays);
  await insertDemoUsageEvents(tx, ws, usage.events);
  step('Computing account MRR, renewal dates and statuses');
  await refreshAccountRevenue(tx, ws, null);
  await recordAudit(tx, { workspaceId: ws, actor: { type: 'user', id: created.userId } }, {
    action: 'import', entity: 'workspace', entityId: ws,
    changes: { source: 'demo', seed: demo.seed, today: demo.today, counts: countsOf(demo) },
  }, now);
  step('Inserting success-plan goals on most high-touch accounts');
  await insertDemoGoals(tx, ws, generateGoals({ seed: demo.seed, today: demo.today, accounts: demo.accounts, truth: demo.truth, contacts: demo.contacts }), demo.today);
  const surveys = generateSurveys(demo);
  step(`Inserting two yearly CX surveys and four NPS pulses: ${surveys.recipients.length} recipients, ${surveys.responses.length} answers`);
  await insertDemoSurveys(tx, ws, surveys);
  step('Inserting voice-of-the-customer items with the answers and notes behind them');
  await insertDemoVoc(tx, ws, generateVoc({ ...demo, surveys }));
  // Inside the load's transaction, so a demo never exists without its scores.
  step('Computing health scores');
  await recomputeAllHealth(tx, ws, { today: demo.today });
  step('Placing every account in a touch tier (high, mid/low, tech) with a few CSM overrides');
  await insertDemoTiers(tx, ws, generateTiers({ seed: demo.seed, today: demo.today, accounts: demo.accounts, truth: demo.truth }), demo.today);
  step('Placing customers on the success roadmap with their phase history and onboarding checklists');
  await insertDemoPhases(tx, ws, generatePhases({ seed: demo.seed, today: demo.today, accounts: demo.accounts, truth: demo.truth }), demo.today);
  step('Inserting email templates (renewal, welcome, usage follow-up, health alert) in Japanese and English');
  await insertDemoTemplates(tx, ws, generateTemplates(), now);
  step('Inserting six playbooks (five switched on) with a quarter of past runs');
  const playbooks = demoPlaybooks(demo.today);
  await insertDemoPlaybooks(tx, ws, created.userId, playbooks, generatePlaybookRuns(demo, playbooks));
  step('Inserting two past maturity self-assessments');
  await insertDemoAssessments(tx, ws, created.userId, generateAssessments({ seed: demo.seed, today: demo.today }));
  step('Inserting sales → CS handoffs of varying quality');
  await insertDemoHandoffs(tx, ws, generateHandoffs(demo));
  step('Inserting open, overdue and done tasks for the CSMs');
  await insertDemoTasks(tx, ws, generateTasks({ seed: demo.seed, today: demo.today, accounts: demo.accounts, truth: demo.truth }));
  step('Opening the playbook episodes that hold today, so the first automation pass starts from the present');
  await settleDemoAutomation(tx, ws, now);
  return ws;
}

export function countsOf(demo: DemoWorkspace): DemoCounts {
  return {
    members: demo.members.length,
    accounts: demo.accounts.length,
    contacts: demo.contacts.length,
    subscriptions: demo.subscriptions.length,
    subscriptionEvents: demo.subscriptionEvents.length,
    activities: demo.activities.length,
    churned: demo.truth.filter((t) => t.churnedOn !== null).length,
    reactivated: demo.truth.filter((t) => t.reactivatedOn.length > 0).length,
    productUsers: demo.usage.users.length,
    usageUserDays: demo.usage.userDays.length,
    usageEventDays: demo.usage.eventDays.length,
    usageEvents: demo.usage.events.length,
    unmatchedEvents: demo.usage.events.filter((e) => e.accountId === null).length,
    sentiments: demo.sentiments.length,
  };
}
