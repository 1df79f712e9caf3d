import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import ja from '../../i18n/ja.json';
import en from '../../i18n/en.json';
import { formatMoneyCompact } from '../../lib/format';
import { reasonLine, signed } from './reason-line';

async function translator(lng: 'ja' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { ja: { translation: ja }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return (key: string, values?: Record<string, unknown>) => instance.t(key, values ?? {});
}

const reasons = [
  { kind: 'health', band: 'red', score: 38, change: -12 },
  { kind: 'arr', arr: 4_200_000 },
  { kind: 'renewal', days: 21 },
  { kind: 'overdue_tasks', count: 2 },
] as const;

describe('reasonLine', () => {
  it('writes the brief\'s example line in Japanese', async () => {
    const line = reasonLine([...reasons], await translator('ja'), (m) => formatMoneyCompact(m, 'JPY', 'ja'));
    expect(line).toBe('赤 38点（7日で−12）・ARR ¥420万・更新まで21日・期限切れタスク2件');
  });

  it('and in English', async () => {
    const line = reasonLine([...reasons], await translator('en'), (m) => formatMoneyCompact(m, 'JPY', 'en'));
    expect(line).toBe('Red 38 (−12 in 7 days) · ARR ¥4.2M · renews in 21 days · overdue tasks: 2');
  });

  it('says when there is no score, when the renewal passed, and what is due today', async () => {
    const t = await translator('ja');
    const line = reasonLine([
      { kind: 'health', band: null, score: null, change: null }, { kind: 'renewal', days: -9 }, { kind: 'renewal', days: 0 },
      { kind: 'due_today', count: 1 }, { kind: 'touch_overdue', days: 12 },
    ], t, String);
    expect(line).toBe('ヘルス未算出・更新日を9日超過・本日更新・今日期限のタスク1件・接触が12日遅れ');
  });

  it('signs changes with a real minus', () => {
    expect([signed(3), signed(-12), signed(0), signed(-2.54)]).toEqual(['+3', '−12', '±0', '−2.5']);
  });
});
