/** Settings from the environment, read in one place. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  webRoot: string;
  secureCookies: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? 'localhost',
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : null,
    dataDir: resolve(env.KIZUNA_DATA_DIR ?? './data'),
    webRoot: resolve(env.KIZUNA_WEB_ROOT ?? './dist/web'),
    secureCookies: env.KIZUNA_SECURE_COOKIES === '1',
  };
}
