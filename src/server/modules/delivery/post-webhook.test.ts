/**
 * Posting to a local receiver: what is refused before any connection, what a redirect gives,
 * and that a name is checked on the address it resolves to.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookOutcome } from '../../../domain/mail/retry-policy.js';
import { postWebhook } from './post-webhook.js';

let server: Server;
let port = 0;
const received: Array<{ path: string; body: string; id: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body, id: req.headers['x-kizuna-message-id'] as string | undefined });
      if (req.url === '/moved') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end('see there');
      else if (req.url === '/gone') res.writeHead(410).end('no such hook');
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (url: string, publicOnly = false) => postWebhook(url, { text: '解約リスク' }, { timeoutMs: 2000, outboxId: 'o-1', publicOnly });

describe('postWebhook', () => {
  it('posts JSON to a receiver it may reach, by address or by name', async () => {
    received.length = 0;
    expect(await post(`http://127.0.0.1:${port}/hook`)).toEqual({ status: 204, error: null });
    expect(await post(`http://localhost:${port}/hook`)).toEqual({ status: 204, error: null });
    expect(received).toEqual([
      { path: '/hook', body: '{"text":"解約リスク"}', id: 'o-1' },
      { path: '/hook', body: '{"text":"解約リスク"}', id: 'o-1' },
    ]);
  });

  it('refuses the cloud metadata address without connecting, and loopback when public-only, by address or by name', async () => {
    received.length = 0;
    expect(await post('http://169.254.169.254/latest/meta-data/')).toEqual({
      status: null, refused: true, error: '169.254.169.254 is a link-local address, which webhooks may not reach',
    });
    expect(await post('http://[::ffff:169.254.169.254]/')).toMatchObject({ refused: true });
    expect(await post(`http://127.0.0.1:${port}/hook`, true)).toMatchObject({ status: null, refused: true, error: expect.stringContaining('loopback') });
    // A name is checked on what it resolves to as the connection is made.
    expect(await post(`http://localhost:${port}/hook`, true)).toMatchObject({ status: null, refused: true, error: expect.stringMatching(/^localhost: .* loopback/) });
    expect(received).toEqual([]);
  });

  it('does not follow a redirect: the 3xx is the answer, and the delivery gives up', async () => {
    received.length = 0;
    const moved = await post(`http://127.0.0.1:${port}/moved`);
    expect(moved).toEqual({ status: 302, error: 'HTTP 302 (redirects are not followed: use the address it points to, http://169.254.169.254/latest/meta-data/)' });
    expect(webhookOutcome(moved.status)).toBe('dead');
    expect(received.map((r) => r.path)).toEqual(['/moved']);
    expect(await post(`http://127.0.0.1:${port}/gone`)).toEqual({ status: 410, error: 'HTTP 410: no such hook' });
  });

  it('says what went wrong when nothing answers', async () => {
    expect(await post('http://127.0.0.1:9/hook')).toMatchObject({ status: null, error: 'ECONNREFUSED' });
    expect(await post('ftp://example.com/hook')).toMatchObject({ refused: true, error: 'not an http(s) URL: ftp:' });
  });
});
