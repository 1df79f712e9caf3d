/**
 * Sending mail through a workspace's SMTP server with nodemailer. One transport per batch and
 * workspace; every send reports `sent` or a failure with the SMTP reply code (if any) so the
 * retry policy can tell a temporary failure from a permanent one.
 */
import nodemailer from 'nodemailer';
import type { MailSettingsSecret } from './mail-settings-store.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** sent as X-Kizuna-Message-Id, so a recipient's system can de-duplicate a retried send */
  outboxId: string;
}

export type SendResult = { ok: true } | { ok: false; responseCode: number | null; error: string };

export interface Mailer {
  send(message: EmailMessage): Promise<SendResult>;
  close(): void;
}

const TIMEOUT_MS = 20_000;

export function createMailer(settings: MailSettingsSecret): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.username ? { auth: { user: settings.username, pass: settings.password ?? '' } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  const from = settings.fromName ? { name: settings.fromName, address: settings.fromAddress } : settings.fromAddress;
  return {
    async send(message) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          headers: { 'X-Kizuna-Message-Id': message.outboxId },
        });
        return { ok: true };
      } catch (error) {
        const e = error as { responseCode?: number; response?: string; message?: string };
        return { ok: false, responseCode: typeof e.responseCode === 'number' ? e.responseCode : null, error: (e.response ?? e.message ?? String(error)).slice(0, 500) };
      }
    },
    close: () => transport.close(),
  };
}
