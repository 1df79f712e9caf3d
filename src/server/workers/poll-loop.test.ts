import { describe, expect, it } from 'vitest';
import { createPollLoop, drainAll } from './poll-loop.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the workers poll loop', () => {
  it('wakes a sleeping loop on a poke instead of waiting out the poll interval, and stops', async () => {
    let passes = 0;
    const loop = createPollLoop({ pollMs: 60_000, onError: () => undefined, pass: async () => { passes += 1; return false; } });
    loop.start();
    await wait(20);
    expect(passes).toBe(1); // the first pass, then asleep for a minute
    loop.poke();
    await wait(20);
    expect(passes).toBe(2);
    await loop.stop();
  });

  it('lets a poke during a rest wait for the rest, then goes round at once', async () => {
    const starts: number[] = [];
    const loop = createPollLoop({
      pollMs: 60_000, onError: () => undefined, restAfter: () => 150,
      pass: async () => { starts.push(Date.now()); return false; },
    });
    loop.start();
    await wait(20);
    loop.poke(); // during the 150 ms rest
    await wait(250);
    await loop.stop();
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(140);
  });

  it('reports a failing pass and keeps running', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const loop = createPollLoop({ pollMs: 10, onError: (e) => errors.push(e), pass: async () => { passes += 1; throw new Error('boom'); } });
    loop.start();
    await wait(60);
    await loop.stop();
    expect(errors.length).toBeGreaterThan(1);
    expect(passes).toBe(errors.length);
  });

  it('holds after a pass while asked to, goes round once the hold ends, and never holds past its limit', async () => {
    const starts: number[] = [];
    let busy = true;
    const loop = createPollLoop({
      pollMs: 60_000, onError: () => undefined, hold: { while: () => busy, maxMs: () => 60_000 },
      pass: async () => { starts.push(Date.now()); return false; },
    });
    loop.start();
    await wait(20);
    loop.poke(); // remembered through the hold
    await wait(300);
    expect(starts).toHaveLength(1);
    busy = false;
    await wait(250); // the hold checks every 100 ms
    expect(starts).toHaveLength(2);
    await loop.stop();

    const capped: number[] = [];
    const short = createPollLoop({
      pollMs: 60_000, onError: () => undefined, hold: { while: () => true, maxMs: () => 200 },
      pass: async () => { capped.push(Date.now()); return true; },
    });
    short.start();
    await wait(500);
    await short.stop();
    expect(capped.length).toBeGreaterThanOrEqual(2);
    expect(capped[1]! - capped[0]!).toBeGreaterThanOrEqual(190);
  });

  it('ends a hold at once when stopped', async () => {
    const loop = createPollLoop({
      pollMs: 60_000, onError: () => undefined, hold: { while: () => true, maxMs: () => 60_000 },
      pass: async () => false,
    });
    loop.start();
    await wait(20);
    const stopping = Date.now();
    await loop.stop();
    expect(Date.now() - stopping).toBeLessThan(1000); // against a hold of a minute
  });

  it('drains until a pass finds nothing, adding up what each did', async () => {
    const batches = [3, 2, 0, 7];
    expect(await drainAll(async () => batches.shift() ?? 0)).toBe(5);
  });
});
