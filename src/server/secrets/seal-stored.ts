/**
 * At start with KIZUNA_SECRET_KEY (`kizuna serve`): the secrets stored in the clear before the
 * server had a key are sealed (secret-box.ts). Each table is read once and written back in one
 * statement, addressed by ctid (the rows are locked by the read, so their ctids hold).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';
import { pgArray } from '../modules/imports/pg-array.js';
import { isSealed, sealSecret, type SecretKey } from './secret-box.js';

/** Every column that holds a secret Kizuna reads back. */
const SECRET_COLUMNS = [
  { table: 'mail_settings', column: 'password' },
  { table: 'billing_connections', column: 'signing_secret' },
] as const;

/**
 * Seals what is stored in the clear; returns how many values it sealed. `workspaceId`: only that
 * workspace's (tests, which share one PostgreSQL database with other suites).
 */
export async function sealStoredSecrets(tx: Tx, key: SecretKey, workspaceId?: string): Promise<number> {
  let sealed = 0;
  for (const { table, column } of SECRET_COLUMNS) {
    const rows = await queryRows<{ ctid: string; value: string }>(tx, sql`
      select ctid::text as ctid, ${sql.raw(column)} as value from ${sql.raw(table)}
      where ${sql.raw(column)} is not null ${workspaceId ? sql`and workspace_id = ${workspaceId}::uuid` : sql``}
      for update`);
    const plain = rows.filter((r) => !isSealed(r.value));
    if (plain.length === 0) continue;
    await tx.execute(sql`
      update ${sql.raw(table)} t set ${sql.raw(column)} = s.value
      from unnest(${pgArray(plain.map((r) => r.ctid))}::tid[], ${pgArray(plain.map((r) => sealSecret(r.value, key)))}::text[]) as s(ctid, value)
      where t.ctid = s.ctid`);
    sealed += plain.length;
  }
  return sealed;
}
