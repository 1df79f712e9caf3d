/**
 * Starts the real Kizuna server (the `serve` command) on a free port and a fresh PGlite
 * folder, and stops it again. One per test file, so files never share data. With `demo`, the
 * folder first gets a demo workspace from `kizuna demo` (which needs the folder to itself).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`kizuna serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`kizuna serve did not answer within 90 s:\n${log()}`);
}

export async function startServer(options: { demo?: { seed: number; accounts: number } } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-e2e-'));
  const env = { ...process.env, KIZUNA_DATA_DIR: dataDir, DATABASE_URL: '' };
  if (options.demo) {
    const { seed, accounts } = options.demo;
    const demo = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--seed', String(seed), '--accounts', String(accounts)],
      { cwd: ROOT, env, encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(`kizuna demo failed:\n${demo.stdout}\n${demo.stderr}`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // node --import tsx (not npx) so the pid we hold is the server's own and SIGTERM reaches it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  await waitForHealth(url, child, () => output);
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
