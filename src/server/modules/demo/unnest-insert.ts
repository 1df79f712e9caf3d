/**
 * Set-based bulk insert: `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)`, one
 * statement per chunk of rows, each column passed as ONE text parameter holding a PostgreSQL
 * array literal — so PGlite and node-postgres bind it alike (as toUuidArray does for ids).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';

export type Cell = string | number | boolean | null;

export interface UnnestColumn<T> {
  name: string;
  /** the SQL type of the column, e.g. 'uuid', 'text', 'bigint', 'timestamptz' */
  type: string;
  value: (row: T) => Cell;
}

/** A PostgreSQL array literal: every element quoted and escaped, null as NULL. */
export function toArrayLiteral(values: readonly Cell[]): string {
  const parts = values.map((v) => {
    if (v === null) return 'NULL';
    const text = String(v);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Insert `rows` into `table` in chunks of `chunkSize`, with `workspace_id` set on every row
 * when `workspaceId` is given. Table, column and type names are code, never user input.
 */
export async function insertWithUnnest<T>(
  tx: Tx, table: string, workspaceId: string | null, columns: ReadonlyArray<UnnestColumn<T>>, rows: readonly T[],
  chunkSize = 5_000,
): Promise<void> {
  for (const name of [table, ...columns.map((c) => c.name)]) {
    if (!SAFE_NAME.test(name)) throw new Error(`unsafe SQL name ${name}`);
  }
  for (const c of columns) if (!/^[a-z0-9 ]+$/.test(c.type)) throw new Error(`unsafe SQL type ${c.type}`);
  const names = columns.map((c) => c.name).join(', ');
  const target = sql.raw(workspaceId ? `workspace_id, ${names}` : names);
  const selected = sql.raw(columns.map((c) => `u.${c.name}`).join(', '));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays = columns.map((c) => sql`${toArrayLiteral(chunk.map(c.value))}::${sql.raw(c.type)}[]`);
    await tx.execute(sql`
      insert into ${sql.raw(table)} (${target})
      select ${workspaceId ? sql`${workspaceId}::uuid, ` : sql``}${selected}
      from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(names)})`);
  }
}
