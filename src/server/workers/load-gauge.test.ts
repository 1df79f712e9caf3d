import { describe, expect, it } from 'vitest';
import { BUSY_INGEST_LOAD, createLoadGauge, holdWhileIngestBusy, MAX_HOLD_MS } from './load-gauge.js';

describe('the load gauge', () => {
  it('reads the fewest requests in flight at any moment of its window', () => {
    let t = 0;
    const gauge = createLoadGauge({ windowMs: 1000, now: () => t });
    gauge.enter();
    gauge.enter();
    t = 500;
    // Half a second ago there were none.
    expect(gauge.floor()).toBe(0);
    t = 1000;
    expect(gauge.floor()).toBe(2);
    gauge.leave();
    gauge.enter();
    t = 1500;
    // One finished and the next arrived at the same moment: for that moment one was in flight.
    expect(gauge.floor()).toBe(1);
    expect(gauge.inFlight()).toBe(2);
    t = 2001;
    expect(gauge.floor()).toBe(2);
  });

  it('sees live traffic in waves as not saturated, however many each wave brings', () => {
    let t = 0;
    const gauge = createLoadGauge({ windowMs: 1000, now: () => t });
    // Four waves a second of five requests, each wave done within 200 ms.
    for (let wave = 0; wave < 8; wave++) {
      t = wave * 250;
      for (let i = 0; i < 5; i++) gauge.enter();
      t += 200;
      for (let i = 0; i < 5; i++) gauge.leave();
    }
    t = 1900;
    expect(gauge.floor()).toBe(0);
    expect(gauge.floor()).toBeLessThan(BUSY_INGEST_LOAD);
  });

  it('never counts below zero requests', () => {
    let t = 0;
    const gauge = createLoadGauge({ now: () => t });
    gauge.leave();
    t = 5000;
    expect(gauge.floor()).toBe(0);
    expect(gauge.inFlight()).toBe(0);
  });

  it('holds derived work while ingestion is saturated, for at most a few times the pass and never past the cap', () => {
    let load = BUSY_INGEST_LOAD - 0.1;
    const hold = holdWhileIngestBusy(() => load, 4);
    expect(hold.while()).toBe(false);
    load = BUSY_INGEST_LOAD;
    expect(hold.while()).toBe(true);
    expect(hold.maxMs(300)).toBe(1200);
    expect(hold.maxMs(2500)).toBe(MAX_HOLD_MS);
    // A lane that holds for as long as ingestion stays saturated (the health worker's second lane).
    expect(holdWhileIngestBusy(() => load, Infinity, Infinity).maxMs(300)).toBe(Infinity);
  });
});
