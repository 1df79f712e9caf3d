/**
 * Field issues as the server sends them (server/http/validation.ts, whose test makes the same
 * shapes from real Zod failures) read in Japanese and English with the app's translation files.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import ja from '../i18n/ja.json';
import { fieldIssueText, type FieldIssueLike } from './field-issue-text';

async function translator(lng: 'ja' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { ja: { translation: ja }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

const issue = (code: string, params?: FieldIssueLike['params']): FieldIssueLike => ({ message: `server words for ${code}`, code, ...(params ? { params } : {}) });

const ISSUES: Record<string, FieldIssueLike> = {
  name: issue('too_small', { origin: 'string', minimum: 1, inclusive: true }),
  code: issue('too_small', { origin: 'string', minimum: 3, inclusive: true }),
  title: issue('too_big', { origin: 'string', maximum: 200, inclusive: true }),
  quantity: issue('invalid_type', { expected: 'int', missing: false }),
  amount: issue('invalid_type', { expected: 'number', missing: false }),
  plan: issue('invalid_type', { expected: 'string', missing: true }),
  price: issue('too_small', { origin: 'number', minimum: 0, inclusive: false }),
  seats: issue('too_big', { origin: 'number', maximum: 1000, inclusive: true }),
  tags: issue('too_big', { origin: 'array', maximum: 3, inclusive: true }),
  owners: issue('too_small', { origin: 'array', minimum: 1, inclusive: true }),
  email: issue('invalid_format', { format: 'email' }),
  url: issue('invalid_format', { format: 'url' }),
  ownerId: issue('invalid_format', { format: 'uuid' }),
  startedOn: issue('invalid_format', { format: 'date' }),
  key: issue('invalid_format', { format: 'regex' }),
  status: issue('invalid_value', { values: 'active, churned' }),
  step: issue('not_multiple_of', { divisor: 5 }),
  '(body)': issue('unrecognized_keys', { keys: 'extra' }),
};

const textsIn = async (lng: 'ja' | 'en') => {
  const t = await translator(lng);
  return Object.fromEntries(Object.entries(ISSUES).map(([path, i]) => [path, fieldIssueText(t, i)]));
};

describe('field issues in the UI language', () => {
  it('says each failed check in Japanese, with its limit', async () => {
    expect(await textsIn('ja')).toEqual({
      name: '入力してください', code: '3文字以上で入力してください', title: '200文字以内で入力してください',
      quantity: '整数で入力してください', amount: '数値で入力してください', plan: '入力してください',
      price: '0より大きくしてください', seats: '1000以下にしてください', tags: '3件までにしてください', owners: '1件以上選んでください',
      email: 'メールアドレスの形式が正しくありません', url: 'URLの形式が正しくありません（https://…）', ownerId: 'IDの形式が正しくありません',
      startedOn: '日付はYYYY-MM-DDの形式で入力してください', key: '形式が正しくありません',
      status: '選択肢から選んでください', step: '5の倍数にしてください', '(body)': '不明な項目です: extra',
    });
  });

  it('and in English', async () => {
    expect(await textsIn('en')).toMatchObject({
      name: 'Required', title: 'Enter at most 200 characters', seats: 'Must be 1000 or less', price: 'Must be more than 0',
      owners: 'Choose at least 1', plan: 'Required', status: 'Choose one of the options', startedOn: 'Enter a date as YYYY-MM-DD',
    });
  });

  it('keeps the server\'s message when there is no code or no words for it', async () => {
    const t = await translator('ja');
    expect(fieldIssueText(t, { message: 'not a member of this workspace' })).toBe('not a member of this workspace');
    expect(fieldIssueText(t, issue('invalid_union'))).toBe('server words for invalid_union');
    expect(fieldIssueText(t, issue('too_small', { origin: 'date', minimum: 1 }))).toBe('server words for too_small');
  });
});
