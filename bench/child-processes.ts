/**
 * The processes the HTTP benches run beside this one: the real `kizuna serve` (src/cli/main.ts,
 * health worker on) on the bench database, and the ingest client (ingest-client.ts). Both run
 * TypeScript through tsx's loader from the repository root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientConfig, ClientResult } from './ingest-client.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningServer {
  url: string;
  /** lines the server wrote to stderr (errors it logged) */
  errors: string[];
  stop(): Promise<void>;
}

function tsx(file: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `kizuna serve` with the given database settings (DATABASE_URL or KIZUNA_DATA_DIR) and waits until it answers. */
export async function startServer(databaseEnv: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  // The benches need the API only: an empty folder as the web app.
  const webRoot = mkdtempSync(join(tmpdir(), 'kizuna-bench-web-'));
  const child = tsx('src/cli/main.ts', ['serve'], {
    ...databaseEnv, ...extraEnv, PORT: String(port), HOST: '127.0.0.1', KIZUNA_WEB_ROOT: webRoot,
  });
  const errors: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => errors.push(...chunk.split('\n').filter((l) => l.trim() !== '')));
  child.stdout?.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kizuna serve exited (${child.exitCode}): ${errors.join('\n')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error('kizuna serve did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    errors,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

export interface RunningClient {
  /** ends a paced run (SIGTERM) */
  stop(): void;
  result: Promise<ClientResult>;
}

/** Runs the ingest client in its own process; `result` settles with its report. */
export function runClient(config: ClientConfig): RunningClient {
  const child = tsx('bench/ingest-client.ts', [JSON.stringify(config)], {});
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  const result = new Promise<ClientResult>((resolve, reject) => {
    child.once('exit', (code) => {
      if (err.trim()) process.stderr.write(err);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line) reject(new Error(`ingest client failed (${code}): ${err.slice(0, 500)}`));
      else resolve(JSON.parse(line) as ClientResult);
    });
  });
  return { stop: () => { if (child.exitCode === null) child.kill('SIGTERM'); }, result };
}
