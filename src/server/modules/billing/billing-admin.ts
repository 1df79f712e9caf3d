/**
 * Administering a workspace's Stripe connection: setting or removing the webhook signing
 * secret (audited, never echoed back), and applying the events kept as unmatched once
 * accounts carry their customers' ids.
 */
import type { Db } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/store.js';
import { applyUnmatchedEvents } from './process-stripe-event.js';
import { deleteConnection, findAccountForCustomer, saveSigningSecret, unmatchedCustomers } from './store.js';

export async function setStripeSigningSecret(db: Db, principal: Principal, secret: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await saveSigningSecret(tx, principal.workspaceId, 'stripe', secret, principal.userId, now);
    // the audit row says that it changed, and nothing of the secret itself
    await recordAudit(tx, principal, { action: 'update', entity: 'billing_connection', entityId: 'stripe', changes: { signingSecret: 'set' } }, now);
  });
}

export async function removeStripeConnection(db: Db, principal: Principal, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await deleteConnection(tx, principal.workspaceId, 'stripe');
    if (removed) await recordAudit(tx, principal, { action: 'delete', entity: 'billing_connection', entityId: 'stripe' }, now);
    return removed;
  });
}

export interface RetryResult {
  applied: number;
  /** customers still without an account */
  stillUnmatched: string[];
}

/** One transaction per customer, so one customer's bad event never holds back another's. */
export async function retryUnmatchedEvents(db: Db, principal: Principal, now: Date): Promise<RetryResult> {
  const ws = principal.workspaceId;
  const result: RetryResult = { applied: 0, stillUnmatched: [] };
  for (const customerId of await unmatchedCustomers(db, ws)) {
    await db.transaction(async (tx) => {
      if (!(await findAccountForCustomer(tx, ws, customerId))) {
        result.stillUnmatched.push(customerId);
        return;
      }
      const applied = await applyUnmatchedEvents(tx, ws, customerId, now);
      result.applied += applied;
      await recordAudit(tx, principal, { action: 'update', entity: 'billing_events', entityId: customerId, changes: { applied } }, now);
    });
  }
  return result;
}
