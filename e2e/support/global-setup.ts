/** Builds the web app before the journeys when dist/web is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['src/web', 'src/domain', 'index.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const built = join(ROOT, 'dist/web/index.html');
  const sourceTime = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= sourceTime && process.env.KIZUNA_E2E_BUILD !== '1') return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
