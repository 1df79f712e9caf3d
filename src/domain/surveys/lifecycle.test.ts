import { describe, expect, it } from 'vitest';
import { frozenFieldsOf, isAnswerable, nextRunName, surveyActions } from './lifecycle.js';

describe('survey lifecycle', () => {
  it('freezes the questions of an open survey but lets its schedule and emails change', () => {
    expect(frozenFieldsOf('draft', ['definition', 'languages', 'kind'])).toEqual([]);
    expect(frozenFieldsOf('open', ['name', 'closesAt', 'remindAfterDays', 'emailSubject', 'emailBody'])).toEqual([]);
    expect(frozenFieldsOf('open', ['definition', 'name', 'languages'])).toEqual(['definition', 'languages']);
    expect(frozenFieldsOf('closed', ['name', 'closesAt'])).toEqual(['closesAt']);
  });

  it('offers delete only on drafts and close only on open surveys', () => {
    expect(surveyActions('draft')).toContain('delete');
    expect(surveyActions('open')).not.toContain('delete');
    expect(surveyActions('open')).toContain('close');
    expect(surveyActions('closed')).toEqual(['edit', 'duplicate']);
  });

  it('stops answering at the planned close even before the worker closes the survey', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(isAnswerable({ status: 'open', closesAt: null }, now)).toBe(true);
    expect(isAnswerable({ status: 'open', closesAt: '2026-05-01T00:00:01Z' }, now)).toBe(true);
    expect(isAnswerable({ status: 'open', closesAt: '2026-05-01T00:00:00Z' }, now)).toBe(false);
    expect(isAnswerable({ status: 'draft', closesAt: null }, now)).toBe(false);
    expect(isAnswerable({ status: 'closed', closesAt: null }, now)).toBe(false);
  });

  it('names next year\'s run by moving the last year on', () => {
    expect(nextRunName('顧客満足度調査 2025')).toBe('顧客満足度調査 2026');
    expect(nextRunName('2024年度 CX調査（2025年3月実施）')).toBe('2024年度 CX調査（2026年3月実施）');
    expect(nextRunName('NPS pulse')).toBe('NPS pulse (2)');
    expect(nextRunName('Plan 12025')).toBe('Plan 12025 (2)');
  });
});
