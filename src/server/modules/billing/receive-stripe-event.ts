/**
 * One delivery to a workspace's Stripe webhook endpoint. The signature is the only
 * authentication: it must verify against this workspace's signing secret over the raw body,
 * within five minutes of our clock. Then the event id is claimed — a repeated delivery of the
 * same id does nothing — and the event's effect is written in that same transaction, so a
 * failure leaves no trace and Stripe's retry starts afresh.
 */
import type { Db } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { fieldIssuesOf } from '../../http/validation.js';
import { StripeEvent } from '../../../domain/billing/stripe-objects.js';
import { verifyStripeSignature, type SignatureFailure } from '../../../domain/billing/stripe-signature.js';
import { processStripeEvent } from './process-stripe-event.js';
import { claimBillingEvent, CLAIMED_STATUS, findSigningSecret, settleBillingEvent, type BillingEventStatus } from './store.js';

export interface StripeDelivery {
  workspaceId: string;
  /** the request body exactly as received, before any JSON parsing */
  rawBody: string;
  signature: string | undefined;
  now: Date;
}

export interface Received {
  eventId: string;
  outcome: BillingEventStatus | 'duplicate';
}

// One message for every way a signature can fail to match, so an unauthenticated caller learns
// nothing about which workspaces exist or have a secret set.
const NO_MATCH = 'The Stripe-Signature header does not verify with this endpoint\'s signing secret.';
const FAILURE_DETAIL: Record<SignatureFailure, string> = {
  missing_header: 'The Stripe-Signature header is missing.',
  malformed_header: 'The Stripe-Signature header has no t= timestamp.',
  no_v1_signature: 'The Stripe-Signature header has no v1 signature.',
  mismatch: NO_MATCH,
  stale_timestamp: 'The Stripe-Signature timestamp is more than 300 seconds from the server clock.',
};

export async function receiveStripeEvent(db: Db, delivery: StripeDelivery): Promise<Received> {
  const secret = await findSigningSecret(db, delivery.workspaceId, 'stripe');
  if (secret?.unreadable) {
    // Stripe retries a failed delivery for days: once the secret is entered again, nothing is lost.
    throw new AppError('billing.bad_signature', {
      detail: 'The signing secret was saved with another KIZUNA_SECRET_KEY than this server has: set that key, or enter the secret again.',
    });
  }
  const check = secret?.value
    ? await verifyStripeSignature({ header: delivery.signature, payload: delivery.rawBody, secret: secret.value, now: delivery.now })
    : { ok: false as const, reason: 'mismatch' as const };
  if (!check.ok) throw new AppError('billing.bad_signature', { detail: FAILURE_DETAIL[check.reason] });

  const raw = parseJson(delivery.rawBody);
  const parsed = StripeEvent.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('request.invalid', { detail: 'The body is not a Stripe event.', fields: fieldIssuesOf(parsed.error) });
  }
  const event = parsed.data;
  const ws = delivery.workspaceId;
  return db.transaction(async (tx) => {
    const claimed = await claimBillingEvent(tx, {
      workspaceId: ws, eventId: event.id, provider: 'stripe', type: event.type, occurredAt: new Date(event.created * 1000),
      receivedAt: delivery.now, status: CLAIMED_STATUS, payload: raw as Record<string, unknown>,
    });
    if (!claimed) return { eventId: event.id, outcome: 'duplicate' as const };
    const outcome = await processStripeEvent(tx, ws, event, delivery.now, { applyEarlier: true });
    await settleBillingEvent(tx, ws, event.id, outcome, delivery.now);
    return { eventId: event.id, outcome: outcome.status };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('request.invalid', { detail: 'The body is not valid JSON.' });
  }
}
