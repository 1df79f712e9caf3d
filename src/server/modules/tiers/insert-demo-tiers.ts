/**
 * Writes the demo's touch model (domain/demo/generate-tiers.ts): the tiers, the CSM overrides
 * with their timeline entries on the day each was set, then places every account (refreshTiers)
 * as of the demo's today.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { tierOverrides, touchTiers } from '../../db/schema/index.js';
import type { DemoTiers } from '../../../domain/demo/generate-tiers.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { refreshTiers } from './refresh-tiers.js';

const atJst = (day: string) => new Date(`${day}T10:00:00+09:00`);

export async function insertDemoTiers(tx: Tx, workspaceId: string, demo: DemoTiers, today: string): Promise<number> {
  const now = atJst(today);
  await tx.insert(touchTiers).values(demo.tiers.map((t) => ({
    workspaceId, id: randomUUID(), key: t.key, name: t.name, description: t.description, position: t.position, rule: t.rule,
    isDefault: t.isDefault, meetingEveryDays: t.meetingEveryDays, reviewEveryDays: t.reviewEveryDays, automatedOnly: t.automatedOnly,
    createdAt: now, updatedAt: now,
  })));
  if (demo.overrides.length > 0) {
    await tx.insert(tierOverrides).values(demo.overrides.map((o) => ({
      workspaceId, accountId: o.accountId, tierKey: o.tierKey, reason: o.reason, setBy: o.setBy, setAt: atJst(o.setOn),
    })));
    const names = new Map(demo.tiers.map((t) => [t.key, t.name]));
    for (const o of demo.overrides) {
      await recordSystemEvents(tx, workspaceId, o.setBy, [{
        accountId: o.accountId, event: 'tier.override_set', data: { tierKey: o.tierKey, name: names.get(o.tierKey) ?? o.tierKey, reason: o.reason, previous: null },
      }], atJst(o.setOn));
    }
  }
  return refreshTiers(tx, workspaceId, undefined, now);
}
