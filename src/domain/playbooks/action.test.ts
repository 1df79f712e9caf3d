import { describe, expect, it } from 'vitest';
import { deliveredResult, type ActionResult, type OutboxState } from './action.js';

const outbox = new Map<string, OutboxState>([
  ['e1', { status: 'sent', lastError: null }],
  ['e2', { status: 'sent', lastError: null }],
  ['e3', { status: 'pending', lastError: 'connect ECONNREFUSED' }],
  ['e4', { status: 'dead', lastError: '550 mailbox unavailable' }],
  ['w1', { status: 'dead', lastError: 'HTTP 410' }],
]);
const email = (ids: string[]): ActionResult => ({ type: 'send_email', status: 'queued', ref: { outboxIds: ids, to: ids.map((i) => `${i}@example.com`) } });

describe('deliveredResult', () => {
  it('reads a queued email as sent once every recipient got it, and as queued while one is still retrying', () => {
    expect(deliveredResult(email(['e1', 'e2']), outbox)).toMatchObject({ status: 'sent' });
    expect(deliveredResult(email(['e1', 'e3']), outbox)).toMatchObject({ status: 'queued' });
    expect(deliveredResult(email(['e1', 'e3']), outbox).error).toBeUndefined();
  });

  it('reads it as failed once one delivery was given up on, saying how many of how many and the first error', () => {
    expect(deliveredResult(email(['e1', 'e4', 'e3']), outbox)).toMatchObject({ status: 'failed', error: '1 of 3 failed: 550 mailbox unavailable' });
    expect(deliveredResult({ type: 'webhook', status: 'queued', ref: { outboxId: 'w1' } }, outbox)).toMatchObject({ status: 'failed', error: 'HTTP 410' });
  });

  it('leaves results that were not queued, and queued ones whose rows it cannot find, as they were', () => {
    const task: ActionResult = { type: 'create_task', status: 'done', ref: { taskId: 't1' } };
    expect(deliveredResult(task, outbox)).toBe(task);
    const lost = email(['gone']);
    expect(deliveredResult(lost, outbox)).toBe(lost);
  });
});
