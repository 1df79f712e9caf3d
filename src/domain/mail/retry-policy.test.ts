import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_ATTEMPTS, retryDelaySeconds, smtpFailureOutcome, webhookOutcome } from './retry-policy.js';

describe('retry policy', () => {
  it('waits 1 min × 5^(n−1) after failed attempt n, capped at 12 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds)).toEqual([60, 300, 1500, 7500, 37500, 43200, 43200]);
  });

  it('gives up after the sixth attempt', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    expect(MAX_ATTEMPTS).toBe(6);
    expect(afterFailure('retry', 5, now)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-04-01T10:25:00Z') });
    expect(afterFailure('retry', 6, now)).toEqual({ status: 'dead' });
    expect(afterFailure('dead', 1, now)).toEqual({ status: 'dead' });
  });

  it('sends on 2xx, gives up at once on 3xx (not followed) and 4xx except 408 and 429, retries the rest', () => {
    expect([200, 201, 204, 299].map(webhookOutcome)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect([301, 302, 307, 308, 400, 401, 403, 404, 410, 422].map(webhookOutcome)).toEqual(Array(10).fill('dead'));
    expect([408, 429, 500, 502, 503, null].map(webhookOutcome)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
  });

  it('retries temporary SMTP failures (4xx, no reply) and gives up on permanent ones (5xx)', () => {
    expect([421, 451, 452, null].map(smtpFailureOutcome)).toEqual(['retry', 'retry', 'retry', 'retry']);
    expect([550, 553, 554].map(smtpFailureOutcome)).toEqual(['dead', 'dead', 'dead']);
  });
});
