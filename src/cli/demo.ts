/** `kizuna demo [--seed N] [--replace] [--accounts N] [--today YYYY-MM-DD]`: load the demo workspace and print how to sign in. */
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { AppError } from '../server/errors.js';
import { DEFAULT_ACCOUNT_COUNT, DEFAULT_DEMO_SEED } from '../domain/demo/generate-demo.js';
import { loadDemoWorkspace, type LoadedDemo } from '../server/modules/demo/load-demo.js';
import type { Config } from './config.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

export async function runDemo(config: Config, args: string[]): Promise<void> {
  const options = readOptions(args);
  console.log(`Loading the Kizuna demo workspace into ${describeDatabase(config)}`);
  const database = await openConfiguredDatabase(config);
  try {
    const started = Date.now();
    const loaded = await loadDemoWorkspace(database.db, { ...options, onStep: (step) => console.log(`  - ${step}`) });
    const c = loaded.counts;
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.accounts} accounts, ${c.contacts} contacts, ` +
      `${c.subscriptions} subscriptions (${c.subscriptionEvents} dated changes), ${c.activities} timeline entries; ` +
      `${c.churned} accounts churned, ${c.reactivated} came back; ${c.usageUserDays + c.usageEventDays} days of product usage ` +
      `rolled up, ${c.sentiments} CSM sentiments, health scored with half a year of history.`);
    console.log(signInText(config, loaded));
  } finally {
    await database.close();
  }
}

function readOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: 'string', default: String(DEFAULT_DEMO_SEED) },
      replace: { type: 'boolean', default: false },
      accounts: { type: 'string', default: String(DEFAULT_ACCOUNT_COUNT) },
      today: { type: 'string' },
    },
  });
  const seed = wholeNumber(values.seed, '--seed');
  const accountCount = wholeNumber(values.accounts, '--accounts');
  // The history ends today by the local calendar unless pinned, e.g. to reproduce a screenshot.
  const today = values.today ?? dayjs().format('YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !dayjs(today).isValid()) {
    throw new AppError('request.invalid', { detail: 'Invalid option.', fields: [{ path: '--today', message: 'must be a date YYYY-MM-DD' }] });
  }
  return { seed, accountCount, today, replace: values.replace };
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d{1,9}$/.test(text)) {
    throw new AppError('request.invalid', { detail: 'Invalid option.', fields: [{ path: option, message: 'must be a whole number' }] });
  }
  return Number(text);
}

function signInText(config: Config, loaded: LoadedDemo): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  return [
    '',
    `Start Kizuna (npm start), open ${url} and sign in:`,
    `  email:    ${loaded.adminEmail}`,
    `  password: ${loaded.password}`,
    '',
    'The rest of the team signs in with the same password:',
    ...loaded.team.filter((m) => m.role !== 'admin').map((m) => `  ${m.role.padEnd(8)} ${m.name}  ${m.email}`),
  ].join('\n');
}
