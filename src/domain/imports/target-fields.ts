/**
 * The fields a CSV column can be mapped to, per import kind, with their labels in both
 * languages — the import wizard lists these. `required` fields must be mapped before a job
 * can run. Columns may also map to a workspace's custom fields as `customFields.<key>`.
 */
import type { ImportKind } from './import-kinds.js';

export interface TargetField {
  key: string;
  labelJa: string;
  labelEn: string;
  required: boolean;
}

const field = (key: string, labelJa: string, labelEn: string, required = false): TargetField =>
  ({ key, labelJa, labelEn, required });

export const TARGET_FIELDS: Readonly<Record<ImportKind, readonly TargetField[]>> = {
  accounts: [
    field('externalId', '取引先ID（CRM ID）', 'External id (CRM id)', true),
    field('name', '会社名', 'Account name', true),
    field('nameReading', 'フリガナ', 'Reading (furigana)'),
    field('billingId', '請求システムID', 'Billing id'),
    field('productId', 'プロダクトID', 'Product id'),
    field('industry', '業種', 'Industry'),
    field('sizeBand', '従業員規模', 'Employees'),
    field('useCase', '用途', 'Use case'),
    field('plan', 'プラン', 'Plan'),
    field('region', '地域', 'Region'),
    field('owner', '担当CSM', 'Owner (CSM)'),
  ],
  contacts: [
    field('externalId', '連絡先ID', 'External id'),
    field('accountExternalId', '取引先ID', 'Account external id', true),
    field('name', '氏名', 'Name', true),
    field('nameReading', 'フリガナ', 'Reading (furigana)'),
    field('email', 'メールアドレス', 'Email'),
    field('phone', '電話番号', 'Phone'),
    field('title', '役職', 'Title'),
    field('level', '階層', 'Level'),
    field('role', '役割', 'Role'),
    field('notes', 'メモ', 'Notes'),
    field('cadenceDays', '接触間隔（日）', 'Contact cadence (days)'),
    field('channel', '接触チャネル', 'Channel'),
  ],
  subscriptions: [
    field('externalId', '契約ID', 'Subscription external id', true),
    field('accountExternalId', '取引先ID', 'Account external id', true),
    field('product', '製品', 'Product'),
    field('plan', 'プラン', 'Plan', true),
    field('quantity', '数量（席数）', 'Quantity (seats)'),
    field('unitPrice', '単価', 'Unit price', true),
    field('currency', '通貨', 'Currency'),
    field('billingInterval', '請求間隔', 'Billing interval'),
    field('intervalCount', '契約年数', 'Years per term'),
    field('discountPercent', '割引率', 'Discount %'),
    field('status', 'ステータス', 'Status'),
    field('startedOn', '契約開始日', 'Start date', true),
    field('endsOn', '契約終了日（更新日）', 'End / renewal date'),
    field('cancelledOn', '解約日', 'Cancelled on'),
  ],
};

export const CUSTOM_FIELD_PREFIX = 'customFields.';

/** Which custom-field entity a kind's rows carry (subscriptions have none). */
export const CUSTOM_FIELD_ENTITY: Readonly<Record<ImportKind, 'account' | 'contact' | null>> = {
  accounts: 'account',
  contacts: 'contact',
  subscriptions: null,
};

export function customFieldTarget(key: string): string {
  return `${CUSTOM_FIELD_PREFIX}${key}`;
}

/** The custom-field key of a target like "customFields.contract_type", or null for a core field. */
export function customFieldKeyOf(target: string): string | null {
  return target.startsWith(CUSTOM_FIELD_PREFIX) ? target.slice(CUSTOM_FIELD_PREFIX.length) : null;
}
