/**
 * Who each customer is before anything happens to it: name, industry, size, region, owner,
 * what it first buys and when, and its hidden true health. The established base bought
 * before the 24-month window, so MRR at the window's start is not zero.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from './calendar.js';
import {
  INDUSTRY_WEIGHTS, MAX_ACCOUNT_MRR_JPY, MIN_ACCOUNT_MRR_JPY, REGIONS, SEAT_PRICE, SIZE_PROFILES, USE_CASES,
  type Industry, type PlanName, type SizeProfile,
} from './catalog.js';
import { englishCompanyName, japaneseCompanyName, type CompanyName } from './company-names.js';
import type { DemoMember } from './demo-types.js';
import { minimumSeats, type Billing, type Currency } from './line-pricing.js';
import type { Random } from './random.js';

export type AccountKind = 'customer' | 'trial' | 'prospect';
/** month_to_month lines have no term (ends_on null); the others renew every term. */
export type ContractKind = 'term_monthly' | 'annual' | 'multi_year' | 'month_to_month';

export interface AccountProfile {
  id: string;
  company: CompanyName;
  industry: Industry;
  size: SizeProfile;
  useCase: string;
  region: (typeof REGIONS)[number];
  ownerId: string | null;
  trueHealth: number;
  kind: AccountKind;
  currency: Currency;
  plan: PlanName;
  seats: number;
  discountPercent: number;
  contract: ContractKind;
  /** first day of service (trial or paid); for prospects, the day they were entered */
  startOn: IsoDate;
  /** paid service starts after a 14-day trial */
  trialFirst: boolean;
}

const ESTABLISHED_SHARE = 0.3;
const TRIAL_SHARE = 0.025;
const PROSPECT_SHARE = 0.025;

export function generateProfile(
  random: Random, id: string, today: IsoDate, owners: readonly DemoMember[], takenStems: Set<string>,
): AccountProfile {
  const industry = random.weighted(INDUSTRY_WEIGHTS);
  const company = uniqueCompany(random, industry, takenStems);
  const size = random.weighted(SIZE_PROFILES.map((p) => [p, p.weight] as const));
  const plan = random.weighted(size.plans);
  const currency: Currency = company.foreign && random.chance(0.6) ? 'USD' : 'JPY';
  const kind = random.weighted<AccountKind>([['customer', 1 - TRIAL_SHARE - PROSPECT_SHARE], ['trial', TRIAL_SHARE], ['prospect', PROSPECT_SHARE]]);
  const trueHealth = Math.round(clamp(random.normal(0.62, 0.2) + (plan === 'Enterprise' ? 0.04 : 0), 0.03, 0.98) * 1000) / 1000;
  return {
    id, company, industry, size,
    useCase: random.pick(USE_CASES),
    region: random.weighted(REGIONS.map((r) => [r, r.weight] as const)),
    ownerId: pickOwner(random, owners, plan),
    trueHealth, kind, currency, plan,
    seats: initialSeats(random, size, plan),
    discountPercent: initialDiscount(random, plan),
    contract: pickContract(random, plan),
    startOn: startDate(random, kind, today),
    trialFirst: kind === 'customer' && (plan === 'Starter' || plan === 'Standard') && random.chance(0.2),
  };
}

export function billingOf(contract: ContractKind): Billing {
  switch (contract) {
    case 'annual':
      return { billingInterval: 'year', intervalCount: 1 };
    case 'multi_year':
      return { billingInterval: 'multi_year', intervalCount: 3 };
    default:
      return { billingInterval: 'month', intervalCount: 1 };
  }
}

/** Months in one term; null for month-to-month. */
export function termMonths(contract: ContractKind): number | null {
  return contract === 'month_to_month' ? null : contract === 'multi_year' ? 36 : 12;
}

function uniqueCompany(random: Random, industry: Industry, taken: Set<string>): CompanyName {
  for (let attempt = 0; ; attempt++) {
    const company = random.chance(0.08) ? englishCompanyName(random, industry) : japaneseCompanyName(random, industry);
    // After many clashes (tiny pools, huge account counts) a number keeps names apart.
    const stem = attempt > 40 ? `${company.domainStem}${attempt}` : company.domainStem;
    if (taken.has(stem)) continue;
    taken.add(stem);
    if (attempt > 40) return { ...company, name: `${company.name} ${attempt}`, domainStem: stem };
    return company;
  }
}

/** Mostly CSMs; the manager keeps a few large accounts; a few accounts wait for an owner. */
function pickOwner(random: Random, owners: readonly DemoMember[], plan: PlanName): string | null {
  if (random.chance(0.02)) return null;
  const manager = owners.find((m) => m.role === 'manager');
  if (manager && plan === 'Enterprise' && random.chance(0.25)) return manager.id;
  return random.pick(owners.filter((m) => m.role === 'csm')).id;
}

function initialSeats(random: Random, size: SizeProfile, plan: PlanName): number {
  const seats = random.int(size.seats[0], size.seats[1]);
  // Leave headroom under the account maximum for later expansions.
  const most = Math.floor((MAX_ACCOUNT_MRR_JPY * 0.7) / SEAT_PRICE[plan].JPY);
  return Math.max(minimumSeats(plan, MIN_ACCOUNT_MRR_JPY * 1.25), Math.min(seats, most));
}

function initialDiscount(random: Random, plan: PlanName): number {
  if (plan === 'Enterprise') return random.chance(0.6) ? random.pick([10, 15, 20]) : 0;
  if (plan === 'Pro') return random.chance(0.2) ? random.pick([5, 10]) : 0;
  return random.chance(0.05) ? 10 : 0;
}

function pickContract(random: Random, plan: PlanName): ContractKind {
  const weights: Record<PlanName, ReadonlyArray<readonly [ContractKind, number]>> = {
    Starter: [['month_to_month', 45], ['term_monthly', 50], ['annual', 5]],
    Standard: [['month_to_month', 3], ['term_monthly', 80], ['annual', 17]],
    Pro: [['term_monthly', 75], ['annual', 25]],
    Enterprise: [['term_monthly', 55], ['annual', 37], ['multi_year', 8]],
  };
  return random.weighted(weights[plan]);
}

/** Established base 24–36 months back; new business across the window, growing over time. */
function startDate(random: Random, kind: AccountKind, today: IsoDate): IsoDate {
  if (kind === 'trial') return addDays(today, -random.int(1, 12));
  if (kind === 'prospect') return addDays(today, -random.int(5, 90));
  const windowStart = addMonths(today, -24);
  if (random.chance(ESTABLISHED_SHARE)) return addDays(addMonths(today, -36), random.int(0, 364));
  // Growth: a later month is more likely than an earlier one (weight rises from 1 to 2).
  const span = daysBetween(windowStart, addDays(today, -7));
  const u = (Math.sqrt(1 + 3 * random.next()) - 1); // inverse CDF of a density rising linearly from 1 to 2
  return addDays(windowStart, Math.floor(u * span));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

