/**
 * One line saying why a playbook fired, in Japanese or English: the reason on the tasks it
 * creates, the {{trigger.reason}} field of its emails and webhooks, and the run log.
 * The web app uses the same text, so a task and the run that made it say the same thing.
 */
import type { PlaybookTrigger } from './trigger.js';

export type Locale = 'ja' | 'en';

const BAND = { ja: { red: '赤', yellow: '黄', green: '緑' }, en: { red: 'red', yellow: 'yellow', green: 'green' } } as const;

function num(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(value ?? '—');
}

function band(value: unknown, locale: Locale): string {
  return value === 'red' || value === 'yellow' || value === 'green' ? BAND[locale][value] : num(value);
}

type Detail = Record<string, unknown>;
type Describer = (d: Detail, t: PlaybookTrigger) => string;

const JA: Record<PlaybookTrigger['type'], Describer> = {
  health_band_entered: (d) => `ヘルススコアが${band(d.band, 'ja')}（${num(d.score)}点）になりました`,
  health_score_below: (d) => `ヘルススコア${num(d.score)}点が閾値${num(d.threshold)}点を下回りました`,
  health_drop: (d) => `ヘルススコアが${num(d.days)}日以内に${num(d.drop)}点低下しました（${num(d.from)}→${num(d.score)}点）`,
  phase_entered: (d) => `フェーズ「${num(d.phase)}」に入りました`,
  renewal_within: (d) => `更新日（${num(d.renewalDate)}）まで${num(d.daysToRenewal)}日です`,
  usage_drop: (d) => `${d.event ? `「${num(d.event)}」の` : ''}利用が前週比${num(d.percent)}%減少しました（${num(d.lastWeek)}→${num(d.thisWeek)}件）`,
  nps_detractor: (d) => `NPS回答が${num(d.nps)}点（批判者）でした`,
  handoff_incomplete: (d) => `引き継ぎの充足度が${num(d.completeness)}%で、基準の${num(d.below)}%未満です`,
  goal_overdue: (d) => `期日を過ぎた未達成のゴールが${num(d.count)}件あります`,
  goal_review_overdue: (d) => `レビュー予定日を過ぎたゴールが${num(d.count)}件あります`,
  no_touch: (d) => `${d.kind === 'review' ? 'ビジネスレビュー' : 'ミーティング'}の実施間隔を${num(d.daysOverdue)}日超過しています`,
  custom_event: (d) => `イベント「${num(d.event)}」が発生しました（${num(d.day)}）`,
};

const EN: Record<PlaybookTrigger['type'], Describer> = {
  health_band_entered: (d) => `Health turned ${band(d.band, 'en')} (${num(d.score)} points)`,
  health_score_below: (d) => `Health score ${num(d.score)} fell below ${num(d.threshold)}`,
  health_drop: (d) => `Health score fell ${num(d.drop)} points within ${num(d.days)} days (${num(d.from)} → ${num(d.score)})`,
  phase_entered: (d) => `Entered the phase "${num(d.phase)}"`,
  renewal_within: (d) => `Renewal on ${num(d.renewalDate)} is ${num(d.daysToRenewal)} days away`,
  usage_drop: (d) => `${d.event ? `Usage of "${num(d.event)}"` : 'Usage'} fell ${num(d.percent)}% week over week (${num(d.lastWeek)} → ${num(d.thisWeek)} events)`,
  nps_detractor: (d) => `NPS answer of ${num(d.nps)} (detractor)`,
  handoff_incomplete: (d) => `Handoff completeness ${num(d.completeness)}% is below ${num(d.below)}%`,
  goal_overdue: (d) => `${num(d.count)} success goal(s) past due and not achieved`,
  goal_review_overdue: (d) => `${num(d.count)} success goal review(s) overdue`,
  no_touch: (d) => `${d.kind === 'review' ? 'Business review' : 'Meeting'} cadence overdue by ${num(d.daysOverdue)} days`,
  custom_event: (d) => `Event "${num(d.event)}" seen (${num(d.day)})`,
};

/** Why a playbook fired, from its trigger and what the trigger saw. */
export function describeFiring(trigger: PlaybookTrigger, detail: Detail, locale: Locale): string {
  return (locale === 'en' ? EN : JA)[trigger.type](detail, trigger);
}
