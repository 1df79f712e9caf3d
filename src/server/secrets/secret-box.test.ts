import { describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret, secretKeyFrom } from './secret-box.js';

const key = secretKeyFrom({ KIZUNA_SECRET_KEY: 'k3V8mXq2-correct-horse-battery' })!;
const other = secretKeyFrom({ KIZUNA_SECRET_KEY: 'another-key-of-enough-length' })!;

describe('secret box', () => {
  it('seals a secret so the stored text does not contain it, and opens it again with the same key', () => {
    const sealed = sealSecret('smtp-パスワード-123', key);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('smtp');
    expect(openSecret(sealed, key)).toEqual({ value: 'smtp-パスワード-123', unreadable: false });
    // A fresh IV every time: the same secret never seals to the same text.
    expect(sealSecret('smtp-パスワード-123', key)).not.toBe(sealed);
  });

  it('cannot open with another key, without a key, or after tampering: unreadable, never a wrong value', () => {
    const sealed = sealSecret('secret', key);
    expect(openSecret(sealed, other)).toEqual({ value: null, unreadable: true });
    expect(openSecret(sealed, null)).toEqual({ value: null, unreadable: true });
    const bytes = Buffer.from(sealed.slice('kzenc:v1:'.length), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    expect(openSecret(`kzenc:v1:${bytes.toString('base64')}`, key)).toEqual({ value: null, unreadable: true });
  });

  it('stores as given without a key, and reads values stored before a key was set', () => {
    expect(sealSecret('plain', null)).toBe('plain');
    expect(openSecret('plain', key)).toEqual({ value: 'plain', unreadable: false });
    expect(secretKeyFrom({})).toBeNull();
    expect(() => secretKeyFrom({ KIZUNA_SECRET_KEY: 'short' })).toThrow('KIZUNA_SECRET_KEY must be at least 16 characters');
  });
});
