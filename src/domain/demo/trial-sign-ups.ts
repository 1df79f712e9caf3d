/**
 * People trying the product whose company is not an account yet: their events carry a group
 * id (`grp_trial_<n>`) that matches no account, so the "unmatched" view has something to show
 * and an admin can see what attaching a group to an account does.
 */
import { INDUSTRIES } from './catalog.js';
import { japaneseCompanyName } from './company-names.js';
import type { DemoProductUser, DemoUsageEvent } from './demo-types.js';
import { pickPersonName } from './person-names.js';
import type { Random } from './random.js';
import { japanInstant } from './simulate-visit.js';
import { CORE_EVENT, LOGIN_EVENT } from './usage-drivers.js';

export const TRIAL_EVENT_COUNT = 30;
const TRIAL_GROUPS = 6;

export function trialSignUps(random: Random, days: readonly string[]): {
  users: DemoProductUser[];
  events: Array<Omit<DemoUsageEvent, 'messageId'>>;
} {
  const users: DemoProductUser[] = [];
  for (let g = 1; g <= TRIAL_GROUPS; g++) {
    const domain = `${japaneseCompanyName(random, random.pick(INDUSTRIES)).domainStem}.example`;
    const people = random.int(1, 3);
    for (let p = 1; p <= people; p++) {
      const person = pickPersonName(random);
      users.push({
        userId: `u_trial_${g}_${p}`, accountId: null, groupId: `grp_trial_${g}`, contactId: null,
        email: `${person.givenRomaji}.${person.familyRomaji}@${domain}`, name: person.name,
      });
    }
  }
  const events = Array.from({ length: TRIAL_EVENT_COUNT }, () => {
    const user = random.pick(users);
    const event = random.weighted([[LOGIN_EVENT, 4], [CORE_EVENT, 4], ['Dashboard Created', 1], ['User Invited', 1]] as const);
    return {
      event, userId: user.userId, groupId: user.groupId, accountId: null,
      occurredAt: japanInstant(random.pick(days), random.int(9 * 3600, 20 * 3600)),
      durationSeconds: event === LOGIN_EVENT ? null : random.int(15, 300),
    };
  });
  events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  return { users, events };
}
