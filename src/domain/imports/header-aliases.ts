/**
 * Header names people actually use for each target field — exports from Salesforce,
 * HubSpot, kintone and hand-made Excel sheets, in Japanese and English. Matched after
 * foldHeader, so case, width, spaces, katakana/hiragana and "_-." do not matter. A plain
 * "ID" means the record's own id in each kind; an account's id in a contact or
 * subscription file is spelt with the account (取引先ID, 会社ID, account id).
 */
import type { ImportKind } from './import-kinds.js';

const ACCOUNT_LINK = ['取引先ID', '会社ID', '顧客ID', '企業ID', '取引先コード', '顧客コード', 'account id', 'account external id',
  'company id', 'customer id', 'CRM ID'];

export const HEADER_ALIASES: Readonly<Record<ImportKind, Readonly<Record<string, readonly string[]>>>> = {
  accounts: {
    externalId: ['取引先ID', '顧客ID', '会社ID', '企業ID', '取引先コード', '顧客コード', 'CRM ID', 'external id', 'account id',
      'company id', 'customer id', 'salesforce id', 'hubspot id', 'ID'],
    name: ['会社名', '企業名', '顧客名', '取引先名', '取引先', '法人名', '社名', '名称', 'account name', 'account', 'company',
      'company name', 'customer name', 'organization', 'name'],
    nameReading: ['フリガナ', 'ふりがな', 'よみがな', '読み', 'カナ', '会社名カナ', '会社名フリガナ', '企業名カナ', '顧客名カナ',
      'name reading', 'reading', 'kana', 'furigana'],
    billingId: ['請求ID', '請求先ID', '請求システムID', 'billing id', 'stripe customer id', 'stripe id'],
    productId: ['プロダクトID', 'テナントID', 'product id', 'tenant id', 'group id', 'workspace id'],
    industry: ['業種', '業界', 'industry'],
    sizeBand: ['従業員数', '従業員規模', '社員数', '規模', '企業規模', 'employees', 'employee count', 'number of employees',
      'company size', 'size band', 'size'],
    useCase: ['用途', '利用目的', '利用用途', 'ユースケース', 'use case'],
    plan: ['プラン', '契約プラン', 'プラン名', 'plan'],
    region: ['地域', 'エリア', '地方', 'region', 'area', 'territory'],
    owner: ['担当者', '担当CSM', '担当', 'CSM', '担当者名', 'カスタマーサクセス担当', 'owner', 'account owner', 'CSM owner',
      'customer success manager'],
  },
  contacts: {
    externalId: ['連絡先ID', '担当者ID', 'コンタクトID', '人物ID', 'contact id', 'external id', 'ID'],
    accountExternalId: ACCOUNT_LINK,
    name: ['氏名', '名前', '担当者名', '担当者', '氏名漢字', 'name', 'full name', 'contact name', 'contact'],
    nameReading: ['フリガナ', 'ふりがな', 'よみがな', '氏名カナ', '氏名フリガナ', 'カナ', 'name reading', 'reading', 'kana', 'furigana'],
    email: ['メール', 'メールアドレス', 'Eメール', 'mail', 'email', 'e-mail', 'email address'],
    phone: ['電話', '電話番号', 'TEL', '携帯', '携帯電話', 'phone', 'phone number', 'telephone'],
    title: ['役職', '肩書', '肩書き', '役職名', 'title', 'job title', 'position'],
    level: ['階層', 'レベル', '役職階層', 'level', 'seniority'],
    role: ['役割', '関与', '関係', 'role', 'buying role'],
    notes: ['メモ', '備考', 'notes', 'note', 'memo'],
    cadenceDays: ['接触間隔', '接触間隔日', '接触頻度', 'cadence', 'cadence days'],
    channel: ['接触チャネル', '連絡手段', 'チャネル', 'channel', 'preferred channel'],
  },
  subscriptions: {
    externalId: ['契約ID', '契約番号', 'サブスクリプションID', 'subscription id', 'contract id', 'external id', 'ID'],
    accountExternalId: ACCOUNT_LINK,
    product: ['製品', '製品名', '商品', '商品名', 'product', 'product name'],
    plan: ['プラン', 'プラン名', '契約プラン', 'plan'],
    quantity: ['数量', '席数', 'ライセンス数', 'ユーザー数', 'seats', 'quantity', 'qty', 'licenses'],
    unitPrice: ['月額', '単価', '金額', '価格', '料金', '契約金額', 'MRR', 'price', 'unit price', 'amount'],
    currency: ['通貨', 'currency'],
    billingInterval: ['請求間隔', '請求周期', '請求サイクル', '支払サイクル', '契約形態', 'billing interval', 'billing period',
      'billing cycle', 'interval'],
    intervalCount: ['契約年数', '年数', 'interval count', 'years', 'term years'],
    discountPercent: ['割引率', '値引率', '割引', 'discount', 'discount percent'],
    status: ['ステータス', '状態', '契約状況', '契約状態', 'status'],
    startedOn: ['契約開始日', '開始日', '利用開始日', 'start date', 'started on', 'start'],
    endsOn: ['契約終了日', '終了日', '更新日', '契約更新日', '次回更新日', 'renewal date', 'end date', 'ends on'],
    cancelledOn: ['解約日', 'cancelled on', 'canceled on', 'cancellation date', 'churn date'],
  },
};
