import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../db/connect.js';
import { describeEachDatabase } from '../testing/harness.js';
import { tableVacuum } from './vacuum-tables.js';

describeEachDatabase('table vacuum', (h) => {
  // usage_users: a table no worker vacuums, so on a shared PostgreSQL database only this test counts.
  const vacuums = async () => (await queryRows<{ n: number }>(h().database.db, sql`
    select vacuum_count::int as n from pg_stat_all_tables where relname = 'usage_users'`))[0]?.n ?? -1;

  it('vacuums once the interval has passed since the last time, and not before', async () => {
    let clock = 1_000_000;
    const errors: unknown[] = [];
    const vacuum = tableVacuum(h().database.db, ['usage_users'], { everyMs: 10_000, now: () => clock, onError: (e) => errors.push(e) });
    const before = await vacuums();
    clock += 9_999;
    await vacuum.maybe();
    expect(await vacuums()).toBe(before);
    clock += 1;
    await vacuum.maybe();
    expect(await vacuums()).toBe(before + 1);
    // The interval starts again from that vacuum.
    clock += 5_000;
    await vacuum.maybe();
    expect(await vacuums()).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  it('reports a failing vacuum to onError instead of throwing into the worker', async () => {
    let clock = 0;
    const errors: unknown[] = [];
    const vacuum = tableVacuum(h().database.db, ['no_such_table'], { everyMs: 1, now: () => clock, onError: (e) => errors.push(e) });
    clock = 5;
    await expect(vacuum.maybe()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as { cause?: unknown }).cause ?? errors[0])).toMatch(/no_such_table/);
  });
});
