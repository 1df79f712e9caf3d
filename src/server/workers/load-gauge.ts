/**
 * How busy a stream of requests is: the number in flight, averaged over the last second or so
 * (a moving average in time, each moment weighing less the longer ago it was). Ingestion keeps
 * one, and turns senders away with a 429 past its limit of requests in flight; the health and
 * automation workers hold while it reads saturated (holdWhileIngestBusy), so the derived work of
 * scoring yields to storing what senders are waiting on.
 *
 * @example
 * const gauge = createLoadGauge();
 * gauge.enter(); try { await work(); } finally { gauge.leave(); }
 * gauge.level(); // ≈ the requests in flight over the last second
 */
import type { PollLoopOptions } from './poll-loop.js';

export interface LoadGauge {
  enter(): void;
  leave(): void;
  /** requests in flight right now */
  inFlight(): number;
  /** requests in flight, averaged over roughly the last `windowMs` */
  level(): number;
}

export function createLoadGauge(options: { windowMs?: number; now?: () => number } = {}): LoadGauge {
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  let inFlight = 0;
  let average = 0;
  let at = now();
  // The count is constant between changes, so the average moves towards it exponentially:
  // after `windowMs` it has covered 63 % of the way.
  const settle = () => {
    const t = now();
    average = inFlight + (average - inFlight) * Math.exp(-(t - at) / windowMs);
    at = t;
  };
  return {
    enter() { settle(); inFlight += 1; },
    leave() { settle(); inFlight = Math.max(0, inFlight - 1); },
    inFlight: () => inFlight,
    level() { settle(); return average; },
  };
}

/**
 * Ingest requests in flight (averaged over a second) from which ingestion counts as saturated.
 * Measured in the bench with 8 batches in flight, requests waiting for the ingest writer's lanes
 * included: 7.1–7.3 at its peak rate; 1.7–3.8 at half of it (4.9 in the second after the burst).
 */
export const BUSY_INGEST_LOAD = 6;
/** The longest hold after a pass while ingestion is saturated: scores stay a few seconds fresh even then. */
export const MAX_HOLD_MS = 10_000;
/**
 * A poll loop's hold (workers/poll-loop.ts) while ingestion is saturated: more batches in flight
 * than it works on at once means senders are waiting on the database, so derived work yields,
 * for up to `ratio` × its last pass and never longer than MAX_HOLD_MS.
 */
export function holdWhileIngestBusy(ingestLoad: () => number, ratio = 9): NonNullable<PollLoopOptions['hold']> {
  return { while: () => ingestLoad() >= BUSY_INGEST_LOAD, maxMs: (took) => Math.min(took * ratio, MAX_HOLD_MS) };
}
