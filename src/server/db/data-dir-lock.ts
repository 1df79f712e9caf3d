/**
 * PGlite has no lock between processes: two openers of one folder silently lose writes
 * (DESIGN, "Known pitfalls"). The opener takes an exclusive lock file holding its pid;
 * a second opener is refused with a message naming the holder, and a lock left by a
 * process that no longer exists is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'kizuna.lock';

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && isAlive(holder.pid)) {
        throw new AppError('database.locked', {
          detail:
            `The data folder ${dataDir} is in use by another Kizuna process (pid ${holder.pid}, since ${holder.since}). ` +
            'Stop that process first (e.g. the running `npm start`), or point this one at PostgreSQL with DATABASE_URL.',
        });
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError('database.locked', { detail: `Could not lock ${dataDir}.` });
}

function readHolder(path: string): { pid: number; since: string } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { pid: number; since: string };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
