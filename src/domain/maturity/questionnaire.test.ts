import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE, QUESTIONNAIRES, QUESTIONNAIRE_VERSION } from './questionnaire.js';
import { MATURITY_AXES } from './types.js';

describe('the maturity questionnaire', () => {
  it('covers the eight axes of SPEC §3.10 with four to six questions each', () => {
    expect(QUESTIONNAIRE.axes.map((a) => a.axis)).toEqual([...MATURITY_AXES]);
    for (const axis of MATURITY_AXES) {
      const count = QUESTIONNAIRE.questions.filter((q) => q.axis === axis).length;
      expect(count, axis).toBeGreaterThanOrEqual(4);
      expect(count, axis).toBeLessThanOrEqual(6);
    }
  });

  it('gives every question a unique id under its axis and options scoring 0, 1, 2 … upwards', () => {
    const ids = QUESTIONNAIRE.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTIONNAIRE.questions) {
      expect(q.id.startsWith(`${q.axis}.`)).toBe(true);
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.map((o) => o.points)).toEqual(q.options.map((_, i) => i));
    }
  });

  it('has every text in Japanese and in English', () => {
    const texts = [
      ...QUESTIONNAIRE.axes.flatMap((a) => [a.name, a.description]),
      ...QUESTIONNAIRE.questions.flatMap((q) => [q.text, ...q.options.map((o) => o.text)]),
    ];
    for (const text of texts) {
      expect(text.ja.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('keeps the current version scorable from the version registry', () => {
    expect(QUESTIONNAIRES[QUESTIONNAIRE_VERSION]).toBe(QUESTIONNAIRE);
  });
});
