import { describe, expect, it } from 'vitest';
import { BUSY_INGEST_LOAD, createLoadGauge, holdWhileIngestBusy, MAX_HOLD_MS } from './load-gauge.js';

describe('the load gauge', () => {
  it('moves towards the requests in flight over its window and decays once they end', () => {
    let t = 0;
    const gauge = createLoadGauge({ windowMs: 1000, now: () => t });
    gauge.enter();
    t = 1000;
    // One request for one window: 1 − e^−1 of the way from 0 to 1.
    expect(gauge.level()).toBeCloseTo(1 - Math.exp(-1), 6);
    gauge.enter();
    t = 3000;
    // Two in flight for two windows: 2 + (0.632 − 2)·e^−2 = 1.8149.
    expect(gauge.level()).toBeCloseTo(2 + (1 - Math.exp(-1) - 2) * Math.exp(-2), 6);
    gauge.leave();
    gauge.leave();
    t = 4000;
    expect(gauge.level()).toBeCloseTo((2 + (1 - Math.exp(-1) - 2) * Math.exp(-2)) * Math.exp(-1), 6);
  });

  it('never counts below zero requests', () => {
    let t = 0;
    const gauge = createLoadGauge({ now: () => t });
    gauge.leave();
    t = 5000;
    expect(gauge.level()).toBe(0);
  });

  it('holds derived work while ingestion is saturated, for at most a few times the pass and never past the cap', () => {
    let load = BUSY_INGEST_LOAD - 0.1;
    const hold = holdWhileIngestBusy(() => load, 4);
    expect(hold.while()).toBe(false);
    load = BUSY_INGEST_LOAD;
    expect(hold.while()).toBe(true);
    expect(hold.maxMs(300)).toBe(1200);
    expect(hold.maxMs(2500)).toBe(MAX_HOLD_MS);
  });
});
