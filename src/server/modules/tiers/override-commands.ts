/**
 * A CSM's tier override for one account: set (with a reason) or clear. Audited, on the account's
 * timeline (`tier.override_set`, `tier.override_cleared`), and the account is placed again at
 * once, so a changed tier also logs `tier.changed`.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { tierOverrides } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { findAccount } from '../accounts/store.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { refreshTiers } from './refresh-tiers.js';
import { ensureDefaultTiers, findOverride, listTiers } from './tier-store.js';

export async function setTierOverride(
  db: Db, principal: Principal, accountId: string, input: { tierKey: string; reason: string }, now: Date,
): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    if (!(await findAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    await ensureDefaultTiers(tx, ws, now);
    const tier = (await listTiers(tx, ws)).find((t) => t.key === input.tierKey);
    if (!tier) throw new AppError('request.invalid', { detail: `No tier "${input.tierKey}".`, fields: [{ path: 'tierKey', message: 'no such tier in this workspace' }] });
    const before = await findOverride(tx, ws, accountId);
    await tx.insert(tierOverrides).values({ workspaceId: ws, accountId, tierKey: tier.key, reason: input.reason, setBy: principal.userId, setAt: now })
      .onConflictDoUpdate({
        target: [tierOverrides.workspaceId, tierOverrides.accountId],
        set: { tierKey: tier.key, reason: input.reason, setBy: principal.userId, setAt: now },
      });
    await recordSystemEvents(tx, ws, principal.userId, [{
      accountId, event: 'tier.override_set', data: { tierKey: tier.key, name: tier.name, reason: input.reason, previous: before?.tierKey ?? null },
    }], now);
    await recordAudit(tx, principal, {
      action: before ? 'update' : 'create', entity: 'tier_override', entityId: accountId,
      changes: { tierKey: [before?.tierKey ?? null, tier.key], reason: [before?.reason ?? null, input.reason] },
    }, now);
    await refreshTiers(tx, ws, [accountId], now);
  });
}

/** Clears the override; the rules place the account again. Clearing none is a no-op. */
export async function clearTierOverride(db: Db, principal: Principal, accountId: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    if (!(await findAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    const [removed] = await tx.delete(tierOverrides)
      .where(and(eq(tierOverrides.workspaceId, ws), eq(tierOverrides.accountId, accountId))).returning();
    if (!removed) return;
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId, event: 'tier.override_cleared', data: { tierKey: removed.tierKey, reason: removed.reason } }], now);
    await recordAudit(tx, principal, { action: 'delete', entity: 'tier_override', entityId: accountId, changes: { tierKey: removed.tierKey, reason: removed.reason } }, now);
    await refreshTiers(tx, ws, [accountId], now);
  });
}
