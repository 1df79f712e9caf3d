/**
 * Running delivery workers register here so that queueing a message wakes them. The nudge is
 * deferred a little: the row only becomes visible when the queueing transaction commits, and
 * a worker that wakes too early simply finds it on its next poll.
 */
const listeners = new Set<() => void>();
const NUDGE_DELAY_MS = 100;

export function onDeliveryNudge(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function nudgeDeliveryWorkers(): void {
  if (listeners.size === 0) return;
  setTimeout(() => { for (const listener of listeners) listener(); }, NUDGE_DELAY_MS).unref();
}
