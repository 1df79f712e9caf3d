/**
 * `generateDemoWorkspace({ seed, today })`: the whole demo workspace as plain rows. Pure and
 * deterministic — the same seed and `today` give identical output, ids included. Every
 * account draws from its own labelled random streams (profile, history, contacts, timeline,
 * ids), so the simulations that read `truth` afterwards (usage, sentiments) change none of
 * these rows.
 *
 * @example
 *   const demo = generateDemoWorkspace({ seed: 42, today: '2026-04-01' });
 *   demo.accounts.length; // 500
 */
import { generateProfile, type AccountProfile } from './account-profiles.js';
import { addDays, atJapanTime } from './calendar.js';
import { MAIN_PRODUCT, USD_RATE, VENDOR_NAME } from './catalog.js';
import type { AccountTruth, DemoAccount, DemoOptions, DemoWorkspace } from './demo-types.js';
import { generateContacts } from './generate-contacts.js';
import { DEMO_PASSWORD, generateMembers } from './generate-members.js';
import { generateSentiments } from './generate-sentiments.js';
import { generateTimeline } from './generate-timeline.js';
import { generateUsage } from './generate-usage.js';
import { accountMrrJpy } from './line-pricing.js';
import { createRandom, type Random } from './random.js';
import { simulateHistory, type AccountHistory } from './simulate-history.js';

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_ACCOUNT_COUNT = 500;

export function demoWorkspaceName(seed: number): string {
  const name = `デモ: ${VENDOR_NAME}`;
  return seed === DEFAULT_DEMO_SEED ? name : `${name}（seed ${seed}）`;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function generateDemoWorkspace(options: DemoOptions): DemoWorkspace {
  const { seed, today } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const members = generateMembers(createRandom(seed, 'members'), seed);
  const admin = members.find((m) => m.role === 'admin');
  const sales = members.find((m) => m.role === 'sales');
  if (!admin || !sales) throw new Error('the demo team needs an admin and a sales rep');

  const demo: DemoWorkspace = {
    seed, today, workspaceName: demoWorkspaceName(seed), baseCurrency: 'JPY', fiscalYearStartMonth: 4,
    exchangeRates: { USD: USD_RATE }, password: DEMO_PASSWORD, admin, members,
    accounts: [], contacts: [], subscriptions: [], subscriptionEvents: [], activities: [], truth: [],
    usage: { users: [], userDays: [], eventDays: [], events: [] }, sentiments: [],
  };
  const accounts = createRandom(seed, 'accounts');
  const takenNames = new Set<string>();
  for (let i = 0; i < (options.accountCount ?? DEFAULT_ACCOUNT_COUNT); i++) {
    const random = accounts.fork(i);
    const ids = random.fork('ids');
    const profile = generateProfile(random.fork('profile'), ids.uuid(), today, members, takenNames);
    const history = simulateHistory(profile, random.fork('history'), ids.fork('subscriptions'), today);
    const createdAt = accountCreatedAt(random.fork('created'), profile, history);
    const contacts = generateContacts(random.fork('contacts'), ids.fork('contacts'), profile, createdAt.slice(0, 10), today);
    const activities = generateTimeline(random.fork('timeline'), ids.fork('timeline'), {
      profile, createdAt, contacts, milestones: history.milestones, salesId: sales.id, today,
    });
    demo.accounts.push(toAccount(random.fork('external-ids'), profile, history, createdAt));
    demo.contacts.push(...contacts);
    demo.subscriptions.push(...history.lines.map((l) => l.toSubscription()));
    demo.subscriptionEvents.push(...history.lines.flatMap((l) => l.events));
    demo.activities.push(...activities);
    demo.truth.push(truthOf(profile, history));
  }
  numberAccountsInCrm(demo.accounts);
  // Usage and sentiment read the finished history and truth, each from its own streams.
  demo.usage = generateUsage(demo);
  demo.sentiments = generateSentiments(demo);
  return demo;
}

/** Sales enters the account a few weeks before the first start (the handoff); prospects on their own day. */
function accountCreatedAt(random: Random, profile: AccountProfile, history: AccountHistory): string {
  const firstOn = history.milestones[0]?.on ?? profile.startOn;
  const lead = profile.kind === 'prospect' ? 0 : profile.kind === 'trial' ? random.int(0, 5) : random.int(7, 40);
  return atJapanTime(addDays(firstOn, -lead), random.int(9, 18), random.pick([0, 10, 20, 30, 40, 50]));
}

function toAccount(random: Random, profile: AccountProfile, history: AccountHistory, createdAt: string): DemoAccount {
  const main = [...history.lines].reverse().find((l) => l.state.product === MAIN_PRODUCT);
  const inBilling = profile.kind !== 'prospect';
  return {
    id: profile.id,
    name: profile.company.name,
    nameReading: profile.company.reading,
    externalId: '', // numbered in creation order by numberAccountsInCrm
    billingId: inBilling ? `cus_${random.token(14, ID_ALPHABET)}` : null,
    productId: inBilling ? `grp_${random.token(10, ID_ALPHABET.slice(26))}` : null,
    industry: profile.industry,
    sizeBand: profile.size.band,
    useCase: profile.useCase,
    plan: main?.state.plan ?? null,
    region: profile.region.name,
    ownerId: profile.ownerId,
    createdAt,
  };
}

/** CRM ids count up in the order accounts were entered, as a CRM's auto-number does. */
function numberAccountsInCrm(accounts: DemoAccount[]): void {
  const order = [...accounts].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  order.forEach((account, index) => {
    account.externalId = `CRM-${String(10001 + index).padStart(5, '0')}`;
  });
}

function truthOf(profile: AccountProfile, history: AccountHistory): AccountTruth {
  const live = history.lines.filter((l) => l.isLive);
  const paid = history.lines.flatMap((l) => l.events).filter((e) => e.mrr > 0).map((e) => e.effectiveOn).sort();
  const mrrJpy = accountMrrJpy(live.map((l) => l.state));
  const lastChurn = history.milestones.filter((m) => m.kind === 'churned').pop();
  return {
    accountId: profile.id,
    trueHealth: profile.trueHealth,
    firstPaidOn: paid[0] ?? null,
    churnedOn: mrrJpy === 0 && paid.length > 0 ? (lastChurn?.on ?? null) : null,
    reactivatedOn: history.milestones.filter((m) => m.kind === 'reactivated').map((m) => m.on),
    seats: live.find((l) => l.state.product === MAIN_PRODUCT)?.state.quantity ?? 0,
    mrrJpy,
  };
}

