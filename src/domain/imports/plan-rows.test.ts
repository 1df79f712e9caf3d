import { describe, expect, it } from 'vitest';
import { KeyRegistry } from './duplicate-keys.js';
import { ImportTally } from './import-tally.js';
import { planAccountRow, type StoredAccount } from './plan-accounts.js';
import { contactNaturalKey, planContactRow, type StoredContact } from './plan-contacts.js';
import { planSubscriptionRow, type StoredSubscription } from './plan-subscriptions.js';
import { compileRowSchema, parseRow } from './row-schema.js';
import type { ImportKind } from './import-kinds.js';

function schemaOf(kind: ImportKind, mapping: Record<string, string>) {
  return compileRowSchema({ kind, headers: Object.keys(mapping), mapping, members: [], customFields: [] });
}
const ids = () => { let n = 0; return () => `new-${++n}`; };

const storedAccount: StoredAccount = {
  id: 'acc-1', externalId: 'C-1', name: '山田商事', nameReading: 'ヤマダショウジ', billingId: null, productId: null,
  industry: 'IT', sizeBand: null, useCase: null, plan: 'Pro', region: '関東', ownerId: null, customFields: { tier: 'A' },
};

describe('planAccountRow', () => {
  const schema = schemaOf('accounts', { id: 'externalId', name: 'name', plan: 'plan', region: 'region', billing: 'billingId' });
  const lookup = (over: Partial<Parameters<typeof planAccountRow>[2]> = {}) => ({
    existing: new Map([['C-1', storedAccount]]), billingIdHolders: new Map(), productIdHolders: new Map(), newId: ids(), ...over,
  });

  it('creates an account whose external id is new, listing the fields it sets', () => {
    const plan = planAccountRow(schema, parseRow(schema, { row: 2, cells: ['C-2', '佐藤建設', 'Basic', '', ''] }), lookup());
    expect(plan).toMatchObject({ row: 2, action: 'create', id: 'new-1', key: 'C-2', changes: { externalId: [null, 'C-2'], name: [null, '佐藤建設'], plan: [null, 'Basic'] } });
  });

  it('updates only the fields that differ, and a blank cell keeps the stored value', () => {
    const plan = planAccountRow(schema, parseRow(schema, { row: 3, cells: ['C-1', '山田商事', 'Enterprise', '', ''] }), lookup());
    expect(plan).toMatchObject({ action: 'update', id: 'acc-1', changes: { plan: ['Pro', 'Enterprise'] } });
    expect(plan).toHaveProperty('next.region', '関東');
    expect(plan).toHaveProperty('next.customFields', { tier: 'A' });
  });

  it('leaves an identical row unchanged', () => {
    const plan = planAccountRow(schema, parseRow(schema, { row: 3, cells: ['C-1', '山田商事', 'Pro', '関東', ''] }), lookup());
    expect(plan).toMatchObject({ action: 'unchanged', changes: {} });
  });

  it('refuses a billing id that another account holds', () => {
    const plan = planAccountRow(schema, parseRow(schema, { row: 4, cells: ['C-2', 'B', '', '', 'cus_1'] }),
      lookup({ billingIdHolders: new Map([['cus_1', 'C-1']]) }));
    expect(plan).toEqual({ row: 4, issues: [{ row: 4, column: 'billing', code: 'taken', message: expect.stringContaining('C-1') }] });
  });
});

describe('planContactRow', () => {
  const schema = schemaOf('contacts', { 会社ID: 'accountExternalId', 氏名: 'name', メール: 'email', ID: 'externalId', 階層: 'level' });
  const stored: StoredContact = {
    id: 'con-1', externalId: null, accountId: 'acc-1', name: '山田 太郎', nameReading: null, email: 'taro@example.jp', phone: null,
    title: null, level: null, role: null, notes: null, cadenceDays: null, channel: null, customFields: {},
  };
  const lookup = (over: Partial<Parameters<typeof planContactRow>[2]> = {}) => ({
    accountIds: new Map([['C-1', 'acc-1']]), byExternalId: new Map<string, StoredContact>(),
    byAccountEmail: new Map([[contactNaturalKey('acc-1', 'taro@example.jp'), [stored]]]), newId: ids(), ...over,
  });

  it('links a contact to its account by the account external id', () => {
    const plan = planContactRow(schema, parseRow(schema, { row: 2, cells: ['C-1', '佐藤 花子', 'hanako@example.jp', 'P-9', '経営層'] }), lookup());
    expect(plan).toMatchObject({ action: 'create', key: 'P-9', next: { accountId: 'acc-1', level: 'executive', externalId: 'P-9' } });
  });

  it('reports a row whose account external id is unknown', () => {
    const plan = planContactRow(schema, parseRow(schema, { row: 6, cells: ['NOPE', '佐藤 花子', 'h@example.jp', '', ''] }), lookup());
    expect(plan).toEqual({ row: 6, issues: [{ row: 6, column: '会社ID', code: 'unknown_account', message: expect.stringContaining('NOPE') }] });
  });

  it('matches a contact without an id by account and email', () => {
    const plan = planContactRow(schema, parseRow(schema, { row: 2, cells: ['C-1', '山田 太郎', 'TARO@example.jp', '', '管理職'] }), lookup());
    expect(plan).toMatchObject({ action: 'update', id: 'con-1', changes: { level: [null, 'manager'] } });
  });

  it('refuses to guess between two contacts with the same email in one account', () => {
    const twin = { ...stored, id: 'con-2' };
    const plan = planContactRow(schema, parseRow(schema, { row: 2, cells: ['C-1', '山田 太郎', 'taro@example.jp', '', ''] }),
      lookup({ byAccountEmail: new Map([[contactNaturalKey('acc-1', 'taro@example.jp'), [stored, twin]]]) }));
    expect(plan).toMatchObject({ issues: [{ code: 'ambiguous_match', column: 'メール' }] });
  });
});

describe('planSubscriptionRow', () => {
  const schema = schemaOf('subscriptions', {
    契約ID: 'externalId', 取引先ID: 'accountExternalId', プラン: 'plan', 単価: 'unitPrice', 数量: 'quantity', 通貨: 'currency',
    請求間隔: 'billingInterval', 開始日: 'startedOn', 終了日: 'endsOn', 状態: 'status',
  });
  const stored: StoredSubscription = {
    id: 'sub-1', externalId: 'S-1', accountId: 'acc-1', product: null, plan: 'Pro', quantity: 10, unitPrice: 1000, currency: 'USD',
    billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '2025-04-01', endsOn: null,
    cancelledOn: null, mrr: 10000,
  };
  const lookup = () => ({
    accountIds: new Map([['C-1', 'acc-1']]), existing: new Map([['S-1', stored]]), baseCurrency: 'JPY',
    ratedCurrencies: new Set(['JPY', 'USD']), today: '2026-05-10', newId: ids(),
  });
  const row = (cells: string[]) => parseRow(schema, { row: 2, cells });

  it('creates a yen line with its MRR: 10 seats at ¥120,000 a seat a year is ¥100,000 a month (mrr.ts, year ÷12)', () => {
    const plan = planSubscriptionRow(schema, row(['S-2', 'C-1', 'Pro', '¥120,000', '10', '', '年額', '2026/4/1', '2027/3/31', '有効']), lookup());
    expect(plan).toMatchObject({ action: 'create', next: { unitPrice: 120000, currency: 'JPY', billingInterval: 'year', mrr: 100000, startedOn: '2026-04-01' } });
  });

  it('reads the price in the stored line currency when the row gives none ($12.50 is 1250 cents)', () => {
    const plan = planSubscriptionRow(schema, row(['S-1', 'C-1', 'Pro', '12.50', '10', '', '', '2025/4/1', '', '']), lookup());
    expect(plan).toMatchObject({ action: 'update', changes: { unitPrice: [1000, 1250], mrr: [10000, 12500] } });
  });

  it('refuses more decimals than the currency has, and an end before the start', () => {
    const plan = planSubscriptionRow(schema, row(['S-2', 'C-1', 'Pro', '100.5', '1', 'JPY', '', '2026/4/1', '2026/3/31', '']), lookup());
    expect(plan).toMatchObject({ issues: [{ column: '単価', code: 'invalid_amount' }, { column: '終了日', code: 'invalid_date' }] });
  });

  it('counts a cancelled line as zero MRR, cancelled on the run date when the row gives no date', () => {
    const plan = planSubscriptionRow(schema, row(['S-1', 'C-1', 'Pro', '10', '10', '', '', '2025/4/1', '', '解約']), lookup());
    expect(plan).toMatchObject({ action: 'update', changes: { status: ['active', 'cancelled'], mrr: [10000, 0], cancelledOn: [null, '2026-05-10'] } });
  });

  it('refuses a currency the workspace has no exchange rate for, and a multi-year term without years', () => {
    const plan = planSubscriptionRow(schema, row(['S-3', 'C-1', 'Pro', '10', '1', 'EUR', '複数年', '2026/4/1', '', '']), lookup());
    expect(plan).toMatchObject({ issues: [{ column: '通貨', code: 'invalid_value' }, { column: '請求間隔', code: 'invalid_value' }] });
  });
});

describe('KeyRegistry', () => {
  it('reports the later of two rows with one external id and keeps the first', () => {
    const schema = schemaOf('accounts', { id: 'externalId', name: 'name' });
    const registry = new KeyRegistry();
    expect(registry.claim(schema, parseRow(schema, { row: 2, cells: ['C-1', 'A'] }))).toEqual([]);
    expect(registry.claim(schema, parseRow(schema, { row: 9, cells: ['C-1', 'B'] }))).toEqual([
      { row: 9, column: 'id', code: 'duplicate_in_file', message: expect.stringContaining('row 2') },
    ]);
  });

  it('keys contacts without an id by account and email', () => {
    const schema = schemaOf('contacts', { a: 'accountExternalId', n: 'name', e: 'email' });
    const registry = new KeyRegistry();
    registry.claim(schema, parseRow(schema, { row: 2, cells: ['C-1', 'X', 'x@example.jp'] }));
    expect(registry.claim(schema, parseRow(schema, { row: 3, cells: ['C-2', 'X', 'x@example.jp'] }))).toEqual([]);
    expect(registry.claim(schema, parseRow(schema, { row: 4, cells: ['C-1', 'X', 'X@example.jp'] }))).toHaveLength(1);
  });
});

describe('ImportTally', () => {
  it('counts failed rows once however many issues they have, and keeps the first issues only', () => {
    const tally = new ImportTally(3);
    tally.addIssues([{ row: 2, column: 'a', code: 'required', message: 'x' }, { row: 2, column: 'b', code: 'required', message: 'x' }]);
    tally.addIssues([{ row: 3, column: 'a', code: 'required', message: 'x' }, { row: 3, column: 'b', code: 'required', message: 'x' }]);
    expect([tally.failedRows, tally.errorCount, tally.errors.length]).toEqual([2, 4, 3]);
  });
});
