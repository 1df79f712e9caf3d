import { describe, expect, it } from 'vitest';
import type { NormalizedEvent } from '../../../domain/usage/normalize-event.js';
import type { Db } from '../../db/connect.js';
import { createIngestWriter } from './ingest-writer.js';
import { encodeEvents, type EncodedEvents, type StoredBatch } from './store-events.js';

const event = (messageId: string): NormalizedEvent => ({
  messageId, type: 'track', event: 'Report Viewed', userId: 'u1', anonymousId: null, groupId: 'grp-1',
  occurredAt: '2026-11-02T01:00:00.000Z', durationSeconds: null, properties: null, traits: null,
});
const events = (prefix: string, n: number) => encodeEvents(Array.from({ length: n }, (_, i) => event(`${prefix}-${i}`)));

/** A fake store: records each call's workspace and batch sizes, and finishes when the test says. */
function fakeStore(fail: (batches: EncodedEvents[]) => unknown = () => null) {
  const calls: { workspaceId: string; sizes: number[] }[] = [];
  const pending: (() => void)[] = [];
  const store = (workspaceId: string, batches: EncodedEvents[]) => {
    calls.push({ workspaceId, sizes: batches.map((b) => b.count) });
    return new Promise<StoredBatch[]>((resolve, reject) => {
      pending.push(() => {
        const error = fail(batches);
        if (error) reject(error);
        else resolve(batches.map((b) => ({ stored: b.count, duplicates: 0, unmatched: 0 })));
      });
    });
  };
  /** lets the oldest running call finish, then lets queued work start */
  const finishOne = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { store, calls, finishOne };
}

const noDb = {} as Db;

describe('the ingest writer', () => {
  it('writes a request at once while a lane is free, and merges what waits for one lane into one statement per workspace', async () => {
    const fake = fakeStore();
    const writer = createIngestWriter(noDb, { lanes: 1, store: fake.store });
    const a = writer.store('ws-1', events('a', 3));
    // The lane is busy with a: b, c (ws-1) and d (ws-2) wait.
    const b = writer.store('ws-1', events('b', 2));
    const d = writer.store('ws-2', events('d', 4));
    const c = writer.store('ws-1', events('c', 1));
    expect(fake.calls).toEqual([{ workspaceId: 'ws-1', sizes: [3] }]);

    await fake.finishOne();
    expect(await a).toEqual({ stored: 3, duplicates: 0, unmatched: 0 });
    // b and c together, each answered with its own counts; d after them, on its own.
    expect(fake.calls[1]).toEqual({ workspaceId: 'ws-1', sizes: [2, 1] });
    await fake.finishOne();
    expect(await b).toEqual({ stored: 2, duplicates: 0, unmatched: 0 });
    expect(await c).toEqual({ stored: 1, duplicates: 0, unmatched: 0 });
    expect(fake.calls[2]).toEqual({ workspaceId: 'ws-2', sizes: [4] });
    await fake.finishOne();
    expect(await d).toMatchObject({ stored: 4 });
    expect(writer.statements()).toBe(3);
  });

  it('runs as many statements at once as it has lanes, and keeps a merged statement within its event limit', async () => {
    const fake = fakeStore();
    const writer = createIngestWriter(noDb, { lanes: 2, maxEvents: 5, store: fake.store });
    const all = [writer.store('ws', events('a', 1)), writer.store('ws', events('b', 1))];
    expect(fake.calls.map((c) => c.sizes)).toEqual([[1], [1]]);
    all.push(writer.store('ws', events('c', 3)), writer.store('ws', events('d', 2)), writer.store('ws', events('e', 2)));
    await fake.finishOne();
    // c + d = 5 fit; e would make 7 and waits for the next lane.
    expect(fake.calls[2]?.sizes).toEqual([3, 2]);
    await fake.finishOne();
    expect(fake.calls[3]?.sizes).toEqual([2]);
    await fake.finishOne();
    await fake.finishOne();
    expect((await Promise.all(all)).map((r) => r.stored)).toEqual([1, 1, 3, 2, 2]);
  });

  it('writes the requests of a failed merged statement again one by one, so only the bad one fails', async () => {
    const bad = new Error('invalid byte sequence');
    const fake = fakeStore((batches) => (batches.some((b) => b.columns[0]?.includes('"bad-')) ? bad : null));
    const writer = createIngestWriter(noDb, { lanes: 1, store: fake.store });
    const first = writer.store('ws', events('a', 1));
    const good = writer.store('ws', events('good', 2));
    const poisoned = writer.store('ws', events('bad', 1)).catch((error: unknown) => error);
    await fake.finishOne();
    await first;
    await fake.finishOne(); // the merged statement fails
    await fake.finishOne(); // good alone
    await fake.finishOne(); // bad alone
    expect(await good).toEqual({ stored: 2, duplicates: 0, unmatched: 0 });
    expect(await poisoned).toBe(bad);
    expect(fake.calls.map((c) => c.sizes)).toEqual([[1], [2, 1], [2], [1]]);
  });

  it('retries a statement that lost a deadlock', async () => {
    let attempts = 0;
    const writer = createIngestWriter(noDb, {
      lanes: 1,
      store: async (_ws, batches) => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        return batches.map((b) => ({ stored: b.count, duplicates: 0, unmatched: 0 }));
      },
    });
    expect(await writer.store('ws', events('a', 2))).toEqual({ stored: 2, duplicates: 0, unmatched: 0 });
    expect(attempts).toBe(2);
  });
});
