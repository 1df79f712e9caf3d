/**
 * Who uses the product at one account: its contacts first (the CRM knows them), then people
 * only the product knows, until the account's share of seats in use is reached. Each person
 * gets a propensity to show up on a weekday: a few power users, more regulars, many light users.
 */
import type { DemoAccount, DemoContact, DemoProductUser } from './demo-types.js';
import { pickPersonName } from './person-names.js';
import type { Random } from './random.js';
import { adoptionShare, userPropensity } from './usage-drivers.js';

export interface ProductUser extends DemoProductUser {
  /** chance of a visit on an ordinary weekday at activity level 1 */
  propensity: number;
}

export function productUsersOf(
  random: Random, account: DemoAccount & { productId: string }, contacts: readonly DemoContact[], seats: number, h: number,
): ProductUser[] {
  const wanted = Math.max(contacts.length, Math.min(seats, Math.round(seats * adoptionShare(h, random))));
  const stem = account.productId.replace(/^grp_/, 'u_');
  const domain = contacts[0]?.email.split('@')[1] ?? `${account.productId}.example`;
  const taken = new Set(contacts.map((c) => c.email.split('@')[0]));
  const users: ProductUser[] = contacts.map((c, index) => ({
    userId: `${stem}_${index + 1}`, accountId: account.id, groupId: account.productId, contactId: c.id,
    email: c.email, name: c.name,
    // Executives rarely open the product themselves; the champion often lives in it.
    propensity: c.level === 'executive' ? 0.02 : userPropensity(h, random, true),
  }));
  for (let index = users.length; index < wanted; index++) {
    const person = pickPersonName(random);
    let local = `${person.givenRomaji}.${person.familyRomaji}`;
    for (let n = 2; taken.has(local); n++) local = `${person.givenRomaji}.${person.familyRomaji}${n}`;
    taken.add(local);
    users.push({
      userId: `${stem}_${index + 1}`, accountId: account.id, groupId: account.productId, contactId: null,
      email: `${local}@${domain}`, name: person.name, propensity: userPropensity(h, random, false),
    });
  }
  return users;
}
