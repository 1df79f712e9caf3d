/**
 * `kizuna recompute [--workspace ID] [--backfill DAYS] [--step DAYS]`: score every account now, in every workspace or
 * one; with --backfill, also fill the history of the past DAYS as each account stood then (every --step days).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/connect.js';
import { AppError } from '../server/errors.js';
import { backfillHealthHistory } from '../server/modules/health/backfill-history.js';
import { recomputeAllHealth } from '../server/modules/health/recompute-all.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function runRecompute(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args, options: { workspace: { type: 'string' }, backfill: { type: 'string' }, step: { type: 'string', default: '1' } },
  });
  const backfillDays = values.backfill === undefined ? 0 : Number(values.backfill);
  const step = Number(values.step);
  if (!Number.isInteger(backfillDays) || backfillDays < 0 || backfillDays > 730) {
    throw new AppError('request.invalid', { detail: '--backfill takes a whole number of days from 0 to 730.' });
  }
  if (!Number.isInteger(step) || step < 1 || step > 31) throw new AppError('request.invalid', { detail: '--step takes 1 to 31 days.' });
  const database = await openConfiguredDatabase(config);
  try {
    const workspaces = await queryRows<{ id: string; name: string }>(database.db, sql`select id, name from workspaces order by created_at`);
    const chosen = values.workspace ? workspaces.filter((w) => w.id === values.workspace) : workspaces;
    if (values.workspace && chosen.length === 0) {
      throw new AppError('workspace.not_found', { detail: `No workspace ${values.workspace} in ${describeDatabase(config)}.` });
    }
    for (const workspace of chosen) {
      const started = Date.now();
      const { accounts } = await recomputeAllHealth(database.db, workspace.id);
      console.log(`${workspace.name}: ${accounts} accounts scored in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (backfillDays > 0) {
        const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
        const filled = await backfillHealthHistory(database.db, workspace.id, {
          to: yesterday, days: backfillDays, stepDays: step,
          onDay: (day, i, total) => process.stdout.write(`\r  history ${i + 1}/${total} (${day})`),
        });
        process.stdout.write(`\n  ${filled.rows} history rows over ${filled.days} days\n`);
      }
    }
  } finally {
    await database.close();
  }
}
