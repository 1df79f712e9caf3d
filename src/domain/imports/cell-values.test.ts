import { describe, expect, it } from 'vitest';
import { isAmountText, parseCurrency, parseDate, parseEmail, parseInteger, parsePercent, parseSizeBand } from './cell-values.js';
import { matchInterval, matchWord, CONTACT_LEVEL_WORDS, CONTACT_ROLE_WORDS, SUBSCRIPTION_STATUS_WORDS } from './enum-values.js';
import { parseAmount } from '../money/currency.js';

describe('parseDate', () => {
  it.each([
    ['2026/4/1', '2026-04-01'], ['2026-04-01', '2026-04-01'], ['2026年4月1日', '2026-04-01'], ['２０２６／０４／０１', '2026-04-01'],
    ['2026.4.1', '2026-04-01'], ['20260401', '2026-04-01'], ['2026/04/01 0:00', '2026-04-01'], ['2026-04-01T09:30:00Z', '2026-04-01'],
    ['2026/4/1(水)', '2026-04-01'], ['令和8年4月1日', '2026-04-01'], ['R8.4.1', '2026-04-01'], ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
  ])('reads %s as %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('reads Excel serial numbers (days since 1899-12-30: 45658 is 2025-01-01 in Excel)', () => {
    expect(parseDate('45658')).toBe('2025-01-01');
    expect(parseDate('46113')).toBe('2026-04-01');
  });

  it.each(['2026/2/30', '2026/13/1', 'next week', '2026', '4/1', ''])('refuses %s', (text) => expect(parseDate(text)).toBeNull());
});

describe('amounts', () => {
  it('accepts the ways people write prices and converts by the currency (parseAmount, currency.ts)', () => {
    for (const text of ['¥12,000', '12000円', '１２，０００', '￥12,000']) {
      expect(isAmountText(text)).toBe(true);
      expect(parseAmount(text, 'JPY')).toBe(12000);
    }
    expect(parseAmount('1,200.50', 'USD')).toBe(120050);
    expect(parseAmount('1,200.50', 'JPY')).toBeNull();
  });

  it('refuses words and negative prices', () => {
    expect(isAmountText('free')).toBe(false);
    expect(isAmountText('-100')).toBe(false);
  });
});

describe('numbers, percentages, currencies, emails', () => {
  it('reads whole numbers with separators, full-width digits and units', () => {
    expect(parseInteger('１，２００')).toBe(1200);
    expect(parseInteger('25席')).toBe(25);
    expect(parseInteger('10 seats')).toBe(10);
    expect(parseInteger('2.5')).toBeNull();
  });

  it('reads percentages from 0 to 100', () => {
    expect(parsePercent('10%')).toBe(10);
    expect(parsePercent('12.5')).toBe(12.5);
    expect(parsePercent('120')).toBeNull();
  });

  it('reads currency codes and Japanese names', () => {
    expect(parseCurrency('jpy')).toBe('JPY');
    expect(parseCurrency('円')).toBe('JPY');
    expect(parseCurrency('ドル')).toBe('USD');
    expect(parseCurrency('XYZ')).toBeNull();
  });

  it('lower-cases and width-folds emails', () => {
    expect(parseEmail('Taro.Yamada＠Example.co.jp')).toBe('taro.yamada@example.co.jp');
    expect(parseEmail('taro at example')).toBeNull();
  });
});

describe('parseSizeBand (SIZE_BANDS: 1-49, 50-99, 100-299, 300-999, 1000-4999, 5000+)', () => {
  it.each([
    ['250', '100-299'], ['250名', '100-299'], ['1,200人', '1000-4999'], ['49', '1-49'], ['50', '50-99'], ['5000', '5000+'],
    ['100-299', '100-299'], ['100〜299名', '100-299'], ['5000名以上', '5000+'], ['50名未満', '1-49'], ['5000+', '5000+'],
    ['３００', '300-999'],
  ])('maps %s to %s', (text, band) => expect(parseSizeBand(text)).toBe(band));

  it.each(['100-500', '1000名以上', '0', 'large'])('refuses %s, which does not fall in one band', (text) => expect(parseSizeBand(text)).toBeNull());
});

describe('enumerated words', () => {
  it('reads subscription statuses in Japanese and English', () => {
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, '有効')).toBe('active');
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, 'トライアル')).toBe('trial');
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, '解約')).toBe('cancelled');
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, 'Canceled')).toBe('cancelled');
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, 'ＡＣＴＩＶＥ')).toBe('active');
    expect(matchWord(SUBSCRIPTION_STATUS_WORDS, 'maybe')).toBeNull();
  });

  it('reads billing intervals, with the years of a multi-year term', () => {
    expect(matchInterval('月額')).toEqual({ interval: 'month', count: 1 });
    expect(matchInterval('monthly')).toEqual({ interval: 'month', count: 1 });
    expect(matchInterval('年')).toEqual({ interval: 'year', count: 1 });
    expect(matchInterval('Annual')).toEqual({ interval: 'year', count: 1 });
    expect(matchInterval('yearly')).toEqual({ interval: 'year', count: 1 });
    expect(matchInterval('3ヶ月')).toEqual({ interval: 'quarter', count: 1 });
    expect(matchInterval('2年')).toEqual({ interval: 'multi_year', count: 2 });
    expect(matchInterval('fortnightly')).toBeNull();
  });

  it('reads contact levels and roles', () => {
    expect(matchWord(CONTACT_LEVEL_WORDS, '経営層')).toBe('executive');
    expect(matchWord(CONTACT_LEVEL_WORDS, '管理職')).toBe('manager');
    expect(matchWord(CONTACT_LEVEL_WORDS, '担当者')).toBe('end_user');
    expect(matchWord(CONTACT_LEVEL_WORDS, 'End User')).toBe('end_user');
    expect(matchWord(CONTACT_ROLE_WORDS, '決裁者')).toBe('decision_maker');
    expect(matchWord(CONTACT_ROLE_WORDS, 'チャンピオン')).toBe('champion');
    expect(matchWord(CONTACT_ROLE_WORDS, '推進者')).toBe('champion');
    expect(matchWord(CONTACT_ROLE_WORDS, 'decision maker')).toBe('decision_maker');
  });
});
