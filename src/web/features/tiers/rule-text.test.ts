import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import ja from '../../i18n/ja.json';
import en from '../../i18n/en.json';
import { cadenceText, ruleText } from './rule-text';

async function tOf(lng: 'ja' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { ja: { translation: ja }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('rule and cadence text', () => {
  it('reads a rule as a sentence with money as money', async () => {
    const t = await tOf('ja');
    const rule = { all: [{ fact: 'arr', op: 'gte' as const, value: 3_600_000 }, { fact: 'industry', op: 'in' as const, value: ['製造', '物流'] }] };
    expect(ruleText(rule, false, 'JPY', 'ja', t)).toBe('ARR ≥ ¥3,600,000 かつ 業種 が次のいずれか: 製造、物流');
    expect(ruleText({ all: [] }, true, 'JPY', 'ja', t)).toBe('どのルールにも当てはまらない顧客（既定）');
    const en_ = await tOf('en');
    expect(ruleText({ all: [{ fact: 'plan', op: 'empty' }] }, false, 'JPY', 'en', en_)).toBe('Plan is empty');
    expect(cadenceText({ meetingEveryDays: 30, reviewEveryDays: 90, automatedOnly: false }, en_)).toBe('Meeting every 30 days · Business review every 90 days');
    expect(cadenceText({ meetingEveryDays: null, reviewEveryDays: null, automatedOnly: true }, t)).toBe('自動化のみ（メール・アプリ内ガイド）');
  });
});
