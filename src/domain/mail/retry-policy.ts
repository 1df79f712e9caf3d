/**
 * When the delivery worker tries again, and when it gives up.
 *
 * Schedule: after failed attempt n (1-based) the next try waits 1 min × 5^(n−1), capped at
 * 12 h — 1 min, 5 min, 25 min, 2 h 5 min, 10 h 25 min. The sixth failure marks the message
 * `dead` (about 13 hours after the first try); it stays in the log and can be retried by hand.
 *
 * Some failures are final at once: a webhook answering 4xx (other than 408 Request Timeout and
 * 429 Too Many Requests) will answer the same again, as will an SMTP server rejecting the
 * message with a permanent 5xx reply. Everything else — timeouts, refused connections, 5xx
 * from a webhook, 4xx from SMTP — is retried.
 */

export const MAX_ATTEMPTS = 6;
const BASE_SECONDS = 60;
const FACTOR = 5;
const CAP_SECONDS = 12 * 3600;

/** Seconds to wait after the given failed attempt (1-based) before the next one. */
export function retryDelaySeconds(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  return Math.min(CAP_SECONDS, BASE_SECONDS * FACTOR ** (n - 1));
}

export type Outcome = 'sent' | 'retry' | 'dead';

/**
 * A webhook's HTTP status (null: no answer — timeout, connection refused, DNS) → what to do.
 * Redirects are not followed (delivery/post-webhook.ts), so a 3xx will answer the same every
 * time: the URL needs changing, like a 4xx.
 */
export function webhookOutcome(status: number | null): Outcome {
  if (status === null) return 'retry';
  if (status >= 200 && status < 300) return 'sent';
  if (status >= 300 && status < 400) return 'dead';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'dead';
  return 'retry';
}

/** An SMTP failure's reply code (null: no reply — connection or TLS failure) → retry or give up. */
export function smtpFailureOutcome(responseCode: number | null): Exclude<Outcome, 'sent'> {
  return responseCode !== null && responseCode >= 500 && responseCode < 600 ? 'dead' : 'retry';
}

/** After a failed attempt: give up (final failure or the last attempt), or the next try time. */
export function afterFailure(outcome: Exclude<Outcome, 'sent'>, attempts: number, now: Date): { status: 'dead' } | { status: 'pending'; nextAttemptAt: Date } {
  if (outcome === 'dead' || attempts >= MAX_ATTEMPTS) return { status: 'dead' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts) * 1000) };
}
