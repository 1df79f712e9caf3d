// The expected signatures come from node:crypto, an implementation independent of the Web
// Crypto code under test (Stripe's scheme: hex HMAC-SHA256 of `${t}.${body}`, docs "Verify
// webhook signatures manually").
// eslint-disable-next-line no-restricted-imports -- the test's own reference HMAC, not domain code
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSignatureHeader, signStripePayload, verifyStripeSignature } from './stripe-signature.js';

const SECRET = 'whsec_test_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const BODY = JSON.stringify({ id: 'evt_1QxYz2AbCdEf', object: 'event', type: 'customer.subscription.updated', created: 1767225600 });
const T = 1767225600; // 2026-01-01T00:00:00Z
const AT_T = new Date(T * 1000);

function hmac(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
}

describe('verifyStripeSignature', () => {
  it('accepts a body signed with the endpoint secret', async () => {
    const header = `t=${T},v1=${hmac(SECRET, T, BODY)}`;
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: true, timestamp: T });
  });

  it('signs exactly as Stripe does', async () => {
    expect(await signStripePayload(SECRET, T, BODY)).toBe(hmac(SECRET, T, BODY));
  });

  it('refuses a signature made with another secret', async () => {
    const header = `t=${T},v1=${hmac('whsec_someone_else', T, BODY)}`;
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a body changed after signing, even by one character', async () => {
    const header = `t=${T},v1=${hmac(SECRET, T, BODY)}`;
    const tampered = BODY.replace('updated', 'deleted');
    expect(await verifyStripeSignature({ header, payload: tampered, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'mismatch' });
    const spaced = BODY.replace(':', ': ');
    expect((await verifyStripeSignature({ header, payload: spaced, secret: SECRET, now: AT_T })).ok).toBe(false);
  });

  it('refuses a signature whose timestamp was swapped for a fresh one', async () => {
    const header = `t=${T + 60},v1=${hmac(SECRET, T, BODY)}`;
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts up to 300 seconds of clock difference either way and refuses 301', async () => {
    const header = `t=${T},v1=${hmac(SECRET, T, BODY)}`;
    const at = (seconds: number) => new Date((T + seconds) * 1000);
    expect((await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: at(300) })).ok).toBe(true);
    expect((await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: at(-300) })).ok).toBe(true);
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: at(301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: at(-301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('accepts any one of several v1 signatures, as sent while a secret is rolled', async () => {
    const header = `t=${T},v1=${hmac('whsec_old_secret', T, BODY)},v1=${hmac(SECRET, T, BODY)},v0=${'0'.repeat(64)}`;
    expect((await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: AT_T })).ok).toBe(true);
    expect((await verifyStripeSignature({ header, payload: BODY, secret: 'whsec_old_secret', now: AT_T })).ok).toBe(true);
  });

  it('ignores v0 signatures, which Stripe sends only for test-mode fixtures', async () => {
    const header = `t=${T},v0=${hmac(SECRET, T, BODY)}`;
    expect(await verifyStripeSignature({ header, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'no_v1_signature' });
  });

  it('names a missing or malformed header', async () => {
    expect(await verifyStripeSignature({ header: undefined, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'missing_header' });
    expect(await verifyStripeSignature({ header: 'v1=abc', payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'malformed_header' });
    const short = `t=${T},v1=${hmac(SECRET, T, BODY).slice(0, 40)}`;
    expect(await verifyStripeSignature({ header: short, payload: BODY, secret: SECRET, now: AT_T })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('verifies a Japanese body byte for byte (UTF-8)', async () => {
    const body = JSON.stringify({ id: 'evt_jp', data: { object: { description: '株式会社さくら 年額プラン' } } });
    const header = `t=${T},v1=${hmac(SECRET, T, body)}`;
    expect((await verifyStripeSignature({ header, payload: body, secret: SECRET, now: AT_T })).ok).toBe(true);
  });
});

describe('parseSignatureHeader', () => {
  it('reads the timestamp and every v1 value, tolerating spaces', () => {
    expect(parseSignatureHeader('t=1767225600, v1=aa ,v1=bb,v0=cc')).toEqual({ timestamp: 1767225600, signatures: ['aa', 'bb'] });
  });
});
