#!/usr/bin/env node
// `npm start` builds the web app only when dist/web is missing or older than its sources,
// so a restart is instant and a fresh clone still gets a build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const output = 'dist/web/index.html';
const sources = ['src/web', 'src/domain', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const built = existsSync(output) ? statSync(output).mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('Building the web app…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
