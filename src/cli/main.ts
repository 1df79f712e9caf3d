#!/usr/bin/env node
/**
 * The kizuna command: serve, migrate, setup, demo, import, recompute, backup, restore.
 * Each subcommand lives in its own file; this one only dispatches.
 */
import { AppError } from '../server/errors.js';
import { readConfig } from './config.js';
import { runServe } from './serve.js';
import { runMigrate, runSetup } from './setup.js';

const HELP = `kizuna — customer success platform

Usage: kizuna <command> [options]

  serve                 run the web app and API (PORT, HOST, DATABASE_URL, KIZUNA_DATA_DIR)
  migrate               apply database migrations and exit
  setup --workspace NAME --name NAME --email EMAIL --password PW [--locale ja|en]
                        create a workspace and its first admin
  demo [--seed N] [--replace] [--accounts N] [--today YYYY-MM-DD]
                        load the demo workspace (seed 42, 500 accounts) and print how to sign in
  import FILE --kind accounts|contacts|subscriptions [--workspace ID] [--dry-run] [--map col=field ...]
         [--as EMAIL] [--batch-size N]
                        import a CSV file (UTF-8 or Shift_JIS) with progress; --as names the member
                        recorded in the audit log (default: the workspace's first admin)
  recompute [--workspace ID] [--backfill DAYS] [--step DAYS]
                        recompute every account's health score now (every workspace by default);
                        --backfill also fills the past DAYS of history as accounts stood then
  backup [FILE]         copy the embedded database to one file (stop the server first)
  restore FILE          restore such a file into an empty KIZUNA_DATA_DIR
  help                  this text
`;

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  serve: async () => runServe(readConfig()),
  migrate: async () => runMigrate(readConfig()),
  setup: async (args) => runSetup(readConfig(), args),
  demo: async (args) => (await import('./demo.js')).runDemo(readConfig(), args),
  import: async (args) => (await import('./import.js')).runImport(readConfig(), args),
  recompute: async (args) => (await import('./recompute.js')).runRecompute(readConfig(), args),
  backup: async (args) => (await import('./backup.js')).runBackup(readConfig(), args),
  restore: async (args) => (await import('./backup.js')).runRestore(readConfig(), args),
  help: async () => void process.stdout.write(HELP),
};

async function main(): Promise<void> {
  const [name = 'help', ...rest] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${HELP}`);
    process.exit(2);
  }
  await command(rest);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`kizuna: ${error.message}\n`);
    for (const f of error.fields ?? []) process.stderr.write(`  ${f.path}: ${f.message}\n`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});

