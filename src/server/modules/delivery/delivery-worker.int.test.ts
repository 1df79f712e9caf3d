import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, type Harness } from '../../testing/harness.js';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.js';
import { queryRows } from '../../db/connect.js';
import { createDeliveryWorker } from './delivery-worker.js';
import { enqueueEmail, enqueueWebhook } from './enqueue.js';

/** A local HTTP endpoint answering with the next status of a script (then 200), recording bodies. */
interface Hook { url: string; bodies: unknown[]; script: number[]; server: Server }

async function startHook(): Promise<Hook> {
  const hook: Hook = { url: '', bodies: [], script: [], server: null as unknown as Server };
  hook.server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hook.bodies.push({ path: req.url, type: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const status = hook.script.shift() ?? 200;
      if (status === 0) return; // never answer: the client's timeout must fire
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status >= 400 ? `failure ${status}` : 'ok');
    });
  });
  await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}`;
  return hook;
}

async function outboxRow(h: Harness, id: string) {
  const [row] = await queryRows<{ status: string; attempts: number; last_error: string | null; next_attempt_at: string; sent_at: string | null }>(h.database.db, sql`
    select status, attempts, last_error, to_char(next_attempt_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as next_attempt_at,
           to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as sent_at
    from outbox where id = ${id}::uuid`);
  return row!;
}

async function configureMail(h: Harness, workspaceId: string, sink: SmtpSink) {
  await h.database.db.execute(sql`
    insert into mail_settings (workspace_id, host, port, secure, username, password, from_address, from_name)
    values (${workspaceId}::uuid, ${sink.host}, ${sink.port}, false, 'kizuna', 'secret', 'cs@vendor.example', 'サクラCSチーム')`);
}

describeEachDatabase('delivery worker', (h) => {
  let sink: SmtpSink;
  let hook: Hook;
  beforeAll(async () => { sink = await startSmtpSink(); hook = await startHook(); });
  afterAll(async () => { await sink.stop(); await new Promise((r) => hook.server.close(r)); });

  it('delivers a Japanese email intact through SMTP, only after the queueing transaction committed', async () => {
    const ws = await h().newWorkspace();
    await configureMail(h(), ws.id, sink);
    sink.clear();
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id });
    const subject = '【要対応】株式会社サクラ様のヘルススコアが低下しました（38点）';
    const text = '佐藤さん\n\n株式会社サクラ様のヘルススコアが 52 → 38 点に下がりました。\n今週中にご連絡をお願いします。\n— Kizuna 🌸';
    let id = '';
    await h().database.db.transaction(async (tx) => {
      id = await enqueueEmail(tx, ws.id, { to: 'sato@vendor.example', subject, text, locale: 'ja' });
      // Still inside the transaction: another connection's worker sees nothing to send.
      if (h().database.dialect === 'postgres') expect(await worker.drainOnce()).toBe(0);
    });
    expect(await worker.drain()).toBe(1);
    const [message] = await sink.waitFor(1);
    expect(message).toMatchObject({ subject, text, to: ['sato@vendor.example'], from: 'cs@vendor.example', user: 'kizuna' });
    expect(message).toMatchObject({ fromName: 'サクラCSチーム', fromAddress: 'cs@vendor.example' });
    // encoded on the wire (7-bit safe headers), decoded back to the same text
    expect(message!.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(await worker.drainOnce()).toBe(0);
  });

  it('never sends a message whose transaction rolled back', async () => {
    const ws = await h().newWorkspace();
    await configureMail(h(), ws.id, sink);
    sink.clear();
    await expect(h().database.db.transaction(async (tx) => {
      await enqueueEmail(tx, ws.id, { to: 'x@vendor.example', subject: 'rolled back', text: '-', locale: 'en' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await createDeliveryWorker(h().database.db, { workspaceId: ws.id }).drain()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it('keeps email pending while mail is not configured, then sends it once settings exist', async () => {
    const ws = await h().newWorkspace();
    sink.clear();
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id });
    const id = await h().database.db.transaction((tx) => enqueueEmail(tx, ws.id, { to: 'a@vendor.example', subject: 'Hello', text: 'Body', locale: 'en' }));
    expect(await worker.drain()).toBe(0);
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'pending', attempts: 0 });
    const log = await ws.admin.get('/api/v1/delivery/outbox');
    expect(log.body.mailConfigured).toBe(false);
    expect(log.body.items[0]).toMatchObject({ id, status: 'pending', waiting: 'mail_not_configured', lastError: 'mail is not configured', attempts: 0 });
    await configureMail(h(), ws.id, sink);
    expect(await worker.drain()).toBe(1);
    await sink.waitFor(1);
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries a temporary SMTP failure with backoff and gives up at once on a permanent one', async () => {
    const ws = await h().newWorkspace();
    await configureMail(h(), ws.id, sink);
    sink.clear();
    let clock = new Date(Date.now() + 3600_000);
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id, now: () => clock });
    const temp = await h().database.db.transaction((tx) => enqueueEmail(tx, ws.id, { to: 't@vendor.example', subject: 'temp', text: '-', locale: 'en' }));
    sink.failNext(1, 451);
    expect(await worker.drain()).toBe(1);
    const failed = await outboxRow(h(), temp);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('451');
    // due one minute later (retry-policy: 60 s after the first failure)
    expect(failed.next_attempt_at).toBe(new Date(clock.getTime() + 60_000).toISOString().slice(0, 19) + 'Z');
    clock = new Date(clock.getTime() + 60_000);
    expect(await worker.drain()).toBe(1);
    expect(await outboxRow(h(), temp)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });

    const perm = await h().database.db.transaction((tx) => enqueueEmail(tx, ws.id, { to: 'nobody@vendor.example', subject: 'perm', text: '-', locale: 'en' }));
    sink.failNext(1, 550);
    await worker.drain();
    expect(await outboxRow(h(), perm)).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('posts webhooks as JSON and retries 5xx and timeouts with backoff until a 2xx, counting the attempts', async () => {
    const ws = await h().newWorkspace();
    let clock = new Date(Date.now() + 7200_000);
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id, now: () => clock, webhookTimeoutMs: 300 });
    hook.bodies.length = 0;
    hook.script = [500, 0, 503];
    const body = { text: '株式会社サクラ様のスコアが赤になりました', account: { name: '株式会社サクラ' }, score: 38 };
    const id = await h().database.db.transaction((tx) => enqueueWebhook(tx, ws.id, { url: `${hook.url}/slack`, body }));
    const seen: { status: string; attempts: number; next: string; error: string | null }[] = [];
    for (const wait of [0, 60, 300, 1500]) {
      clock = new Date(clock.getTime() + wait * 1000);
      // one second early nothing is due
      if (wait > 0) {
        const early = createDeliveryWorker(h().database.db, { workspaceId: ws.id, now: () => new Date(clock.getTime() - 1000) });
        expect(await early.drainOnce()).toBe(0);
      }
      expect(await worker.drainOnce()).toBe(1);
      const row = await outboxRow(h(), id);
      seen.push({ status: row.status, attempts: row.attempts, next: row.next_attempt_at, error: row.last_error });
    }
    const at = (seconds: number) => new Date(clock.getTime() - (60 + 300 + 1500) * 1000 + seconds * 1000).toISOString().slice(0, 19) + 'Z';
    expect(seen.map((s) => [s.status, s.attempts])).toEqual([['pending', 1], ['pending', 2], ['pending', 3], ['sent', 4]]);
    // backoff 60 s, 300 s, 1500 s after attempts 1, 2, 3 (domain/mail/retry-policy.ts)
    expect(seen.slice(0, 3).map((s) => s.next)).toEqual([at(60), at(60 + 300), at(60 + 300 + 1500)]);
    expect(seen[0]!.error).toBe('HTTP 500: failure 500');
    expect(seen[1]!.error).toBe('no answer within 300 ms');
    expect(seen[2]!.error).toBe('HTTP 503: failure 503');
    expect(hook.bodies).toHaveLength(4);
    expect(hook.bodies[3]).toEqual({ path: '/slack', type: 'application/json; charset=utf-8', body });
  });

  it('gives a webhook up at once when its address is one webhooks may not reach (cloud metadata)', async () => {
    const ws = await h().newWorkspace();
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id, now: () => new Date(Date.now() + 9000_000) });
    const id = await h().database.db.transaction((tx) => enqueueWebhook(tx, ws.id, { url: 'http://169.254.169.254/latest/meta-data/iam/', body: { text: 'x' } }));
    expect(await worker.drainOnce()).toBe(1);
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'dead', attempts: 1, last_error: '169.254.169.254 is a link-local address, which webhooks may not reach' });
  });

  it('gives a webhook up at once on 404, and notifies admins and managers of the dead delivery', async () => {
    const ws = await h().newWorkspace();
    const manager = await ws.as('manager');
    const csm = await ws.as('csm');
    const worker = createDeliveryWorker(h().database.db, { workspaceId: ws.id });
    hook.script = [404];
    const id = await h().database.db.transaction((tx) => enqueueWebhook(tx, ws.id, { url: `${hook.url}/gone`, body: { text: 'x' } }));
    await worker.drain();
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'dead', attempts: 1, last_error: 'HTTP 404: failure 404' });
    for (const member of [ws.admin, manager]) {
      const list = await member.get('/api/v1/notifications');
      expect(list.body.unreadCount).toBe(1);
      expect(list.body.items[0]).toMatchObject({ kind: 'delivery.failed', data: { channel: 'webhook', target: `${hook.url}/gone`, attempts: 1 } });
    }
    expect((await csm.get('/api/v1/notifications')).body.unreadCount).toBe(0);

    // retry now: one more attempt for a dead message, which now succeeds
    hook.script = [204];
    const retried = await ws.admin.post(`/api/v1/delivery/outbox/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', waiting: 'retrying', attempts: 1 });
    await worker.drain();
    expect(await outboxRow(h(), id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await ws.admin.post(`/api/v1/delivery/outbox/${id}/retry`)).body.code).toBe('outbox.already_sent');
  });

  it('never hands the same row to two workers at once', async () => {
    const ws = await h().newWorkspace();
    await configureMail(h(), ws.id, sink);
    sink.clear();
    await h().database.db.transaction(async (tx) => {
      for (let i = 0; i < 6; i += 1) await enqueueEmail(tx, ws.id, { to: `n${i}@vendor.example`, subject: `#${i}`, text: '-', locale: 'en' });
    });
    const a = createDeliveryWorker(h().database.db, { workspaceId: ws.id, batchSize: 3 });
    const b = createDeliveryWorker(h().database.db, { workspaceId: ws.id, batchSize: 3 });
    const counts = await Promise.all([a.drain(), b.drain()]);
    expect(counts[0] + counts[1]).toBe(6);
    await sink.waitFor(6);
    expect(sink.messages.map((m) => m.subject).sort()).toEqual(['#0', '#1', '#2', '#3', '#4', '#5']);
  });
});
