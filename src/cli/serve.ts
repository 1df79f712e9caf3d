/** `kizuna serve`: the web app and API on one port. */
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { createDeps } from '../server/deps.js';
import { needsSetup } from '../server/modules/session/session-commands.js';
import { secretKeyFrom } from '../server/secrets/secret-box.js';
import { sealStoredSecrets } from '../server/secrets/seal-stored.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function runServe(config: Config): Promise<void> {
  // A KIZUNA_SECRET_KEY too short to be secret stops the start, before anything is sealed with it.
  const secretKey = secretKeyFrom();
  const database = await openConfiguredDatabase(config);
  if (secretKey) {
    const sealed = await database.db.transaction((tx) => sealStoredSecrets(tx, secretKey));
    if (sealed > 0) console.log(`Encrypted ${sealed} stored secret${sealed === 1 ? '' : 's'} (SMTP passwords, Stripe signing secrets) with KIZUNA_SECRET_KEY.`);
  }
  const deps = createDeps(database, { secureCookies: config.secureCookies });
  const app = createApp(deps, { webRoot: config.webRoot });
  deps.health?.start();
  deps.delivery?.start();
  deps.automation?.start();
  deps.surveys?.start();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  const url = `http://${config.host}:${config.port}`;
  console.log(`Kizuna is running at ${url} on ${describeDatabase(config)}`);
  if (await needsSetup(database.db)) {
    console.log(`First run: open ${url} to create your workspace, or run \`npm run demo\` (after stopping this server) for a demo workspace.`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await deps.health?.stop();
    await deps.delivery?.stop();
    await deps.automation?.stop();
    await deps.surveys?.stop();
    await deps.imports.idle();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
