import type { Config } from './config.js';

export async function runImport(_config: Config, _args: string[]): Promise<void> {
  throw new Error('kizuna import is not built yet');
}
