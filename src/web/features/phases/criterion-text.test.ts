import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import ja from '../../i18n/ja.json';
import en from '../../i18n/en.json';
import { criterionText, sawText } from './criterion-text';

async function translator(lng: 'ja' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { ja: { translation: ja }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('criterion text', () => {
  it('reads the default criteria in natural Japanese and English', async () => {
    const ja = await translator('ja');
    const en = await translator('en');
    const adopt = { kind: 'score_and_time', op: 'gte', value: 60, days: 60, since: 'subscription_start' } as const;
    expect(criterionText(adopt, ja)).toBe('ヘルススコア 60以上・契約開始から60日経過');
    expect(criterionText(adopt, en)).toBe('Health score ≥ 60 and 60 days since the subscription started');
    expect(criterionText({ kind: 'renewal_within', days: 90 }, ja)).toBe('更新日まで90日以内');
    expect(criterionText({ kind: 'measure_threshold', measureId: 'active_ratio', op: 'lt', value: 0.5 }, en, () => 'Active users ÷ seats'))
      .toBe('Active users ÷ seats < 0.5');
    expect(criterionText(null, ja)).toBe('手動で移動（自動では入らない）');
  });

  it('says what a transition saw', async () => {
    const ja = await translator('ja');
    expect(sawText({ score: 72.456, days: 64, since: 'phase_entered' }, ja)).toBe('スコア 72.46・経過 64日');
    expect(sawText({ daysToRenewal: null }, ja)).toBe('更新まで —');
  });
});
