/**
 * Checking Stripe's `Stripe-Signature` header: `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, where
 * each v1 is the hex HMAC-SHA256 of `${t}.${rawBody}` keyed with the endpoint's signing secret
 * (the whole `whsec_…` string). Stripe sends several v1 values while a secret is being rolled;
 * any one matching is enough. A timestamp more than five minutes from our clock is refused so a
 * captured delivery cannot be replayed later (Stripe's own libraries use the same tolerance).
 *
 * Pure: the clock is passed in, and the HMAC comes from Web Crypto (`crypto.subtle`), which
 * Node and browsers both provide, so nothing here imports I/O modules.
 */

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export interface SignatureHeader {
  timestamp: number;
  /** every v1 value, as sent (v0 and unknown schemes are ignored) */
  signatures: string[];
}

export type SignatureFailure = 'missing_header' | 'malformed_header' | 'no_v1_signature' | 'mismatch' | 'stale_timestamp';

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: SignatureFailure };

/**
 * The parts of a Stripe-Signature header, or null when it has no usable timestamp.
 * @example parseSignatureHeader('t=1700000000,v1=ab…,v1=cd…') // { timestamp: 1700000000, signatures: ['ab…', 'cd…'] }
 */
export function parseSignatureHeader(header: string): SignatureHeader | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value !== '') signatures.push(value);
  }
  return timestamp === null ? null : { timestamp, signatures };
}

/**
 * Whether `payload` (the raw request body, exactly as received) carries a valid signature
 * made with `secret` within the tolerance of `now`. The signature is checked before the
 * timestamp, so a forged request learns nothing about our clock.
 */
export async function verifyStripeSignature(input: {
  header: string | null | undefined;
  payload: string;
  secret: string;
  now: Date;
  toleranceSeconds?: number;
}): Promise<SignatureCheck> {
  if (!input.header) return { ok: false, reason: 'missing_header' };
  const parsed = parseSignatureHeader(input.header);
  if (!parsed) return { ok: false, reason: 'malformed_header' };
  if (parsed.signatures.length === 0) return { ok: false, reason: 'no_v1_signature' };
  const expected = await hmacSha256(input.secret, `${parsed.timestamp}.${input.payload}`);
  // Compare against every candidate, without stopping at the first match, in constant time each.
  let matched = false;
  for (const candidate of parsed.signatures) {
    const bytes = hexBytes(candidate);
    if (bytes && constantTimeEqual(bytes, expected)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };
  const tolerance = input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(input.now.getTime() / 1000) - parsed.timestamp) > tolerance) {
    return { ok: false, reason: 'stale_timestamp' };
  }
  return { ok: true, timestamp: parsed.timestamp };
}

/** The v1 signature Stripe would send for `payload` at `timestamp`, as lower-case hex. */
export async function signStripePayload(secret: string, timestamp: number, payload: string): Promise<string> {
  const mac = await hmacSha256(secret, `${timestamp}.${payload}`);
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

function hexBytes(hex: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Equal-length byte arrays compared without an early exit, so timing does not reveal where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
