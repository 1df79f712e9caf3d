import { describe, expect, it } from 'vitest';
import { directionOf, readBandChanges, type BandChangeLike } from './band-changes.js';

describe('band changes', () => {
  it('reads red → yellow → green as better and the reverse as worse', () => {
    expect(directionOf({ before: 'red', now: 'green' })).toBe(1);
    expect(directionOf({ before: 'green', now: 'yellow' })).toBe(-1);
    expect(directionOf({ before: 'yellow', now: 'yellow' })).toBe(0);
    expect(directionOf({ before: null, now: 'red' })).toBe(0);
  });

  it('lists worse first, larger accounts first, and counts new red accounts including ones not scored before', () => {
    const rows: Array<BandChangeLike & { id: string }> = [
      { id: 'small-better', before: 'red', now: 'yellow', mrr: 10 },
      { id: 'small-worse', before: 'yellow', now: 'red', mrr: 10 },
      { id: 'big-worse', before: 'green', now: 'yellow', mrr: 900 },
      { id: 'new-red', before: null, now: 'red', mrr: 500 },
      { id: 'big-better', before: 'yellow', now: 'green', mrr: 800 },
    ];
    const read = readBandChanges(rows);
    expect(read.improved).toBe(2);
    expect(read.worsened).toBe(2);
    expect(read.changes.map((r) => r.id)).toEqual(['big-worse', 'small-worse', 'big-better', 'small-better']);
    expect(read.newRed.map((r) => r.id)).toEqual(['small-worse', 'new-red']);
  });
});
