import { describe, expect, it } from 'vitest';
import { foldHeader, suggestMapping, type ImportCustomField } from './suggest-mapping.js';
import { validateMapping } from './validate-mapping.js';

const contractType: ImportCustomField = { key: 'contract_type', labelJa: '契約形態', labelEn: 'Contract type', type: 'text', options: null };

describe('suggestMapping', () => {
  it('maps the Japanese headers of a typical CRM export of accounts', () => {
    const headers = ['取引先ID', '会社名', 'フリガナ', '業種', '従業員数', 'プラン', '地域', '用途', '担当CSM', '備考'];
    expect(suggestMapping('accounts', headers, [])).toEqual({
      取引先ID: 'externalId', 会社名: 'name', フリガナ: 'nameReading', 業種: 'industry', 従業員数: 'sizeBand',
      プラン: 'plan', 地域: 'region', 用途: 'useCase', 担当CSM: 'owner', 備考: null,
    });
  });

  it('maps English headers regardless of case, width, spacing and separators', () => {
    const headers = ['External_ID', 'Company Name', 'INDUSTRY', 'ｅｍｐｌｏｙｅｅｓ', 'account-owner', 'Use case'];
    expect(suggestMapping('accounts', headers, [])).toEqual({
      External_ID: 'externalId', 'Company Name': 'name', INDUSTRY: 'industry', ｅｍｐｌｏｙｅｅｓ: 'sizeBand',
      'account-owner': 'owner', 'Use case': 'useCase',
    });
  });

  it('ignores required markers and matches katakana headers typed in hiragana or half-width', () => {
    expect(suggestMapping('accounts', ['会社名（必須）', 'ﾌﾘｶﾞﾅ', '顧客ID*'], [])).toEqual({
      '会社名（必須）': 'name', ﾌﾘｶﾞﾅ: 'nameReading', '顧客ID*': 'externalId',
    });
    expect(suggestMapping('accounts', ['ふりがな'], [])).toEqual({ ふりがな: 'nameReading' });
  });

  it('reads an account id column in a contacts file as the link to the account, and a plain ID as the contact', () => {
    const headers = ['ID', '会社ID', '氏名', 'メールアドレス', '役職', '電話番号', '階層', '役割'];
    expect(suggestMapping('contacts', headers, [])).toEqual({
      ID: 'externalId', 会社ID: 'accountExternalId', 氏名: 'name', メールアドレス: 'email', 役職: 'title',
      電話番号: 'phone', 階層: 'level', 役割: 'role',
    });
  });

  it('maps subscription columns, including 月額 and 更新日', () => {
    const headers = ['契約ID', '取引先ID', 'プラン', '月額', '席数', '通貨', '請求間隔', 'ステータス', '契約開始日', '更新日'];
    expect(suggestMapping('subscriptions', headers, [])).toEqual({
      契約ID: 'externalId', 取引先ID: 'accountExternalId', プラン: 'plan', 月額: 'unitPrice', 席数: 'quantity',
      通貨: 'currency', 請求間隔: 'billingInterval', ステータス: 'status', 契約開始日: 'startedOn', 更新日: 'endsOn',
    });
  });

  it('maps a column to a custom field by its key or label when no core field claims it', () => {
    expect(suggestMapping('accounts', ['契約形態', 'contract_type'], [contractType])).toEqual({
      契約形態: 'customFields.contract_type', contract_type: null,
    });
  });

  it('gives a target to the first column only', () => {
    expect(suggestMapping('accounts', ['会社名', '企業名'], [])).toEqual({ 会社名: 'name', 企業名: null });
  });
});

describe('foldHeader', () => {
  it('folds width, case, kana and separators', () => {
    expect(foldHeader('ＣＲＭ＿ＩＤ')).toBe(foldHeader('crm id'));
    expect(foldHeader('カナ')).toBe(foldHeader('かな'));
  });
});

describe('validateMapping', () => {
  const headers = ['会社名', '企業名', '取引先ID', 'メモ'];

  it('accepts a mapping with every required field once', () => {
    expect(validateMapping('accounts', headers, { 会社名: 'name', 取引先ID: 'externalId', 企業名: null }, [])).toEqual([]);
  });

  it('names a required field left unmapped and a field mapped from two columns', () => {
    const issues = validateMapping('accounts', headers, { 会社名: 'name', 企業名: 'name' }, []);
    expect(issues.map((i) => i.path).sort()).toEqual(['externalId', 'name']);
    expect(issues.find((i) => i.path === 'name')?.message).toContain('会社名, 企業名');
  });

  it('names unknown columns and targets, including undefined custom fields', () => {
    const issues = validateMapping('accounts', headers,
      { 会社名: 'name', 取引先ID: 'externalId', メモ: 'customFields.nope', 住所: 'region', 企業名: 'revenue' }, []);
    expect(issues.map((i) => i.path).sort()).toEqual(['mapping.メモ', 'mapping.企業名', 'mapping.住所']);
  });

  it('asks a contacts mapping for an id or an email column to match by', () => {
    const issues = validateMapping('contacts', ['会社ID', '氏名'], { 会社ID: 'accountExternalId', 氏名: 'name' }, []);
    expect(issues).toEqual([{ path: 'externalId', message: expect.stringContaining('email') }]);
  });
});
