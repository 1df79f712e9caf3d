/**
 * The surveys' clock: once a minute, close every open survey whose planned close has passed, and
 * queue the automatic reminders that are due (the delivery worker sends them). Both steps are
 * single set-based statements that skip rows another server already took, so any number of
 * servers may run this worker.
 */
import type { Db } from '../../db/connect.js';
import { createPollLoop, type PollLoop } from '../../workers/poll-loop.js';
import { closeDueSurveys } from './commands.js';
import { sendDueReminders } from './reminders.js';

export interface SurveyWorker extends Pick<PollLoop, 'start' | 'stop'> {
  /** one pass: surveys closed and reminders queued */
  runOnce(): Promise<{ closed: number; reminded: number }>;
}

export function createSurveyWorker(db: Db, options: { now?: () => Date; pollMs?: number; onError?: (error: unknown) => void } = {}): SurveyWorker {
  const now = options.now ?? (() => new Date());
  const runOnce = async () => {
    const at = now();
    // Close first: a survey past its close date gets no reminder.
    const closed = (await closeDueSurveys(db, at)).length;
    const reminded = await sendDueReminders(db, at);
    return { closed, reminded };
  };
  const loop = createPollLoop({
    pollMs: options.pollMs ?? 60_000,
    onError: options.onError ?? ((error: unknown) => console.error('surveys:', error)),
    pass: async () => {
      await runOnce();
      return false;
    },
  });
  return { start: loop.start, stop: loop.stop, runOnce };
}
