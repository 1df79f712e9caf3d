import { describe, expect, it } from 'vitest';
import { cadenceStatus } from './contact-cadence.js';

const NOW = new Date('2026-11-05T00:00:00.000Z');

describe('cadenceStatus', () => {
  it('has nothing to flag when no frequency was agreed, even if the person was never met', () => {
    expect(cadenceStatus({ cadenceDays: null, lastContactAt: null }, NOW))
      .toEqual({ state: 'no_cadence', overdue: false, nextDueAt: null, daysOverdue: null, daysUntilDue: null });
  });

  it('flags an agreed frequency with no contact on record as overdue, without a due date', () => {
    expect(cadenceStatus({ cadenceDays: 90, lastContactAt: null }, NOW))
      .toEqual({ state: 'never_contacted', overdue: true, nextDueAt: null, daysOverdue: null, daysUntilDue: null });
  });

  it('is overdue once last contact + the frequency has passed, to the nearest day', () => {
    // 2026-10-01T01:00Z + 30 days = 2026-10-31T01:00Z; to 2026-11-05T00:00Z is 4 days 23 hours → 5 days.
    expect(cadenceStatus({ cadenceDays: 30, lastContactAt: '2026-10-01T01:00:00.000Z' }, NOW))
      .toEqual({ state: 'overdue', overdue: true, nextDueAt: '2026-10-31T01:00:00.000Z', daysOverdue: 5, daysUntilDue: null });
  });

  it('counts a few hours late as one day overdue', () => {
    // due 2026-11-04T21:00Z, three hours before now
    expect(cadenceStatus({ cadenceDays: 14, lastContactAt: '2026-10-21T21:00:00.000Z' }, NOW))
      .toMatchObject({ state: 'overdue', daysOverdue: 1 });
  });

  it('is not overdue at the due moment itself', () => {
    // 2026-10-06T00:00Z + 30 days = exactly now
    expect(cadenceStatus({ cadenceDays: 30, lastContactAt: '2026-10-06T00:00:00.000Z' }, NOW))
      .toMatchObject({ state: 'due_soon', overdue: false, daysUntilDue: 0 });
  });

  it('says a contact is coming up within seven days, and on track beyond that', () => {
    // due 2026-11-11T06:00Z: 6¼ days ahead
    expect(cadenceStatus({ cadenceDays: 30, lastContactAt: '2026-10-12T06:00:00.000Z' }, NOW))
      .toMatchObject({ state: 'due_soon', daysUntilDue: 6, nextDueAt: '2026-11-11T06:00:00.000Z' });
    // due 2026-11-12T00:00Z: exactly 7 days ahead
    expect(cadenceStatus({ cadenceDays: 30, lastContactAt: '2026-10-13T00:00:00.000Z' }, NOW))
      .toMatchObject({ state: 'on_track', daysUntilDue: 7, overdue: false });
  });
});
