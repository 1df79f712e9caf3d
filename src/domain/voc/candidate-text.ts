/**
 * Whether a free-text answer or note says something a product team could act on. Surveys collect
 * many "特になし" (nothing in particular) answers; listing them as VOC candidates buries the real
 * requests, so empty-meaning answers and ones too short to carry a request are left out.
 */
const NOTHING = new Set([
  'なし', '無し', 'ない', '特になし', '特に無し', '特にない', '特にありません', 'ありません', 'とくになし', '特にございません', 'ございません',
  '現状なし', '今のところなし', '今のところ特にありません', '不明', 'わからない', 'none', 'nothing', 'no', 'n/a', 'na', 'nil', 'nope', 'not really',
  'nothing in particular', 'nothing special', 'no comment', 'no comments',
]);

/** Shorter than this (in characters, after trimming) nothing actionable fits, even in Japanese. */
export const MIN_CANDIDATE_LENGTH = 4;

/**
 * @example isSubstantive('特になし。') // false
 * @example isSubstantive('CSVで月次レポートを出力したい') // true
 */
export function isSubstantive(text: string): boolean {
  const folded = text.normalize('NFKC').trim().toLowerCase();
  const bare = folded.replace(/[\s。、．，.,!！?？・\-ー〜~「」『』()（）]+/g, ' ').trim();
  if (bare.length < MIN_CANDIDATE_LENGTH && !/[a-z]{4,}/.test(bare)) return false;
  return !NOTHING.has(bare) && !NOTHING.has(bare.replace(/\s+/g, ''));
}
