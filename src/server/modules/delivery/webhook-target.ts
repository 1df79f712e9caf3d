/**
 * Where a webhook may go. Whoever can write a playbook or the VOC settings chooses the URL, and
 * the server posts to it from inside its own network, so some addresses are refused:
 * - always: link-local addresses (169.254.0.0/16, fe80::/10 — where cloud providers answer
 *   metadata and credential requests, e.g. 169.254.169.254), unspecified (0.0.0.0, ::), multicast
 *   and reserved ones — no webhook receiver lives there;
 * - with KIZUNA_WEBHOOKS_PUBLIC_ONLY=1 (a server shared by teams who do not trust each other):
 *   loopback and private networks too (127.0.0.0/8, ::1, 10/8, 172.16/12, 192.168/16,
 *   100.64/10, fc00::/7). Off by default: a self-hosted Kizuna often posts to chat or automation
 *   servers on its own network.
 * The check runs on the address the connection actually uses (post-webhook.ts resolves the name
 * through `lookup`), so a name that resolves differently at delivery time is caught too.
 */
import { BlockList, isIP } from 'node:net';

export type AddressKind = 'link-local' | 'unspecified' | 'multicast' | 'reserved' | 'loopback' | 'private' | 'public';

const ranges = (list: Array<[string, number, 'ipv4' | 'ipv6']>) => {
  const blocks = new BlockList();
  for (const [network, prefix, type] of list) blocks.addSubnet(network, prefix, type);
  return blocks;
};

const KINDS: Array<[Exclude<AddressKind, 'public'>, BlockList]> = [
  ['unspecified', ranges([['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']])],
  ['link-local', ranges([['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']])],
  ['multicast', ranges([['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']])],
  ['reserved', ranges([['240.0.0.0', 4, 'ipv4']])],
  ['loopback', ranges([['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']])],
  ['private', ranges([
    ['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['fc00::', 7, 'ipv6'],
  ])],
];

/** What kind of address this is; an IPv4-mapped IPv6 address (::ffff:a.b.c.d) counts as its IPv4 address. */
export function addressKind(address: string): AddressKind {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const type = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!type) throw new RangeError(`not an IP address: ${address}`);
  for (const [kind, blocks] of KINDS) if (blocks.check(ip, type)) return kind;
  return 'public';
}

/** Why a webhook may not be posted to this address, or null when it may. */
export function refusalOf(address: string, publicOnly: boolean): string | null {
  const kind = addressKind(address);
  if (kind === 'public') return null;
  if ((kind === 'loopback' || kind === 'private') && !publicOnly) return null;
  return `${address} is a ${kind} address, which webhooks may not reach`;
}

export function webhooksPublicOnly(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KIZUNA_WEBHOOKS_PUBLIC_ONLY === '1' || env.KIZUNA_WEBHOOKS_PUBLIC_ONLY === 'true';
}
