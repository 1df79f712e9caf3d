/** Mail settings use cases: read (without the password), save, remove — audited — and a test mail. */
import type { Db } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/store.js';
import { deleteMailSettings, PASSWORD_UNREADABLE, selectMailSettings, upsertMailSettings } from './mail-settings-store.js';
import { createMailer } from './send-email.js';
import { nudgeDeliveryWorkers } from './nudge.js';
import type { MailSettings, MailSettingsInput } from './schema.js';

export async function readMailSettings(db: Db, workspaceId: string): Promise<MailSettings> {
  const s = await selectMailSettings(db, workspaceId);
  if (!s) {
    return { configured: false, host: null, port: null, secure: false, username: null, hasPassword: false, passwordUnreadable: false, fromAddress: null, fromName: null, updatedAt: null };
  }
  return {
    configured: true, host: s.host, port: s.port, secure: s.secure, username: s.username,
    hasPassword: Boolean(s.password) || s.passwordUnreadable, passwordUnreadable: s.passwordUnreadable,
    fromAddress: s.fromAddress, fromName: s.fromName, updatedAt: s.updatedAt,
  };
}

export async function saveMailSettings(db: Db, p: Principal, input: MailSettingsInput, at: Date): Promise<MailSettings> {
  await db.transaction(async (tx) => {
    const before = await selectMailSettings(tx, p.workspaceId);
    await upsertMailSettings(tx, p.workspaceId, {
      host: input.host, port: input.port, secure: input.secure, username: input.username || null,
      password: input.password === undefined ? undefined : (input.password || null),
      fromAddress: input.fromAddress, fromName: input.fromName || null,
    }, at);
    // Never the password itself in the audit log: only that it changed.
    await recordAudit(tx, p, {
      action: before ? 'update' : 'create', entity: 'mail_settings', entityId: null,
      changes: { host: input.host, port: input.port, secure: input.secure, username: input.username ?? null, fromAddress: input.fromAddress, passwordChanged: input.password !== undefined },
    }, at);
  });
  // Emails that waited for settings are due now.
  nudgeDeliveryWorkers();
  return readMailSettings(db, p.workspaceId);
}

export async function removeMailSettings(db: Db, p: Principal, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    if (await deleteMailSettings(tx, p.workspaceId)) {
      await recordAudit(tx, p, { action: 'delete', entity: 'mail_settings', entityId: null }, at);
    }
  });
}

/** Sends at once (not through the outbox) so the admin sees the server's answer. */
export async function sendTestMail(db: Db, workspaceId: string, to: string, locale: 'ja' | 'en'): Promise<{ ok: boolean; error: string | null }> {
  const s = await selectMailSettings(db, workspaceId);
  if (!s) throw new AppError('mail.not_configured', { detail: 'Save the mail settings first.' });
  if (s.passwordUnreadable) throw new AppError('mail.password_unreadable', { detail: PASSWORD_UNREADABLE, fields: [{ path: 'password', message: 'enter the password again' }] });
  const mailer = createMailer(s);
  try {
    const res = await mailer.send({
      to,
      subject: locale === 'ja' ? 'Kizuna テストメール' : 'Kizuna test mail',
      text: locale === 'ja'
        ? 'このメールが届いていれば、Kizuna のメール設定は正しく動作しています。'
        : 'If this message reached you, Kizuna can send mail with these settings.',
      outboxId: 'test',
    });
    return res.ok ? { ok: true, error: null } : { ok: false, error: res.error };
  } finally {
    mailer.close();
  }
}
