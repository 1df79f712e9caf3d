/** `kizuna recompute [--workspace ID]`: score every account now, in every workspace or one. */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/connect.js';
import { AppError } from '../server/errors.js';
import { recomputeAllHealth } from '../server/modules/health/recompute-all.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function runRecompute(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { workspace: { type: 'string' } } });
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
    }
  } finally {
    await database.close();
  }
}
