/**
 * A survey's responses as CSV (SPEC §4: UTF-8 with a BOM, CRLF): who answered and when, the
 * extracted scores, then one column per question headed by its text, with choices, yes/no and
 * expectation answers written as words in the chosen language.
 */
import type { SurveyDefinition, SurveyLanguage, SurveyQuestion } from '../../../domain/surveys/definition.js';
import { toCsv, type Cell } from '../metrics/csv.js';
import type { ResponseRow } from './answer-store.js';

const WORDS = {
  ja: {
    header: ['回答日時', '更新日時', '取引先', '担当者', 'メール', '言語', '経路', 'NPS', '満足度', '継続意向', '推奨意向', 'トラブル', '相談', '対応評価'],
    yes: 'はい', no: 'いいえ', above: '期待以上', as: '期待通り', below: '期待以下',
  },
  en: {
    header: ['Submitted', 'Updated', 'Account', 'Contact', 'Email', 'Language', 'Source', 'NPS', 'Satisfaction', 'Continuation', 'Recommendation', 'Trouble', 'Consulted', 'Handling'],
    yes: 'Yes', no: 'No', above: 'Above expectations', as: 'As expected', below: 'Below expectations',
  },
} as const;

function answerText(q: SurveyQuestion, value: unknown, lang: SurveyLanguage): Cell {
  const w = WORDS[lang];
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (q.type === 'expectation' && (value === 'above' || value === 'as' || value === 'below')) return w[value];
  const option = (id: unknown) => q.options?.find((o) => o.id === id)?.text[lang] || String(id);
  if (q.type === 'single') return option(value);
  if (q.type === 'multi' && Array.isArray(value)) return value.map(option).join(' / ');
  return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
}

export function responsesCsv(definition: SurveyDefinition, rows: readonly ResponseRow[], lang: SurveyLanguage): string {
  const w = WORDS[lang];
  const yesNo = (v: boolean | null) => (v === null ? null : v ? w.yes : w.no);
  const handling = (v: string | null) => (v === 'above' || v === 'as' || v === 'below' ? w[v] : null);
  const header = [...w.header, ...definition.questions.map((q) => q.text[lang] || q.text.ja || q.text.en || q.id)];
  return toCsv(header, rows.map((r) => [
    r.submittedAt, r.updatedAt, r.accountName, r.contactName, r.contactEmail, r.language, r.source,
    r.nps, r.csat, r.continuation, r.recommendation, yesNo(r.trouble), yesNo(r.consulted), handling(r.handling),
    ...definition.questions.map((q) => answerText(q, r.answers[q.id], lang)),
  ]));
}
