/**
 * DESIGN §1: every tenant table carries workspace_id and every primary key, unique
 * constraint and foreign key starts with it, so tables can be distributed by workspace
 * (Citus) later. Read from the live catalog, on every test database.
 */
import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from './connect.js';
import { GLOBAL_TABLES } from './schema/index.js';
import { describeEachDatabase } from '../testing/harness.js';

interface ConstraintRow extends Record<string, unknown> {
  table_name: string;
  constraint_name: string;
  constraint_type: string;
  first_column: string | null;
  referenced_table: string | null;
}

describeEachDatabase('schema tenancy', (h) => {
  it('leads every key of every tenant table with workspace_id', async () => {
    const { db } = h().database;
    const tables = await queryRows<{ table_name: string }>(db, sql`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`);
    const tenantTables = tables.map((t) => t.table_name).filter((t) => !(GLOBAL_TABLES as readonly string[]).includes(t));
    expect(tenantTables.length).toBeGreaterThan(10);

    const columns = await queryRows<{ table_name: string }>(db, sql`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'workspace_id'`);
    const withWorkspace = new Set(columns.map((c) => c.table_name));
    expect(tenantTables.filter((t) => !withWorkspace.has(t))).toEqual([]);

    // The first column of each constraint, by ordinal position within the constraint.
    const constraints = await queryRows<ConstraintRow>(db, sql`
      select tc.table_name, tc.constraint_name, tc.constraint_type,
        (select kcu.column_name from information_schema.key_column_usage kcu
          where kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
          order by kcu.ordinal_position limit 1) as first_column,
        (select ccu.table_name from information_schema.constraint_column_usage ccu
          where tc.constraint_type = 'FOREIGN KEY' and ccu.constraint_name = tc.constraint_name
            and ccu.constraint_schema = tc.table_schema limit 1) as referenced_table
      from information_schema.table_constraints tc
      where tc.table_schema = current_schema() and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')`);
    const offenders = constraints
      .filter((c) => tenantTables.includes(c.table_name))
      // a foreign key to a global (reference) table such as users is allowed, as Citus allows it
      .filter((c) => !(c.constraint_type === 'FOREIGN KEY' && (GLOBAL_TABLES as readonly string[]).includes(c.referenced_table ?? '')))
      .filter((c) => c.first_column !== 'workspace_id')
      .map((c) => `${c.table_name}.${c.constraint_name} (${c.constraint_type}) starts with ${c.first_column}`);
    expect(offenders).toEqual([]);
  });
});
