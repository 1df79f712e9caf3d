/**
 * Posting a webhook: JSON, a timeout, and the HTTP status (null when no answer came). The
 * connection goes only to an address webhook-target.ts allows, checked on the address the name
 * resolves to as it connects; redirects are not followed (a 3xx is the answer), so a receiver
 * cannot send the post on to an address that would have been refused.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { refusalOf, webhooksPublicOnly } from './webhook-target.js';

export interface WebhookResult {
  status: number | null;
  error: string | null;
  /** the address is not one webhooks may reach: retrying cannot help */
  refused?: boolean;
}

const MAX_ERROR_BODY = 300;

class RefusedAddress extends Error {}

/** dns.lookup, refusing the addresses webhooks may not reach (every one of them, when asked for all). */
function guardedLookup(publicOnly: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return (callback as (e: Error) => void)(error);
      const refused = addresses.map((a) => refusalOf(a.address, publicOnly)).find((r) => r !== null);
      if (refused) return (callback as (e: Error) => void)(new RefusedAddress(`${hostname}: ${refused}`));
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      return (callback as (e: null, a: string, f: number) => void)(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

export async function postWebhook(
  url: string, body: Record<string, unknown>, options: { timeoutMs: number; outboxId: string; publicOnly?: boolean },
): Promise<WebhookResult> {
  const publicOnly = options.publicOnly ?? webhooksPublicOnly();
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { status: null, error: `not a URL: ${url.slice(0, 200)}`, refused: true };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { status: null, error: `not an http(s) URL: ${target.protocol}`, refused: true };
  // An address written in the URL is never looked up: check it here.
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  const refusedLiteral = isIP(literal) ? refusalOf(literal, publicOnly) : null;
  if (refusedLiteral) return { status: null, error: refusedLiteral, refused: true };

  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<WebhookResult>((resolve) => {
    let settled = false;
    const finish = (result: WebhookResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.length),
        'user-agent': 'Kizuna-Webhook/1', 'x-kizuna-message-id': options.outboxId,
      },
      lookup: guardedLookup(publicOnly),
      // A connection of its own each time: a pooled one would skip the lookup and its check.
      agent: false,
    }, (response) => {
      const status = response.statusCode ?? 0;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { if (text.length < MAX_ERROR_BODY) text += chunk; });
      response.on('end', () => {
        if (status >= 200 && status < 300) return finish({ status, error: null });
        const redirect = status >= 300 && status < 400 ? ` (redirects are not followed: use the address it points to${response.headers.location ? `, ${String(response.headers.location).slice(0, 200)}` : ''})` : '';
        const shown = text.slice(0, MAX_ERROR_BODY);
        finish({ status, error: `HTTP ${status}${redirect}${!redirect && shown ? `: ${shown}` : ''}` });
      });
      response.on('error', (error) => finish({ status: null, error: error.message.slice(0, 500) }));
    });
    const timer = setTimeout(() => {
      finish({ status: null, error: `no answer within ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error: Error & { code?: string }) => {
      if (error instanceof RefusedAddress) return finish({ status: null, error: error.message.slice(0, 500), refused: true });
      finish({ status: null, error: (error.code ?? error.message ?? String(error)).slice(0, 500) });
    });
    request.end(payload);
  });
}
