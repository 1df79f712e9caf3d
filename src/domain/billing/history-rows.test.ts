import { describe, expect, it } from 'vitest';
import { mapHistoryColumns } from './history-columns.js';
import { groupHistoryRows, parseHistoryRow, type HistoryRow } from './history-rows.js';

const money = { baseCurrency: 'JPY', ratedCurrencies: new Set(['JPY', 'USD']) };

function parse(headers: string[], cells: string[], row = 2) {
  return parseHistoryRow(mapHistoryColumns(headers), headers, { row, cells }, money);
}

describe('mapHistoryColumns', () => {
  it('recognises Japanese and English headers and names the required ones missing', () => {
    const jp = mapHistoryColumns(['契約ID', '取引先ID', '変更日', 'プラン', '月額', '席数', 'ステータス', '契約終了日', 'メモ']);
    expect(jp.missing).toEqual([]);
    expect(jp.mapping).toMatchObject({ 変更日: 'effectiveOn', 月額: 'unitPrice', 契約終了日: 'endsOn', メモ: null });
    const en = mapHistoryColumns(['Subscription ID', 'Customer ID', 'Effective date', 'Plan']);
    expect(en.missing).toEqual(['unitPrice']);
  });
});

describe('parseHistoryRow', () => {
  const headers = ['契約ID', '取引先ID', '変更日', 'プラン', '単価', '数量', '通貨', '請求間隔', 'ステータス', '契約終了日'];

  it('reads a row as people write it, with defaults for what it leaves blank', () => {
    const { value, issues } = parse(headers, ['SUB-1', 'CRM-001', '2026年4月1日', 'Pro', '¥12,000', '25席', '', '年額', '', '2027/3/31']);
    expect(issues).toEqual([]);
    expect(value).toEqual({
      row: 2, subscriptionExternalId: 'SUB-1', accountExternalId: 'CRM-001', effectiveOn: '2026-04-01', product: null,
      state: {
        plan: 'Pro', quantity: 25, unitPrice: 12000, currency: 'JPY', billingInterval: 'year', intervalCount: 1,
        discountPercent: 0, status: 'active', endsOn: '2027-03-31',
      },
    });
  });

  it('reads a yen sign that a Shift_JIS file decoded as a backslash (CP932 byte 0x5C)', () => {
    const { value } = parse(headers, ['SUB-1', 'CRM-001', '2026-04-01', 'Pro', '\\500,000', '4', '', '', '', '']);
    expect(value?.state.unitPrice).toBe(500000);
  });

  it('reads a two-year term from 2年 and a cancellation from 解約', () => {
    const { value } = parse(headers, ['SUB-2', 'CRM-002', '2026-04-01', 'Enterprise', '3600000', '1', 'JPY', '2年', '解約', '']);
    expect(value?.state).toMatchObject({ billingInterval: 'multi_year', intervalCount: 2, status: 'cancelled' });
  });

  it('names every bad cell of a row', () => {
    const { value, issues } = parse(headers, ['SUB-3', '', '4月', 'Pro', '12.5', '1', 'EUR', 'monthly', 'active', '']);
    expect(value).toBeNull();
    expect(issues.map((i) => [i.column, i.code])).toEqual([['取引先ID', 'required'], ['変更日', 'invalid_date']]);
    const money2 = parse(headers, ['SUB-3', 'CRM-3', '2026-04-01', 'Pro', '12.5', '1', 'EUR', 'monthly', 'active', '']);
    expect(money2.issues.map((i) => [i.column, i.code])).toEqual([['通貨', 'invalid_value']]);
    const yen = parse(headers, ['SUB-3', 'CRM-3', '2026-04-01', 'Pro', '12.5', '1', 'JPY', 'monthly', 'active', '']);
    expect(yen.issues.map((i) => [i.column, i.code])).toEqual([['単価', 'invalid_amount']]);
  });
});

describe('groupHistoryRows', () => {
  const row = (n: number, id: string, on: string, quantity: number, account = 'CRM-1'): HistoryRow => ({
    row: n, subscriptionExternalId: id, accountExternalId: account, effectiveOn: on, product: null,
    state: { plan: 'Pro', quantity, unitPrice: 1000, currency: 'JPY', billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', endsOn: null },
  });

  it('orders each line by date and keeps the last row of a day', () => {
    const grouped = groupHistoryRows([row(2, 'S1', '2026-03-01', 5), row(3, 'S1', '2026-01-01', 3), row(4, 'S1', '2026-03-01', 6)], new Set(), '取引先ID');
    expect(grouped.lines[0]!.rows.map((r) => [r.effectiveOn, r.state.quantity])).toEqual([['2026-01-01', 3], ['2026-03-01', 6]]);
    expect(grouped.superseded).toBe(1);
  });

  it('leaves out a line whose rows name different accounts, and lines with a failed row', () => {
    const grouped = groupHistoryRows([row(2, 'S1', '2026-01-01', 1), row(3, 'S1', '2026-02-01', 2, 'CRM-2'), row(4, 'S2', '2026-01-01', 1)], new Set(['S2']), '取引先ID');
    expect(grouped.lines).toEqual([]);
    expect(grouped.issues).toEqual([expect.objectContaining({ row: 3, column: '取引先ID', code: 'invalid_value' })]);
  });
});
