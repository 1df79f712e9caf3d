import { describe, expect, it } from 'vitest';
import { isSubstantive } from './candidate-text.js';

describe('free text worth a VOC candidate', () => {
  it('leaves out answers that say there is nothing, in Japanese and English, whatever the punctuation or width', () => {
    for (const text of ['特になし', '特になし。', ' 特に ありません ', 'なし', 'ＮＯＮＥ', 'Nothing in particular.', 'n/a', '-', '', '  '])
      expect(isSubstantive(text), text).toBe(false);
  });

  it('leaves out answers too short to hold a request', () => {
    expect(isSubstantive('良い')).toBe(false);
  });

  it('keeps real requests and pains, short Japanese ones included', () => {
    for (const text of ['CSVで月次レポートを出力したい', 'SSO対応', 'スマホで見づらい', 'Please add an export to Excel'])
      expect(isSubstantive(text), text).toBe(true);
  });
});
