import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from './connect.js';
import { describeEachDatabase } from '../testing/harness.js';

describeEachDatabase('raw query types', (h) => {
  it('returns bigint, count and numeric as numbers and dates as YYYY-MM-DD on every driver', async () => {
    const [row] = await queryRows(h().database.db, sql`
      select 9007199254740991::bigint as big, count(*) as n, 12.50::numeric as amount, '2026-04-01'::date as day
      from (values (1), (2)) v(x)`);
    expect(row).toEqual({ big: 9007199254740991, n: 2, amount: 12.5, day: '2026-04-01' });
  });
});
