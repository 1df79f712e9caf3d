/**
 * Secrets Kizuna must read back to use (SMTP passwords, Stripe signing secrets), sealed at rest with AES-256-GCM when
 * the server has a key: KIZUNA_SECRET_KEY, any string of 16 characters or more (e.g. `openssl
 * rand -base64 32`), hashed with SHA-256 into the key. A database dump or backup then holds no
 * password in the clear. Without a key values are stored as given, as before; values stored
 * before a key was set stay readable, and `kizuna serve` seals them at start.
 *
 * Sealed form: `kzenc:v1:` + base64(12-byte IV ‖ 16-byte tag ‖ ciphertext). A sealed value that
 * the key cannot open (another key, or none) reads as unreadable, never as a wrong password.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'kzenc:v1:';
const MIN_KEY_LENGTH = 16;

export type SecretKey = Buffer;

/** The server's key from KIZUNA_SECRET_KEY, null when unset; a key too short to be secret is refused. */
export function secretKeyFrom(env: NodeJS.ProcessEnv = process.env): SecretKey | null {
  const text = env.KIZUNA_SECRET_KEY?.trim();
  if (!text) return null;
  if (text.length < MIN_KEY_LENGTH) {
    throw new Error(`KIZUNA_SECRET_KEY must be at least ${MIN_KEY_LENGTH} characters (for example the output of \`openssl rand -base64 32\`).`);
  }
  return createHash('sha256').update(text, 'utf8').digest();
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** Sealed with the key, or the value itself when there is no key. */
export function sealSecret(plain: string, key: SecretKey | null): string {
  if (!key) return plain;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The stored value in the clear; `unreadable` when it is sealed and this key (or no key) cannot open it. */
export function openSecret(stored: string, key: SecretKey | null): { value: string | null; unreadable: boolean } {
  if (!isSealed(stored)) return { value: stored, unreadable: false };
  if (!key) return { value: null, unreadable: true };
  try {
    const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return { value: Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'), unreadable: false };
  } catch {
    return { value: null, unreadable: true };
  }
}
