/**
 * The loop every background worker runs (health, automation, delivery): do a pass; go again at
 * once when the pass says there is more or a poke came meanwhile; else sleep until polled or
 * poked. An optional rest after each pass (the health worker's) is cut short only by stop(), so
 * under a stream of pokes the worker still leaves the server time for everything else.
 */
export interface PollLoopOptions {
  /** one pass; true when there is more to do at once (it took a full batch) */
  pass: () => Promise<boolean>;
  pollMs: number;
  /** how long to rest after a pass that took `tookMs`, even when poked (pokes are remembered) */
  restAfter?: (tookMs: number) => number;
  /**
   * After the rest, the loop keeps holding while this says so (checked every HOLD_CHECK_MS), for
   * at most `maxMs` (given the pass's duration): the health worker holds while ingestion is
   * saturated. stop() ends a hold at once.
   */
  hold?: { while: () => boolean; maxMs: (tookMs: number) => number };
  onError: (error: unknown) => void;
}

export interface PollLoop {
  poke(): void;
  start(): void;
  stop(): Promise<void>;
}

/** How often a hold checks whether it may end. */
export const HOLD_CHECK_MS = 100;

export function createPollLoop(options: PollLoopOptions): PollLoop {
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  /** a poke that came during a pass or a rest: go round again at once */
  let pending = false;
  let resting = false;

  const sleep = (ms: number, rest: boolean) => new Promise<void>((resolve) => {
    resting = rest;
    const timer = setTimeout(resolve, ms);
    wake = () => { clearTimeout(timer); resolve(); };
  }).finally(() => { wake = null; resting = false; });

  const run = async () => {
    while (running) {
      pending = false;
      let more = false;
      const started = Date.now();
      try {
        more = await options.pass();
      } catch (error) {
        options.onError(error);
      }
      const took = Date.now() - started;
      const rest = options.restAfter?.(took) ?? 0;
      if (rest > 0 && running) await sleep(rest, true);
      if (options.hold) {
        const holdUntil = Date.now() + options.hold.maxMs(took);
        while (running && Date.now() < holdUntil && options.hold.while()) await sleep(Math.min(HOLD_CHECK_MS, holdUntil - Date.now()), true);
      }
      if (!running || more || pending) continue;
      await sleep(options.pollMs, false);
    }
  };

  return {
    poke() {
      pending = true;
      if (!resting) wake?.();
    },
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}

/** Runs passes until one finds nothing to do; returns how much they did in all (tests drain by hand). */
export async function drainAll(drainOnce: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await drainOnce();
    total += done;
    if (done === 0) return total;
  }
}
