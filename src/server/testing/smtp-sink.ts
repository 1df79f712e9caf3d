/**
 * A local SMTP server for tests: starts on a free port, accepts every message (no TLS, any or
 * no login), parses it (MIME decoding, so Japanese subjects and bodies come back as text) and
 * keeps it. Point a workspace's mail settings at `host`/`port`, then `waitFor(n)`.
 *
 *   const sink = await startSmtpSink();
 *   … await sink.waitFor(1); expect(sink.messages[0].subject).toBe('…');
 *   await sink.stop();
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface SinkMessage {
  /** envelope sender and recipients, as the SMTP client gave them */
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** the From: header decoded, e.g. `"Kizuna" <cs@example.test>`, and its parts */
  fromHeader: string;
  fromName: string;
  fromAddress: string;
  /** login name if the client authenticated */
  user: string | null;
  /** the message exactly as received */
  raw: string;
}

export interface SmtpSink {
  host: string;
  port: number;
  messages: SinkMessage[];
  /** every password a client logged in with, in order */
  passwords: string[];
  /** resolves once at least `count` messages have arrived (rejects after `timeoutMs`) */
  waitFor(count: number, timeoutMs?: number): Promise<SinkMessage[]>;
  /** reject the next `count` messages with a temporary (4xx) or permanent (5xx) SMTP error */
  failNext(count: number, code?: number): void;
  clear(): void;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const passwords: string[] = [];
  let waiters: (() => void)[] = [];
  let failures = 0;
  let failCode = 451;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (typeof auth.password === 'string') passwords.push(auth.password);
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          const error = Object.assign(new Error('sink told to fail'), { responseCode: failCode });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          const fromHeader = parsed.from?.text ?? '';
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: (parsed.text ?? '').replace(/\n$/, ''),
            fromHeader,
            fromName: parsed.from?.value[0]?.name ?? '',
            fromAddress: parsed.from?.value[0]?.address ?? '',
            user: typeof session.user === 'string' ? session.user : null,
            raw: raw.toString('utf8'),
          });
          const ready = waiters;
          waiters = [];
          for (const wake of ready) wake();
          callback();
        }, (error: unknown) => callback(error as Error));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    messages,
    passwords,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`smtp sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(timer);
            resolve(messages.slice());
          } else waiters.push(check);
        };
        check();
      });
    },
    failNext(count, code = 451) {
      failures = count;
      failCode = code;
    },
    clear() {
      messages.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
