import { describe, expect, it } from 'vitest';
import type { SurveyDefinition, SurveyQuestion } from './definition.js';
import { blocksDraft, canTake, parseDefinition, validateDefinition } from './validate-definition.js';

const t = (ja: string, en = `${ja} (en)`) => ({ ja, en });
const q = (id: string, type: SurveyQuestion['type'], extra: Partial<SurveyQuestion> = {}): SurveyQuestion =>
  ({ id, type, text: t(`${id}?`), required: false, ...extra });
const def = (questions: SurveyQuestion[], roles: SurveyDefinition['roles'] = {}): SurveyDefinition => ({ questions, roles });
const codes = (d: SurveyDefinition, langs: Array<'ja' | 'en'> = ['ja', 'en']) =>
  validateDefinition(d, langs).map((i) => [i.code, i.question, i.path]);

describe('validateDefinition', () => {
  it('accepts a branching survey whose rules all hold', () => {
    const ok = def([
      q('trouble', 'yes_no'),
      q('consulted', 'yes_no', { showIf: { question: 'trouble', op: 'equals', value: true } }),
      q('handling', 'expectation', { showIf: { question: 'consulted', op: 'equals', value: true } }),
      q('score', 'nps'),
      q('why', 'text', { showIf: { question: 'score', op: 'lte', value: 6 } }),
      q('area', 'single', { options: [{ id: 'report', text: t('レポート') }, { id: 'api', text: t('API') }] }),
      q('more', 'text', { showIf: { question: 'area', op: 'in', value: ['api'] } }),
    ], { trouble: 'trouble', consulted: 'consulted', handling: 'handling', nps: 'score' });
    expect(validateDefinition(ok, ['ja', 'en'])).toEqual([]);
  });

  it('names a duplicated question id', () => {
    expect(codes(def([q('a', 'csat'), q('a', 'nps')]))).toEqual([['duplicate_id', 'a', 'questions.1.id']]);
  });

  it('wants at least two options with unique ids on choice questions, and none on others', () => {
    const one = q('pick', 'multi', { options: [{ id: 'x', text: t('X') }] });
    const twice = q('pick2', 'single', { options: [{ id: 'x', text: t('X') }, { id: 'x', text: t('Y') }] });
    const stray = q('score', 'csat', { options: [{ id: 'x', text: t('X') }] });
    expect(codes(def([one, twice, stray]))).toEqual([
      ['too_few_options', 'pick', 'questions.0.options'],
      ['duplicate_option', 'pick2', 'questions.1.options.1.id'],
      ['options_not_allowed', 'score', 'questions.2.options'],
    ]);
    expect(codes(def([q('none', 'single')]))).toEqual([['too_few_options', 'none', 'questions.0.options']]);
  });

  it('lets a question branch only on an earlier one, never on itself or a later one', () => {
    expect(codes(def([
      q('first', 'yes_no', { showIf: { question: 'second', op: 'equals', value: true } }),
      q('second', 'yes_no'),
      q('self', 'yes_no', { showIf: { question: 'self', op: 'equals', value: true } }),
      q('ghost', 'text', { showIf: { question: 'nowhere', op: 'equals', value: true } }),
    ]))).toEqual([
      ['show_if_not_earlier', 'first', 'questions.0.showIf.question'],
      ['show_if_not_earlier', 'self', 'questions.2.showIf.question'],
      ['show_if_unknown', 'ghost', 'questions.3.showIf.question'],
    ]);
  });

  it('refuses branching values the earlier question can never answer', () => {
    const options = [{ id: 'a', text: t('A') }, { id: 'b', text: t('B') }];
    expect(codes(def([
      q('yn', 'yes_no'), q('n', 'nps'), q('c', 'csat'), q('e', 'expectation'), q('s', 'single', { options }), q('free', 'text'),
      q('x1', 'text', { showIf: { question: 'yn', op: 'equals', value: 'yes' } }),
      q('x2', 'text', { showIf: { question: 'n', op: 'gte', value: 11 } }),
      q('x3', 'text', { showIf: { question: 'c', op: 'equals', value: 0 } }),
      q('x4', 'text', { showIf: { question: 'c', op: 'lte', value: 2.5 } }),
      q('x5', 'text', { showIf: { question: 'e', op: 'in', value: ['above', 'great'] } }),
      q('x6', 'text', { showIf: { question: 's', op: 'equals', value: 'c' } }),
      q('x7', 'text', { showIf: { question: 's', op: 'in', value: [] } }),
      q('x8', 'text', { showIf: { question: 'yn', op: 'lte', value: 1 } }),
      q('x9', 'text', { showIf: { question: 'free', op: 'equals', value: 'help' } }),
      q('x10', 'text', { showIf: { question: 'n', op: 'in', value: 6 } }),
    ])).map(([code, question]) => [code, question])).toEqual([
      ['show_if_value', 'x1'], ['show_if_value', 'x2'], ['show_if_value', 'x3'], ['show_if_value', 'x4'], ['show_if_value', 'x5'],
      ['show_if_value', 'x6'], ['show_if_value', 'x7'], ['show_if_op', 'x8'], ['show_if_op', 'x9'], ['show_if_value', 'x10'],
    ]);
  });

  it('checks each role points at an existing question of the type it reads', () => {
    expect(codes(def([q('sat', 'csat'), q('trouble', 'yes_no'), q('h', 'csat')],
      { csat: 'sat', trouble: 'trouble', handling: 'h', nps: 'missing', consulted: 'sat' }))).toEqual([
      ['role_type', 'h', 'roles.handling'],
      ['role_unknown', 'missing', 'roles.nps'],
      ['role_type', 'sat', 'roles.consulted'],
    ]);
  });

  it('wants every text in every offered language, help and intro only when given at all', () => {
    const d: SurveyDefinition = {
      intro: { ja: 'ようこそ', en: '' },
      thanks: { ja: '', en: '' },
      questions: [
        q('a', 'csat', { text: { ja: '満足度は？', en: ' ' }, help: { ja: '', en: '' } }),
        q('b', 'single', { help: { ja: '', en: 'note' }, options: [{ id: 'x', text: t('X') }, { id: 'y', text: { ja: 'Y', en: '' } }] }),
      ],
      roles: {},
    };
    const issues = validateDefinition(d, ['ja', 'en']);
    expect(issues.map((i) => [i.path, i.question])).toEqual([
      ['intro.en', null], ['questions.0.text.en', 'a'], ['questions.1.help.ja', 'b'], ['questions.1.options.1.text.en', 'b'],
    ]);
    expect(issues.every((i) => i.code === 'text_missing' && !blocksDraft(i))).toBe(true);
    expect(validateDefinition(d, ['ja']).map((i) => i.path)).toEqual([]); // only Japanese offered: nothing missing
  });
});

describe('parseDefinition', () => {
  it('names the question of a shape error by its id', () => {
    const parsed = parseDefinition({ questions: [{ id: 'ok', type: 'csat', text: t('a') }, { id: 'bad', type: 'stars', text: t('b') }] }, ['ja']);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ path: 'questions.1.type', question: 'bad', code: 'invalid' })]);
  });

  it('lets a draft with missing texts through, listing them', () => {
    const parsed = parseDefinition({ questions: [{ id: 'a', type: 'nps', text: { ja: '推奨度は？' } }] }, ['ja', 'en']);
    expect(parsed.ok).toBe(true);
    expect(parsed.issues.map((i) => i.code)).toEqual(['text_missing']);
  });

  it('blocks a draft with a broken rule', () => {
    const parsed = parseDefinition({ questions: [{ id: 'a', type: 'nps', text: t('a') }], roles: { csat: 'a' } }, ['ja']);
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'role_type', path: 'roles.csat' }] });
  });
});

describe('canTake', () => {
  it('knows the answer range of each type', () => {
    expect([0, 10, 11, -1, 5.5].map((v) => canTake(q('n', 'nps'), v))).toEqual([true, true, false, false, false]);
    expect([1, 5, 0, 6].map((v) => canTake(q('c', 'continuation'), v))).toEqual([true, true, false, false]);
    expect([true, false, 'true'].map((v) => canTake(q('y', 'yes_no'), v))).toEqual([true, true, false]);
    expect(['above', 'as', 'below', 'over'].map((v) => canTake(q('e', 'expectation'), v))).toEqual([true, true, true, false]);
    expect(canTake(q('f', 'text'), 'anything')).toBe(false);
  });
});
