import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

describe('Random', () => {
  it('repeats the same sequence for the same seed and label', () => {
    const a = createRandom(42, 'x');
    const b = createRandom(42, 'x');
    expect(Array.from({ length: 20 }, () => a.nextUint32())).toEqual(Array.from({ length: 20 }, () => b.nextUint32()));
  });

  it('gives a different sequence for another seed or another label', () => {
    const first = createRandom(42, 'x').nextUint32();
    expect(createRandom(43, 'x').nextUint32()).not.toBe(first);
    expect(createRandom(42, 'y').nextUint32()).not.toBe(first);
  });

  it('derives a fork from its name alone, not from how much the parent has drawn', () => {
    const fresh = createRandom(7, 'root');
    const used = createRandom(7, 'root');
    for (let i = 0; i < 100; i++) used.next();
    expect(used.fork('child').uuid()).toBe(fresh.fork('child').uuid());
    expect(fresh.fork(1).uuid()).not.toBe(fresh.fork(2).uuid());
  });

  it('draws integers within both bounds and reaches each of them', () => {
    const r = createRandom(1, 'ints');
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('spreads next() evenly: each tenth of [0, 1) gets 10% ± 1.5% of 20,000 draws', () => {
    const r = createRandom(5, 'uniform');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(r.next() * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 2_000)).toBeLessThan(300);
  });

  it('shapes uuids as version 4 with the RFC 4122 variant, without repeats', () => {
    const r = createRandom(9, 'ids');
    const ids = Array.from({ length: 5_000 }, () => r.uuid());
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('picks by weight: a 3:1 weighting lands near 75% of 10,000 draws', () => {
    const r = createRandom(3, 'weights');
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (r.weighted([['a', 3], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy).toBeGreaterThan(7_300);
    expect(heavy).toBeLessThan(7_700);
  });
});
