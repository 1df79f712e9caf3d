/**
 * The touch model a workspace starts with (SPEC §4: useful without configuration). Three tiers,
 * as most Japanese CS teams split their book:
 *
 * - high touch — ARR ≥ ¥3,600,000 (≥ ¥300,000 a month). At that size one account pays for a
 *   real share of a CSM's time, so a monthly meeting and a quarterly business review are
 *   affordable and expected.
 * - mid/low touch — ARR ≥ ¥600,000 (≥ ¥50,000 a month). Worth a person, but not every month: a
 *   check-in call or meeting every quarter. No business-review deadline: at this size reviews are
 *   usually one-to-many (webinars, user groups), which the timeline does not record per account.
 * - tech touch (default) — everyone else, served by automated mail, in-app guidance and
 *   playbooks. No cadence, so they never show up as "overdue".
 *
 * ARR is in minor units of the base currency (JPY has none, so yen). A workspace in another
 * currency keeps the same figures until someone edits them; the settings screen shows them.
 */
import type { AccountRule } from '../journey/account-rule.js';

export type TierLocale = 'ja' | 'en';

export interface DefaultTier {
  key: string;
  name: string;
  description: string;
  position: number;
  rule: AccountRule;
  isDefault: boolean;
  meetingEveryDays: number | null;
  reviewEveryDays: number | null;
  automatedOnly: boolean;
}

export const HIGH_TOUCH_MIN_ARR = 3_600_000;
export const MID_TOUCH_MIN_ARR = 600_000;

const TEXT = {
  ja: {
    high: ['ハイタッチ', '専任CSMが毎月の定例と四半期ごとのビジネスレビュー（QBR）で伴走します。'],
    mid: ['ロータッチ', '四半期ごとの定例（電話・オンライン会議）で支援します。ビジネスレビューはウェビナーなど1対多で行います。'],
    tech: ['テックタッチ', 'メール・アプリ内ガイド・プレイブックによる自動化された支援が中心です。'],
  },
  en: {
    high: ['High touch', 'A named CSM with a monthly meeting and a quarterly business review (QBR).'],
    mid: ['Mid/low touch', 'A check-in call or meeting every quarter; business reviews one-to-many (webinars).'],
    tech: ['Tech touch', 'Automated engagement: email, in-app guidance and playbooks.'],
  },
} as const;

export function defaultTiers(locale: TierLocale): DefaultTier[] {
  const text = TEXT[locale];
  return [
    {
      key: 'high', name: text.high[0], description: text.high[1], position: 0, isDefault: false,
      rule: { all: [{ fact: 'arr', op: 'gte', value: HIGH_TOUCH_MIN_ARR }] },
      meetingEveryDays: 30, reviewEveryDays: 90, automatedOnly: false,
    },
    {
      key: 'mid', name: text.mid[0], description: text.mid[1], position: 1, isDefault: false,
      rule: { all: [{ fact: 'arr', op: 'gte', value: MID_TOUCH_MIN_ARR }] },
      meetingEveryDays: 90, reviewEveryDays: null, automatedOnly: false,
    },
    {
      key: 'tech', name: text.tech[0], description: text.tech[1], position: 2, isDefault: true,
      rule: { all: [] }, meetingEveryDays: null, reviewEveryDays: null, automatedOnly: true,
    },
  ];
}
