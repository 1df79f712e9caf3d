/**
 * Writing scores (write-scores.ts) when the world moved on while they were computed: the account
 * was deleted, or a later read already stored a newer score.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/connect.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { scoreAccounts } from './score-accounts.js';
import { ensureScorecards, loadHealthSettings } from './scorecard-store.js';
import { writeScores } from './write-scores.js';

describeEachDatabase('writing health scores', (h) => {
  it('skips an account deleted since it was scored, and never overwrites a score read later', async () => {
    const db = h().database.db;
    const ws = await h().newWorkspace();
    const ids: string[] = [];
    for (const name of ['残る株式会社', '消える株式会社']) {
      const account = await ws.admin.post('/api/v1/accounts', { name });
      await ws.admin.post('/api/v1/subscriptions', { accountId: account.body.id, plan: 'Pro', quantity: 5, unitPrice: 10000 });
      ids.push(account.body.id as string);
    }
    await h().deps.health!.drain();
    const [kept, deleted] = ids;
    const today = new Date().toISOString().slice(0, 10);
    const results = await scoreAccounts(db, ws.id, {
      asOf: today, live: true, accountIds: ids, scorecards: await ensureScorecards(db, ws.id, new Date()),
      settings: await loadHealthSettings(db, ws.id), refreshPercentiles: false,
    });
    expect(results).toHaveLength(2);
    await db.execute(sql`delete from accounts where workspace_id = ${ws.id}::uuid and id = ${deleted}::uuid`);
    const stored = async () => queryRows<{ account_id: string; computed_at: string }>(db, sql`
      select account_id, to_char(computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as computed_at
      from health_scores where workspace_id = ${ws.id}::uuid`);
    // The deleted account is left out; the other is written.
    await writeScores(db, ws.id, results, { day: today, computedAt: new Date('2099-01-02T03:04:05Z'), alone: true, skipDeleted: true });
    expect(await stored()).toEqual([{ account_id: kept, computed_at: '2099-01-02T03:04:05' }]);
    // A score read earlier than the stored one (a slower pass committing last) does not replace it.
    await writeScores(db, ws.id, results, { day: today, computedAt: new Date('2099-01-01T00:00:00Z'), skipDeleted: true });
    expect(await stored()).toEqual([{ account_id: kept, computed_at: '2099-01-02T03:04:05' }]);
  });
});
