/**
 * The demo vendor's CS organisation: an admin, a CS manager, four to six CSMs, a sales rep and
 * a viewer, all signing in with one shared demo password. Emails carry the seed, so demo
 * workspaces of different seeds can live side by side in one Kizuna.
 */
import type { Role } from '../people/roles.js';
import type { DemoMember } from './demo-types.js';
import { pickPersonName } from './person-names.js';
import type { Random } from './random.js';

export const DEMO_PASSWORD = 'kizuna-demo';

export function demoEmailDomain(seed: number): string {
  return `demo${seed}.kizuna.example`;
}

export function demoAdminEmail(seed: number): string {
  return `admin@${demoEmailDomain(seed)}`;
}

export function generateMembers(random: Random, seed: number): DemoMember[] {
  const csmCount = random.int(4, 6);
  const roles: Role[] = ['admin', 'manager', ...Array.from({ length: csmCount }, (): Role => 'csm'), 'sales', 'viewer'];
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  return roles.map((role) => {
    let person = pickPersonName(random);
    while (usedNames.has(person.name)) person = pickPersonName(random);
    usedNames.add(person.name);
    let local = role === 'admin' ? 'admin' : `${person.givenRomaji}.${person.familyRomaji}`;
    for (let n = 2; usedEmails.has(local); n++) local = `${person.givenRomaji}.${person.familyRomaji}${n}`;
    usedEmails.add(local);
    return { id: random.uuid(), name: person.name, email: `${local}@${demoEmailDomain(seed)}`, role };
  });
}
