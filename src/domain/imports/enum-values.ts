/**
 * The words people write in enumerated columns, in Japanese and English, for each value
 * Kizuna stores (SPEC §2). Matched after foldWord, so 有効 / ＡＣＴＩＶＥ / active all match.
 */
import { foldForSearch } from '../text/normalize.js';
import type { ContactChannel, ContactLevel, ContactRole } from '../accounts/fields.js';
import type { BillingInterval, SubscriptionStatus } from '../subscriptions/mrr.js';

/** foldForSearch, with the separators people vary ("_", "-", ".", "・", "/") removed too. */
export function foldWord(text: string): string {
  return foldForSearch(text).replace(/[_\-.・/:]/g, '');
}

export const SUBSCRIPTION_STATUS_WORDS: Readonly<Record<SubscriptionStatus, readonly string[]>> = {
  trial: ['trial', 'trialing', 'トライアル', 'お試し', '試用', '試用中', 'トライアル中', 'PoC'],
  active: ['active', '有効', '契約中', '利用中', '稼働中', 'アクティブ', '継続', '継続中', 'live'],
  past_due: ['past due', 'past_due', '未払い', '支払遅延', '支払い遅延', '延滞', 'overdue', 'unpaid'],
  paused: ['paused', '停止', '停止中', '休止', '休止中', '一時停止', 'suspended', 'on hold'],
  cancelled: ['cancelled', 'canceled', '解約', '解約済', '解約済み', 'キャンセル', '終了', '契約終了', 'churned', 'ended', 'inactive', '無効'],
};

export const BILLING_INTERVAL_WORDS: Readonly<Record<BillingInterval, readonly string[]>> = {
  day: ['day', 'daily', '日', '日次', '日額', '毎日'],
  week: ['week', 'weekly', '週', '週次', '週額', '毎週'],
  month: ['month', 'monthly', 'mo', '月', '月額', '月次', '毎月', '月払い', '月契約', '1ヶ月', '1か月', '1カ月', 'ヶ月', 'か月'],
  quarter: ['quarter', 'quarterly', '四半期', '3ヶ月', '3か月', '3カ月', '3ヵ月', '四半期払い'],
  year: ['year', 'yearly', 'annual', 'annually', 'yr', '年', '年額', '年次', '年間', '毎年', '年払い', '年契約', '1年'],
  multi_year: ['multi year', 'multi_year', 'multiyear', '複数年', '複数年契約'],
};

export const CONTACT_LEVEL_WORDS: Readonly<Record<ContactLevel, readonly string[]>> = {
  executive: ['executive', 'exec', 'c-level', 'c level', 'director', '経営層', '経営者', '経営', '役員', '経営陣', 'エグゼクティブ'],
  manager: ['manager', 'management', 'mgr', '管理職', 'マネージャー', 'マネジャー', 'ミドル', '部長', '課長'],
  end_user: ['end user', 'end_user', 'user', 'staff', 'member', '現場', '担当者', '一般', '現場担当', 'メンバー', '利用者', 'エンドユーザー'],
};

export const CONTACT_ROLE_WORDS: Readonly<Record<ContactRole, readonly string[]>> = {
  decision_maker: ['decision maker', 'decision_maker', 'dm', '決裁者', '意思決定者', '決定権者', 'キーマン'],
  champion: ['champion', '推進者', 'チャンピオン', '推進役', '旗振り役'],
  project_member: ['project member', 'project_member', 'プロジェクトメンバー', 'PJメンバー', 'PJ', '導入担当', '導入メンバー'],
  end_user: ['end user', 'end_user', 'user', 'エンドユーザー', '利用者', 'ユーザー', '現場'],
};

export const CONTACT_CHANNEL_WORDS: Readonly<Record<ContactChannel, readonly string[]>> = {
  meeting: ['meeting', 'in person', 'visit', '対面', '訪問', '面談'],
  online_meeting: ['online meeting', 'online_meeting', 'online', 'video', 'web meeting', 'zoom', 'teams', 'オンライン', 'オンライン会議', 'web会議', 'ウェブ会議'],
  phone: ['phone', 'call', 'tel', '電話'],
  email: ['email', 'e-mail', 'mail', 'メール'],
  chat: ['chat', 'slack', 'チャット'],
};

const indexes = new WeakMap<object, Map<string, string>>();

/**
 * The stored value a written word stands for, or null.
 * @example matchWord(SUBSCRIPTION_STATUS_WORDS, '解約') === 'cancelled'
 */
export function matchWord<T extends string>(table: Readonly<Record<T, readonly string[]>>, text: string): T | null {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
      for (const word of [value, ...words]) {
        const folded = foldWord(word);
        if (!index.has(folded)) index.set(folded, value);
      }
    }
    indexes.set(table, index);
  }
  return (index.get(foldWord(text)) as T | undefined) ?? null;
}

/** Billing interval with its count: "2年" is a two-year multi-year term, "3ヶ月" a quarter. */
export function matchInterval(text: string): { interval: BillingInterval; count: number } | null {
  const years = /^(\d+)\s*(年|年間|年契約|years?|yr)$/i.exec(text.normalize('NFKC').trim());
  if (years) {
    const n = Number(years[1]);
    if (n >= 2) return { interval: 'multi_year', count: n };
    if (n === 1) return { interval: 'year', count: 1 };
    return null;
  }
  const interval = matchWord(BILLING_INTERVAL_WORDS, text);
  return interval ? { interval, count: 1 } : null;
}
