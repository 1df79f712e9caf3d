/**
 * The demo vendor's world: what it sells and at what price, and how its customers are
 * spread over industries, regions and sizes. Industry, region and use-case values are stored
 * in Japanese (what the list filters show a Japanese CS team); plan names in English, as
 * Japanese SaaS price pages usually print them.
 */
import type { SizeBand } from '../accounts/fields.js';

export const VENDOR_NAME = '絆クラウド株式会社';
export const MAIN_PRODUCT = '絆クラウド';
export const USD_RATE = 150;

/** ACV bands follow HiCustomer 2023 (reference/metrics.md): MRR ¥10k–50k is the most common band. */
export const MIN_ACCOUNT_MRR_JPY = 10_000;
export const MAX_ACCOUNT_MRR_JPY = 2_000_000;

export const PLAN_NAMES = ['Starter', 'Standard', 'Pro', 'Enterprise'] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

/** Monthly list price per seat: yen, and US cents for accounts billed in dollars. */
export const SEAT_PRICE: Record<PlanName, { JPY: number; USD: number }> = {
  Starter: { JPY: 1_500, USD: 1_000 },
  Standard: { JPY: 3_000, USD: 2_000 },
  Pro: { JPY: 5_000, USD: 3_500 },
  Enterprise: { JPY: 8_000, USD: 5_500 },
};

/** Yearly prepayment costs ten months ("2ヶ月分お得"); a three-year contract a further 15% less. */
export const MONTHS_BILLED_PER_YEAR = 10;
export const MULTI_YEAR_FACTOR = 0.85;

export interface AddOn {
  product: string;
  plan: string;
  monthly: { JPY: number; USD: number };
}

export const ADD_ONS: readonly AddOn[] = [
  { product: '分析オプション', plan: 'Analytics', monthly: { JPY: 30_000, USD: 20_000 } },
  { product: 'プレミアムサポート', plan: 'Premium Support', monthly: { JPY: 50_000, USD: 35_000 } },
];

export const INDUSTRIES = [
  '製造', 'IT・通信', '小売', '金融', '医療', '物流', '不動産', '教育', '人材', '建設', 'サービス',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_WEIGHTS: ReadonlyArray<readonly [Industry, number]> = [
  ['製造', 20], ['IT・通信', 18], ['小売', 10], ['金融', 7], ['医療', 7], ['物流', 8],
  ['不動産', 7], ['教育', 5], ['人材', 7], ['建設', 6], ['サービス', 5],
];

export const REGIONS: ReadonlyArray<{ name: string; weight: number; areaCode: string }> = [
  { name: '関東', weight: 42, areaCode: '03' },
  { name: '関西', weight: 18, areaCode: '06' },
  { name: '中部', weight: 13, areaCode: '052' },
  { name: '九州', weight: 9, areaCode: '092' },
  { name: '東北', weight: 5, areaCode: '022' },
  { name: '中国', weight: 5, areaCode: '082' },
  { name: '北海道', weight: 5, areaCode: '011' },
  { name: '四国', weight: 3, areaCode: '087' },
];

export const USE_CASES = [
  '営業案件管理', '顧客サポート', 'ワークフロー電子化', '社内ナレッジ共有', 'プロジェクト管理', '契約管理',
] as const;

export interface SizeProfile {
  band: SizeBand;
  weight: number;
  seats: readonly [number, number];
  contacts: readonly [number, number];
  plans: ReadonlyArray<readonly [PlanName, number]>;
}

export const SIZE_PROFILES: readonly SizeProfile[] = [
  { band: '1-49', weight: 22, seats: [5, 25], contacts: [2, 4], plans: [['Starter', 70], ['Standard', 28], ['Pro', 2]] },
  { band: '50-99', weight: 20, seats: [10, 50], contacts: [3, 4], plans: [['Starter', 40], ['Standard', 50], ['Pro', 10]] },
  { band: '100-299', weight: 25, seats: [15, 80], contacts: [3, 5], plans: [['Starter', 12], ['Standard', 55], ['Pro', 30], ['Enterprise', 3]] },
  { band: '300-999', weight: 18, seats: [30, 150], contacts: [4, 6], plans: [['Standard', 35], ['Pro', 50], ['Enterprise', 15]] },
  { band: '1000-4999', weight: 11, seats: [50, 200], contacts: [4, 7], plans: [['Standard', 10], ['Pro', 50], ['Enterprise', 40]] },
  { band: '5000+', weight: 4, seats: [80, 220], contacts: [5, 8], plans: [['Pro', 30], ['Enterprise', 70]] },
];

export const DEPARTMENTS = [
  '情報システム部', '営業部', '経営企画部', '総務部', '人事部', 'カスタマーサポート部', 'DX推進室', '業務改革部',
] as const;

export const EXECUTIVE_TITLES = ['代表取締役', '取締役', '執行役員', '常務取締役', 'CIO'] as const;
export const MANAGER_TITLES = ['部長', '課長', 'マネージャー', '室長', 'グループリーダー'] as const;
export const END_USER_TITLES = ['担当', '主任', '係長', 'リーダー', 'スタッフ'] as const;
