import { describe, expect, it } from 'vitest';
import { answerProgress, conditionHolds, extractScores, validateAnswers, visibleQuestions } from './answers.js';
import { SurveyDefinition, TEXT_ANSWER_MAX } from './definition.js';

const t = (ja: string) => ({ ja, en: ja });

/** The CX template's shape as the brief describes it (ids, types, branching and roles). */
const cx = SurveyDefinition.parse({
  questions: [
    { id: 'satisfaction', type: 'csat', text: t('満足度'), required: true },
    { id: 'continuation', type: 'continuation', text: t('継続意向'), required: true },
    { id: 'nps', type: 'nps', text: t('推奨度'), required: true },
    { id: 'trouble', type: 'yes_no', text: t('トラブル'), required: true },
    { id: 'trouble_detail', type: 'text', text: t('詳細'), showIf: { question: 'trouble', op: 'equals', value: true } },
    { id: 'consulted', type: 'yes_no', text: t('相談'), required: true, showIf: { question: 'trouble', op: 'equals', value: true } },
    { id: 'handling', type: 'expectation', text: t('対応'), required: true, showIf: { question: 'consulted', op: 'equals', value: true } },
    { id: 'request', type: 'text', text: t('要望') },
  ],
  roles: { nps: 'nps', csat: 'satisfaction', continuation: 'continuation', trouble: 'trouble', consulted: 'consulted', handling: 'handling' },
});

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('visibleQuestions', () => {
  it('hides the trouble branch until trouble is answered yes', () => {
    expect(ids(visibleQuestions(cx, {}))).toEqual(['satisfaction', 'continuation', 'nps', 'trouble', 'request']);
    expect(ids(visibleQuestions(cx, { trouble: false }))).toEqual(['satisfaction', 'continuation', 'nps', 'trouble', 'request']);
    expect(ids(visibleQuestions(cx, { trouble: true }))).toEqual(['satisfaction', 'continuation', 'nps', 'trouble', 'trouble_detail', 'consulted', 'request']);
    expect(ids(visibleQuestions(cx, { trouble: true, consulted: true })))
      .toEqual(['satisfaction', 'continuation', 'nps', 'trouble', 'trouble_detail', 'consulted', 'handling', 'request']);
  });

  it('never opens a question through a hidden one, even if a stale answer says so', () => {
    // consulted = true is left over from before trouble was switched to "no"
    expect(ids(visibleQuestions(cx, { trouble: false, consulted: true }))).not.toContain('handling');
  });

  it('ignores a condition on a later question', () => {
    const def = SurveyDefinition.parse({
      questions: [
        { id: 'a', type: 'text', text: t('a'), showIf: { question: 'b', op: 'equals', value: true } },
        { id: 'b', type: 'yes_no', text: t('b') },
      ],
    });
    expect(ids(visibleQuestions(def, { b: true }))).toEqual(['b']);
  });
});

describe('conditionHolds', () => {
  it('compares by op', () => {
    expect(conditionHolds({ question: 'x', op: 'equals', value: 3 }, 3)).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'equals', value: 3 }, 4)).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'equals', value: 'b' }, ['a', 'b'])).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'in', value: ['above', 'as'] }, 'as')).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'in', value: ['above', 'as'] }, 'below')).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'in', value: ['a', 'c'] }, ['b', 'c'])).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'lte', value: 6 }, 6)).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'lte', value: 6 }, 7)).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'gte', value: 9 }, 9)).toBe(true);
    expect(conditionHolds({ question: 'x', op: 'gte', value: 9 }, 8)).toBe(false);
  });

  it('is never satisfied without an answer or with mismatched types', () => {
    expect(conditionHolds({ question: 'x', op: 'equals', value: false }, undefined)).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'lte', value: 6 }, '3')).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'equals', value: 1 }, true)).toBe(false);
    expect(conditionHolds({ question: 'x', op: 'equals', value: [1, 2] }, 1)).toBe(false);
  });
});

describe('validateAnswers', () => {
  const base = { satisfaction: 4, continuation: 5, nps: 9, trouble: false };

  it('accepts a complete answer and keeps only visible questions', () => {
    const result = validateAnswers(cx, { ...base, request: '  もっと速く  ', handling: 'above', bogus: 1 });
    expect(result).toEqual({ ok: true, answers: { ...base, request: 'もっと速く' } });
  });

  it('requires the branch questions once they show', () => {
    const result = validateAnswers(cx, { ...base, trouble: true });
    expect(result).toEqual({ ok: false, errors: [{ question: 'consulted', code: 'required' }] });
    const deeper = validateAnswers(cx, { ...base, trouble: true, consulted: true });
    expect(deeper).toEqual({ ok: false, errors: [{ question: 'handling', code: 'required' }] });
    expect(validateAnswers(cx, { ...base, trouble: true, consulted: true, handling: 'below', trouble_detail: '' }))
      .toEqual({ ok: true, answers: { ...base, trouble: true, consulted: true, handling: 'below' } });
  });

  it('reports every required question left blank, in order', () => {
    expect(validateAnswers(cx, { satisfaction: null, nps: 7 })).toEqual({
      ok: false,
      errors: [{ question: 'satisfaction', code: 'required' }, { question: 'continuation', code: 'required' }, { question: 'trouble', code: 'required' }],
    });
  });

  it('checks each scale at both ends', () => {
    const cases: [Record<string, unknown>, string | null][] = [
      [{ nps: 0 }, null], [{ nps: 10 }, null], [{ nps: -1 }, 'out_of_range'], [{ nps: 11 }, 'out_of_range'], [{ nps: 7.5 }, 'out_of_range'],
      [{ nps: '7' }, 'wrong_type'], [{ nps: Number.NaN }, 'wrong_type'],
      [{ satisfaction: 1 }, null], [{ satisfaction: 5 }, null], [{ satisfaction: 0 }, 'out_of_range'], [{ satisfaction: 6 }, 'out_of_range'],
      [{ continuation: 0 }, 'out_of_range'], [{ trouble: 'yes' }, 'wrong_type'],
    ];
    for (const [change, code] of cases) {
      const result = validateAnswers(cx, { ...base, ...change });
      const question = Object.keys(change)[0]!;
      if (code === null) expect(result.ok, JSON.stringify(change)).toBe(true);
      else expect(result, JSON.stringify(change)).toEqual({ ok: false, errors: [{ question, code }] });
    }
  });

  it('checks expectation values, choices and text length', () => {
    const def = SurveyDefinition.parse({
      questions: [
        { id: 'h', type: 'expectation', text: t('h') },
        { id: 's', type: 'single', text: t('s'), options: [{ id: 'a', text: t('A') }, { id: 'b', text: t('B') }] },
        { id: 'm', type: 'multi', text: t('m'), options: [{ id: 'a', text: t('A') }, { id: 'b', text: t('B') }, { id: 'c', text: t('C') }] },
        { id: 'x', type: 'text', text: t('x') },
      ],
    });
    expect(validateAnswers(def, { h: 'great' })).toEqual({ ok: false, errors: [{ question: 'h', code: 'out_of_range' }] });
    expect(validateAnswers(def, { s: 'z' })).toEqual({ ok: false, errors: [{ question: 's', code: 'unknown_option' }] });
    expect(validateAnswers(def, { s: ['a'] })).toEqual({ ok: false, errors: [{ question: 's', code: 'wrong_type' }] });
    expect(validateAnswers(def, { m: ['a', 'z'] })).toEqual({ ok: false, errors: [{ question: 'm', code: 'unknown_option' }] });
    expect(validateAnswers(def, { m: 'a' })).toEqual({ ok: false, errors: [{ question: 'm', code: 'wrong_type' }] });
    expect(validateAnswers(def, { x: 'あ'.repeat(TEXT_ANSWER_MAX + 1) })).toEqual({ ok: false, errors: [{ question: 'x', code: 'too_long' }] });
    // multi: duplicates collapse, order follows the options
    expect(validateAnswers(def, { h: 'as', s: 'b', m: ['c', 'a', 'c'], x: 'あ'.repeat(TEXT_ANSWER_MAX) }))
      .toEqual({ ok: true, answers: { h: 'as', s: 'b', m: ['a', 'c'], x: 'あ'.repeat(TEXT_ANSWER_MAX) } });
    // blanks are no answer
    expect(validateAnswers(def, { m: [], x: '   ' })).toEqual({ ok: true, answers: {} });
  });

  it('rejects answers that are not an object', () => {
    for (const raw of [null, [], 'x', 3]) {
      expect(validateAnswers(cx, raw)).toEqual({ ok: false, errors: [{ question: '', code: 'not_an_object' }] });
    }
  });

  it('does not open a branch through an invalid answer', () => {
    // trouble is invalid, so consulted stays hidden and is not also reported as required
    expect(validateAnswers(cx, { ...base, trouble: 1 })).toEqual({ ok: false, errors: [{ question: 'trouble', code: 'wrong_type' }] });
  });

  it('ignores inherited properties', () => {
    const raw = Object.create({ satisfaction: 3 }) as Record<string, unknown>;
    Object.assign(raw, { continuation: 3, nps: 5, trouble: false });
    expect(validateAnswers(cx, raw)).toEqual({ ok: false, errors: [{ question: 'satisfaction', code: 'required' }] });
  });
});

describe('extractScores', () => {
  it('reads the roles', () => {
    expect(extractScores(cx, { satisfaction: 4, continuation: 2, nps: 6, trouble: true, consulted: true, handling: 'above' })).toEqual({
      nps: 6, csat: 4, continuation: 2, recommendation: null, trouble: true, consulted: true, handling: 'above',
    });
    expect(extractScores(cx, { satisfaction: 5, continuation: 5, nps: 10, trouble: false })).toEqual({
      nps: 10, csat: 5, continuation: 5, recommendation: null, trouble: false, consulted: null, handling: null,
    });
  });

  it('falls back to the first question of each scale type, but not for the CX tree roles', () => {
    const def = SurveyDefinition.parse({
      questions: [
        { id: 'q1', type: 'yes_no', text: t('1') },
        { id: 'q2', type: 'nps', text: t('2') },
        { id: 'q3', type: 'nps', text: t('3') },
        { id: 'q4', type: 'recommendation', text: t('4') },
        { id: 'q5', type: 'expectation', text: t('5') },
      ],
    });
    expect(extractScores(def, { q1: true, q2: 3, q3: 9, q4: 4, q5: 'as' })).toEqual({
      nps: 3, csat: null, continuation: null, recommendation: 4, trouble: null, consulted: null, handling: null,
    });
  });

  it('gives null for values outside the scale', () => {
    expect(extractScores(cx, { satisfaction: 9, nps: 'x' as unknown as number, handling: 'great' }).csat).toBeNull();
    expect(extractScores(cx, { nps: 11 }).nps).toBeNull();
  });
});

describe('answerProgress', () => {
  it('counts answered visible questions', () => {
    expect(answerProgress(cx, {})).toEqual({ answered: 0, total: 5 });
    expect(answerProgress(cx, { satisfaction: 3, trouble: true })).toEqual({ answered: 2, total: 7 });
    expect(answerProgress(cx, { trouble: false, consulted: true })).toEqual({ answered: 1, total: 5 });
  });
});
