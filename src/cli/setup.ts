/** `kizuna migrate` and `kizuna setup`. */
import { parseArgs } from 'node:util';
import { createWorkspaceWithAdmin } from '../server/modules/session/session-commands.js';
import { SetupInput } from '../server/modules/session/schema.js';
import { invalidRequest } from '../server/http/validation.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function runMigrate(config: Config): Promise<void> {
  const database = await openConfiguredDatabase(config);
  await database.close();
  console.log(`Migrations applied on ${describeDatabase(config)}.`);
}

export async function runSetup(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' },
      password: { type: 'string' }, locale: { type: 'string', default: 'ja' },
    },
  });
  const parsed = SetupInput.safeParse({
    workspaceName: values.workspace, name: values.name, email: values.email, password: values.password, locale: values.locale,
  });
  if (!parsed.success) throw invalidRequest(parsed.error, 'command line');
  const database = await openConfiguredDatabase(config);
  try {
    const { workspaceId } = await createWorkspaceWithAdmin(database.db, parsed.data, new Date(), { allowExisting: true });
    console.log(`Workspace "${parsed.data.workspaceName}" created (${workspaceId}). Sign in as ${parsed.data.email}.`);
  } finally {
    await database.close();
  }
}
