/**
 * CSM sentiment for about two in five accounts: one to three judgements over the last year by
 * the account's owner, following the hidden true health and the same usage slumps the product
 * data shows, with noise (a CSM's view is not the truth). Most are older than a month, so the
 * "stale" marker has work to do; about half the rated accounts were rated within the last month.
 */
import type { IsoDate } from './calendar.js';
import type { DemoAccount, DemoSentiment } from './demo-types.js';
import { accountUsageRandom, groupInputs, planAccount, USAGE_HISTORY_DAYS, type UsageInput } from './generate-usage.js';
import { createRandom, type Random } from './random.js';
import { SENTIMENT_REASONS } from './sentiment-texts.js';
import { japanInstant } from './simulate-visit.js';
import { clamp, dateOfEpochDay, epochDay, shapeFactor, weekdayOfEpochDay, type UsageShape } from './usage-drivers.js';

const RECENT_DAYS = 30;

export function generateSentiments(input: UsageInput): DemoSentiment[] {
  const inputs = groupInputs(input);
  const out: DemoSentiment[] = [];
  for (const account of input.accounts) {
    const own = inputs.get(account.id);
    if (!own || account.productId === null) continue;
    const random = createRandom(input.seed, 'sentiments').fork(account.id);
    if (!random.chance(account.plan === 'Enterprise' || account.plan === 'Pro' ? 0.5 : 0.35)) continue;
    const plan = planAccount(accountUsageRandom(input.seed, account.id), own.truth.trueHealth, own.life, input.today);
    const days = customerWeekdays(plan.days, epochDay(input.today));
    if (days.length === 0) continue;
    const count = Math.min(days.length, random.weighted([[1, 45], [2, 35], [3, 20]] as const));
    const chosen = random.sample(days, count);
    // Half the rated accounts have a fresh judgement, when they were customers last month.
    const recent = days.filter((d) => d >= epochDay(input.today) - RECENT_DAYS);
    if (recent.length > 0 && random.chance(0.5) && !chosen.some((d) => recent.includes(d))) chosen[0] = random.pick(recent);
    const slumps: UsageShape = { ...plan.shape, starts: [] }; // a new customer ramping up is not a worry
    const ids = random.fork('ids');
    for (const day of [...new Set(chosen)].sort((a, b) => a - b)) {
      const outlook = own.truth.trueHealth * (0.5 + 0.5 * shapeFactor(slumps, day));
      out.push(sentimentOn(random, ids.uuid(), account, dateOfEpochDay(day), outlook));
    }
  }
  return out;
}

function sentimentOn(random: Random, id: string, account: DemoAccount, day: IsoDate, outlook: number): DemoSentiment {
  const value = clamp(Math.round(1 + 4 * outlook + random.normal(0, 0.6)), 1, 5) as 1 | 2 | 3 | 4 | 5;
  return {
    id, accountId: account.id, value, reason: random.pick(SENTIMENT_REASONS[value]), authorId: account.ownerId,
    createdAt: japanInstant(day, random.int(10 * 3600, 18 * 3600)),
  };
}

/** Weekdays in the last year (today excluded) on which the account was a customer, as epoch days. */
function customerWeekdays(spans: ReadonlyArray<{ from: number; until: number }>, today: number): number[] {
  const days: number[] = [];
  for (let n = today - USAGE_HISTORY_DAYS; n < today; n++) {
    const weekday = weekdayOfEpochDay(n);
    if (weekday === 0 || weekday === 6 || !spans.some((s) => s.from <= n && n < s.until)) continue;
    days.push(n);
  }
  return days;
}
