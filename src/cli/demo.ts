import type { Config } from './config.js';

export async function runDemo(_config: Config, _args: string[]): Promise<void> {
  throw new Error('kizuna demo is not built yet');
}
