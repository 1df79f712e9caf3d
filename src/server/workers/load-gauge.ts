/**
 * How busy a stream of requests is: the number in flight now, and the fewest that were in flight
 * at any moment of the last second. Ingestion keeps one, and turns senders away with a 429 past
 * its limit of requests in flight; the health and automation workers hold while its floor says
 * saturated (holdWhileIngestBusy), so the derived work of scoring yields to storing what senders
 * are waiting on.
 *
 * Why the floor and not an average: a sender replaying history keeps its requests in flight
 * back to back, so the count never drops; live traffic arrives in waves, and between waves it
 * falls to zero. Averaged over a second both read 5–7 requests in flight in the bench (8 at
 * once at the peak; half the peak rate in waves four times a second), so holding on an average
 * also held scoring back under live load, where scores must stay within a second.
 *
 * @example
 * const gauge = createLoadGauge();
 * gauge.enter(); try { await work(); } finally { gauge.leave(); }
 * gauge.floor(); // the fewest requests in flight at any moment of the last second
 */
import type { PollLoopOptions } from './poll-loop.js';

export interface LoadGauge {
  enter(): void;
  leave(): void;
  /** requests in flight right now */
  inFlight(): number;
  /** the fewest requests in flight at any moment of the last `windowMs` */
  floor(): number;
}

export function createLoadGauge(options: { windowMs?: number; now?: () => number } = {}): LoadGauge {
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  let inFlight = 0;
  // Each change of the count, oldest first; the first one is the count as the window opens.
  const changes: { at: number; count: number }[] = [{ at: now(), count: 0 }];
  const forget = (t: number) => {
    while (changes.length > 1 && (changes[1] as { at: number }).at <= t - windowMs) changes.shift();
  };
  const change = (by: number) => {
    inFlight = Math.max(0, inFlight + by);
    const t = now();
    changes.push({ at: t, count: inFlight });
    forget(t);
  };
  return {
    enter() { change(1); },
    leave() { change(-1); },
    inFlight: () => inFlight,
    floor() {
      forget(now());
      let fewest = inFlight;
      for (const { count } of changes) fewest = Math.min(fewest, count);
      return fewest;
    },
  };
}

/**
 * The floor of ingest requests in flight from which ingestion counts as saturated: never fewer
 * than this many waiting or being written for a whole second. Measured in the bench (sampled
 * five times a second): at the peak, with 8 batches in flight, the floor was 3 or more in 80 %
 * of samples (a merged statement answers several requests at once, so the count dips); at half
 * the peak rate, in waves, never with 400,000 events of history. With 2, holds also began at
 * half the peak in the 1,000,000-event run, and freshness suffered (p95 1,740 ms against 1,509).
 */
export const BUSY_INGEST_LOAD = 3;
/** The longest hold after a pass while ingestion is saturated: scores stay a few seconds fresh even then. */
export const MAX_HOLD_MS = 10_000;
/**
 * A poll loop's hold (workers/poll-loop.ts) while ingestion is saturated: more batches in flight
 * than it works on at once means senders are waiting on the database, so derived work yields,
 * for up to `ratio` × its last pass and never longer than `capMs` (MAX_HOLD_MS unless given).
 */
export function holdWhileIngestBusy(ingestLoad: () => number, ratio = 9, capMs = MAX_HOLD_MS): NonNullable<PollLoopOptions['hold']> {
  return { while: () => ingestLoad() >= BUSY_INGEST_LOAD, maxMs: (took) => Math.min(took * ratio, capMs) };
}
