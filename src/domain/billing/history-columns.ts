/**
 * The columns of a subscription-history CSV: one row per dated change of a line, giving the
 * line's whole state from that date (SPEC §3.1, "Billing … or from CSV"). Headers are matched
 * as the import wizard matches them (foldHeader: width, case, kana and separators folded),
 * with the subscriptions import's aliases for the fields both files share, so an export from
 * a billing system or a hand-kept spreadsheet needs no mapping step.
 */
import { HEADER_ALIASES } from '../imports/header-aliases.js';
import { foldHeader } from '../imports/suggest-mapping.js';

export const HISTORY_FIELDS = [
  'subscriptionExternalId', 'accountExternalId', 'effectiveOn', 'plan', 'unitPrice', 'quantity', 'currency',
  'billingInterval', 'intervalCount', 'discountPercent', 'status', 'endsOn', 'product',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface HistoryFieldInfo {
  labelJa: string;
  labelEn: string;
  required: boolean;
  aliases: readonly string[];
}

const shared = HEADER_ALIASES.subscriptions;

export const HISTORY_FIELD_INFO: Readonly<Record<HistoryField, HistoryFieldInfo>> = {
  subscriptionExternalId: { labelJa: '契約ID', labelEn: 'Subscription external id', required: true, aliases: shared.externalId ?? [] },
  accountExternalId: { labelJa: '取引先ID', labelEn: 'Account external id', required: true, aliases: shared.accountExternalId ?? [] },
  effectiveOn: {
    labelJa: '適用日', labelEn: 'Effective date', required: true,
    aliases: ['変更日', '適用開始日', '発効日', '変更適用日', '日付', '年月日', 'effective on', 'effective date', 'change date', 'date', 'as of'],
  },
  plan: { labelJa: 'プラン', labelEn: 'Plan', required: true, aliases: shared.plan ?? [] },
  unitPrice: { labelJa: '単価', labelEn: 'Unit price', required: true, aliases: shared.unitPrice ?? [] },
  quantity: { labelJa: '数量（席数）', labelEn: 'Quantity (seats)', required: false, aliases: shared.quantity ?? [] },
  currency: { labelJa: '通貨', labelEn: 'Currency', required: false, aliases: shared.currency ?? [] },
  billingInterval: { labelJa: '請求間隔', labelEn: 'Billing interval', required: false, aliases: shared.billingInterval ?? [] },
  intervalCount: { labelJa: '契約年数', labelEn: 'Years per term', required: false, aliases: shared.intervalCount ?? [] },
  discountPercent: { labelJa: '割引率', labelEn: 'Discount %', required: false, aliases: shared.discountPercent ?? [] },
  status: { labelJa: 'ステータス', labelEn: 'Status', required: false, aliases: shared.status ?? [] },
  endsOn: {
    labelJa: '契約期間終了日', labelEn: 'Term end', required: false,
    aliases: [...(shared.endsOn ?? []), '期間終了日', 'term end', 'period end', 'current period end'],
  },
  product: { labelJa: '製品', labelEn: 'Product', required: false, aliases: shared.product ?? [] },
};

export interface HistoryColumns {
  /** header → field, or null for a column that is not read */
  mapping: Record<string, HistoryField | null>;
  /** field → its column's index */
  indexOf: Partial<Record<HistoryField, number>>;
  /** required fields no column provides */
  missing: HistoryField[];
}

let aliasIndex: Map<string, HistoryField> | null = null;

function aliases(): Map<string, HistoryField> {
  if (aliasIndex) return aliasIndex;
  aliasIndex = new Map();
  for (const field of HISTORY_FIELDS) {
    const info = HISTORY_FIELD_INFO[field];
    for (const name of [field, info.labelJa, info.labelEn, ...info.aliases]) {
      const folded = foldHeader(name);
      if (!aliasIndex.has(folded)) aliasIndex.set(folded, field);
    }
  }
  return aliasIndex;
}

/**
 * Which column holds which field; a field goes to the first column that names it.
 * @example mapHistoryColumns(['契約ID', '取引先ID', '変更日', 'プラン', '単価']).missing // []
 */
export function mapHistoryColumns(headers: readonly string[]): HistoryColumns {
  const mapping: HistoryColumns['mapping'] = {};
  const indexOf: HistoryColumns['indexOf'] = {};
  headers.forEach((header, index) => {
    const field = aliases().get(foldHeader(header)) ?? null;
    const free = field !== null && indexOf[field] === undefined;
    mapping[header] = free ? field : null;
    if (free) indexOf[field] = index;
  });
  const missing = HISTORY_FIELDS.filter((f) => HISTORY_FIELD_INFO[f].required && indexOf[f] === undefined);
  return { mapping, indexOf, missing };
}
