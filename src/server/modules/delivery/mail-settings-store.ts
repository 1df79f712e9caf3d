/**
 * SQL for a workspace's SMTP settings. The password is read only by the delivery worker and the
 * test mail, and stored sealed when the server has KIZUNA_SECRET_KEY (secrets/secret-box.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import { openSecret, sealSecret, secretKeyFrom } from '../../secrets/secret-box.js';

export const PASSWORD_UNREADABLE = 'The SMTP password was saved with another KIZUNA_SECRET_KEY than this server has: set that key, or enter the password again.';

export interface MailSettingsSecret {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
  /** a password is stored, sealed with a key this server does not have (another KIZUNA_SECRET_KEY, or none) */
  passwordUnreadable: boolean;
  fromAddress: string;
  fromName: string | null;
}

type Row = {
  workspace_id: string; host: string; port: number; secure: boolean; username: string | null; password: string | null;
  from_address: string; from_name: string | null; updated_at: string;
}

const toSecret = (r: Row): MailSettingsSecret => {
  const opened = r.password === null ? { value: null, unreadable: false } : openSecret(r.password, secretKeyFrom());
  return {
    host: r.host, port: Number(r.port), secure: r.secure, username: r.username, password: opened.value, passwordUnreadable: opened.unreadable,
    fromAddress: r.from_address, fromName: r.from_name,
  };
};

export async function selectMailSettings(tx: Tx, workspaceId: string): Promise<(MailSettingsSecret & { updatedAt: string }) | null> {
  const [row] = await queryRows<Row>(tx, sql`
    select *, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
    from mail_settings where workspace_id = ${workspaceId}::uuid`);
  return row ? { ...toSecret(row), updatedAt: row.updated_at } : null;
}

/** Settings of several workspaces at once (the worker's batch). */
export async function selectMailSettingsOf(tx: Tx, workspaceIds: string[]): Promise<Map<string, MailSettingsSecret>> {
  if (workspaceIds.length === 0) return new Map();
  const rows = await queryRows<Row>(tx, sql`
    select * from mail_settings where workspace_id = any(${pgArray(workspaceIds)}::uuid[])`);
  return new Map(rows.map((r) => [r.workspace_id, toSecret(r)]));
}

/** Insert or replace; `password: undefined` keeps the stored one. */
export async function upsertMailSettings(
  tx: Tx, workspaceId: string, s: Omit<MailSettingsSecret, 'password' | 'passwordUnreadable'> & { password: string | null | undefined }, at: Date,
): Promise<void> {
  const keep = s.password === undefined;
  const stored = s.password === undefined || s.password === null ? null : sealSecret(s.password, secretKeyFrom());
  await tx.execute(sql`
    insert into mail_settings (workspace_id, host, port, secure, username, password, from_address, from_name, updated_at)
    values (${workspaceId}::uuid, ${s.host}, ${s.port}, ${s.secure}, ${s.username}, ${stored}, ${s.fromAddress}, ${s.fromName}, ${at.toISOString()}::timestamptz)
    on conflict (workspace_id) do update set
      host = excluded.host, port = excluded.port, secure = excluded.secure, username = excluded.username,
      password = ${keep ? sql`mail_settings.password` : sql`excluded.password`},
      from_address = excluded.from_address, from_name = excluded.from_name, updated_at = excluded.updated_at`);
}

export async function deleteMailSettings(tx: Tx, workspaceId: string): Promise<boolean> {
  const rows = await queryRows<{ workspace_id: string }>(tx, sql`
    delete from mail_settings where workspace_id = ${workspaceId}::uuid returning workspace_id`);
  return rows.length > 0;
}
