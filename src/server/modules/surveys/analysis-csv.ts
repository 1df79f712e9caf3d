/**
 * The CX tree as CSV (SPEC §4: UTF-8 with a BOM, CRLF), for a spreadsheet or a report: one row per leaf with n, its
 * share of the classified responses and the mean satisfaction, mean continuation intent and NPS, each with its 95%
 * interval (blank where it cannot be computed), then the responses that could not be classified. Headers and leaf
 * names in Japanese or English.
 */
import type { CxLeaf, SurveyLanguage } from '../../../domain/surveys/definition.js';
import type { CxTree } from '../../../domain/surveys/cx-tree.js';
import type { Estimate } from '../../../domain/surveys/stats.js';
import { toCsv, type Cell } from '../metrics/csv.js';

const WORDS: Record<SurveyLanguage, { header: string[]; leaf: Record<CxLeaf, string>; unclassified: string }> = {
  ja: {
    header: [
      'グループ', '回答数', '割合', '割合 95%下限', '割合 95%上限',
      '満足度 平均', '満足度 95%下限', '満足度 95%上限', '継続意向 平均', '継続意向 95%下限', '継続意向 95%上限',
      'NPS', 'NPS 95%下限', 'NPS 95%上限',
    ],
    leaf: {
      no_trouble: 'トラブルなし', not_consulted: 'トラブルあり・相談せず', above: '相談・期待以上の対応', as: '相談・期待どおりの対応', below: '相談・期待以下の対応',
    },
    unclassified: '分類できない回答（割合の計算から除外）',
  },
  en: {
    header: [
      'Group', 'Responses', 'Share', 'Share 95% low', 'Share 95% high',
      'Satisfaction mean', 'Satisfaction 95% low', 'Satisfaction 95% high', 'Continuation mean', 'Continuation 95% low', 'Continuation 95% high',
      'NPS', 'NPS 95% low', 'NPS 95% high',
    ],
    leaf: {
      no_trouble: 'No trouble', not_consulted: 'Trouble, did not consult', above: 'Consulted: above expectations',
      as: 'Consulted: as expected', below: 'Consulted: below expectations',
    },
    unclassified: 'Not classifiable (left out of the shares)',
  },
};

const rounded = (digits: number) => (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** value, low, high of an estimate (blank cells when there is none); 1–5 means clipped to the scale like the UI. */
function estimateCells(e: Estimate | null, round: (x: number) => number, bounds?: [number, number]): Cell[] {
  if (!e) return [null, null, null];
  const clip = (x: number) => (bounds ? Math.min(bounds[1], Math.max(bounds[0], x)) : x);
  return [round(e.value), round(clip(e.low)), round(clip(e.high))];
}

export function cxTreeCsv(tree: CxTree, lang: SurveyLanguage): string {
  const w = WORDS[lang];
  const rows: Cell[][] = tree.leaves.map((l) => [
    w.leaf[l.leaf], l.n,
    ...estimateCells(l.share, rounded(6)),
    ...estimateCells(l.satisfaction, rounded(4), [1, 5]),
    ...estimateCells(l.continuation, rounded(4), [1, 5]),
    ...estimateCells(l.nps, rounded(2)),
  ]);
  rows.push([w.unclassified, tree.unclassified, ...Array<Cell>(w.header.length - 2).fill(null)]);
  return toCsv(w.header, rows);
}
