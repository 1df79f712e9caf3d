import { describe, expect, it } from 'vitest';
import { addressKind, refusalOf, webhooksPublicOnly } from './webhook-target.js';

describe('webhook targets', () => {
  it('sorts addresses by the ranges of RFC 6890 (IPv4) and RFC 4291 / 4193 (IPv6)', () => {
    expect(['169.254.169.254', 'fe80::1', '::ffff:169.254.169.254'].map(addressKind)).toEqual(['link-local', 'link-local', 'link-local']);
    expect(['0.0.0.0', '::'].map(addressKind)).toEqual(['unspecified', 'unspecified']);
    expect(['224.0.0.1', 'ff02::1', '240.0.0.1'].map(addressKind)).toEqual(['multicast', 'multicast', 'reserved']);
    expect(['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1'].map(addressKind)).toEqual(['loopback', 'loopback', 'loopback', 'loopback']);
    expect(['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', 'fd12::1'].map(addressKind)).toEqual(Array(6).fill('private'));
    // Just outside the private ranges, and well-known public hosts.
    expect(['172.32.0.1', '100.128.0.1', '192.169.0.1', '8.8.8.8', '2001:4860:4860::8888'].map(addressKind)).toEqual(Array(5).fill('public'));
    expect(() => addressKind('example.com')).toThrow(RangeError);
  });

  it('always refuses link-local (cloud metadata) and unspecified addresses; loopback and private ones only when public-only', () => {
    expect(refusalOf('169.254.169.254', false)).toBe('169.254.169.254 is a link-local address, which webhooks may not reach');
    expect(refusalOf('0.0.0.0', false)).toContain('unspecified');
    expect(refusalOf('127.0.0.1', false)).toBeNull();
    expect(refusalOf('10.0.0.5', false)).toBeNull();
    expect(refusalOf('127.0.0.1', true)).toContain('loopback');
    expect(refusalOf('192.168.0.10', true)).toContain('private');
    expect(refusalOf('203.0.113.7', true)).toBeNull();
    expect([webhooksPublicOnly({}), webhooksPublicOnly({ KIZUNA_WEBHOOKS_PUBLIC_ONLY: '1' }), webhooksPublicOnly({ KIZUNA_WEBHOOKS_PUBLIC_ONLY: 'true' })])
      .toEqual([false, true, true]);
  });
});
