import { describe, expect, it } from 'vitest';
import { compileRowSchema, parseRow } from './row-schema.js';
import type { ImportCustomField } from './suggest-mapping.js';

const members = [
  { userId: 'u-sato', email: 'sato@example.com', name: '佐藤 花子' },
  { userId: 'u-suzuki1', email: 'suzuki1@example.com', name: '鈴木 一郎' },
  { userId: 'u-suzuki2', email: 'suzuki2@example.com', name: '鈴木 一郎' },
];
const renewalRisk: ImportCustomField = { key: 'renewal_risk', labelJa: '更新リスク', labelEn: 'Renewal risk', type: 'select', options: ['低', '中', '高'] };
const kickoff: ImportCustomField = { key: 'kickoff', labelJa: 'キックオフ日', labelEn: 'Kickoff', type: 'date', options: null };

const accountHeaders = ['取引先ID', '会社名', '従業員数', '担当CSM', '更新リスク', 'キックオフ日'];
const accounts = compileRowSchema({
  kind: 'accounts', headers: accountHeaders, members, customFields: [renewalRisk, kickoff],
  mapping: { 取引先ID: 'externalId', 会社名: 'name', 従業員数: 'sizeBand', 担当CSM: 'owner', 更新リスク: 'customFields.renewal_risk', キックオフ日: 'customFields.kickoff' },
});

describe('parseRow', () => {
  it('turns a good row into stored-field values, owner matched by name and custom fields typed', () => {
    const parsed = parseRow(accounts, { row: 2, cells: ['C-001', '株式会社さくらテック', '250名', '佐藤花子', '中', '2026年4月1日'] });
    expect(parsed).toEqual({
      row: 2,
      values: { externalId: 'C-001', name: '株式会社さくらテック', sizeBand: '100-299', ownerId: 'u-sato' },
      customFields: { renewal_risk: '中', kickoff: '2026-04-01' },
      issues: [],
    });
  });

  it('matches an owner by email, case-insensitively', () => {
    expect(parseRow(accounts, { row: 2, cells: ['C-1', 'A', '', 'SATO@example.com'] }).values.ownerId).toBe('u-sato');
  });

  it('leaves blank cells out, so they change nothing', () => {
    expect(parseRow(accounts, { row: 2, cells: ['C-1', 'A', '', '', '', ''] }).values).toEqual({ externalId: 'C-1', name: 'A' });
  });

  it('reports every problem of a row with its row number and column, not just the first', () => {
    const parsed = parseRow(accounts, { row: 7, cells: ['', '', 'huge', '鈴木一郎', 'とても高い', '2026/02/30'] });
    expect(parsed.issues).toEqual([
      { row: 7, column: '従業員数', code: 'invalid_value', message: expect.stringContaining('"huge"') },
      { row: 7, column: '担当CSM', code: 'ambiguous_match', message: expect.stringContaining('鈴木一郎') },
      { row: 7, column: '更新リスク', code: 'custom_field', message: expect.stringContaining('低, 中, 高') },
      { row: 7, column: 'キックオフ日', code: 'invalid_date', message: expect.stringContaining('2026/02/30') },
      { row: 7, column: '取引先ID', code: 'required', message: 'is required' },
      { row: 7, column: '会社名', code: 'required', message: 'is required' },
    ]);
  });

  it('reports an owner who is not a member', () => {
    expect(parseRow(accounts, { row: 3, cells: ['C-1', 'A', '', '田中'] }).issues).toEqual([
      { row: 3, column: '担当CSM', code: 'unknown_owner', message: expect.stringContaining('田中') },
    ]);
  });

  it('reports cells beyond the header, the mark of an unquoted comma', () => {
    const parsed = parseRow(accounts, { row: 4, cells: ['C-1', 'Acme', ' Inc.', '', '', '', 'oops'] });
    expect(parsed.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, '従業員数', 'invalid_value'], [4, null, 'extra_cells'],
    ]);
  });

  it('takes the years of "2年" as the interval count unless a column gives it', () => {
    const subs = compileRowSchema({
      kind: 'subscriptions', headers: ['請求間隔', '契約年数'], members: [], customFields: [],
      mapping: { 請求間隔: 'billingInterval', 契約年数: 'intervalCount' },
    });
    expect(parseRow(subs, { row: 2, cells: ['2年', ''] }).values).toMatchObject({ billingInterval: 'multi_year', intervalCount: 2 });
    expect(parseRow(subs, { row: 2, cells: ['2年', '3'] }).values).toMatchObject({ billingInterval: 'multi_year', intervalCount: 3 });
  });

  it('asks a contact row for an id or an email', () => {
    const contacts = compileRowSchema({
      kind: 'contacts', headers: ['会社ID', '氏名', 'メール'], members: [], customFields: [],
      mapping: { 会社ID: 'accountExternalId', 氏名: 'name', メール: 'email' },
    });
    expect(parseRow(contacts, { row: 5, cells: ['C-1', '山田 太郎', ''] }).issues).toEqual([
      { row: 5, column: 'メール', code: 'required', message: expect.stringContaining('email') },
    ]);
    expect(parseRow(contacts, { row: 5, cells: ['C-1', '山田 太郎', 'Taro@Example.jp'] }).values)
      .toEqual({ accountExternalId: 'C-1', name: '山田 太郎', email: 'taro@example.jp' });
  });
});
