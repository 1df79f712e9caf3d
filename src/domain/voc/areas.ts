/**
 * Product-area tags of VOC items. The workspace keeps its own list in voc_settings; until it
 * saves one, these defaults (the areas Japanese B2B SaaS teams most often triage by) are offered.
 * Items may carry tags outside the list: the list only orders the picker.
 */
export const DEFAULT_VOC_AREAS = ['レポート', '連携/API', '権限管理', 'モバイル', '通知', 'データ取込', 'UI/操作性', '請求'] as const;

export const AREA_MAX_LENGTH = 40;
export const AREAS_PER_ITEM_MAX = 10;

/**
 * Tags as stored: NFKC-folded (so full-width "ＡＰＩ" and "API" are one tag), trimmed, inner
 * whitespace collapsed, empty ones dropped, duplicates removed keeping the first.
 * @example normaliseAreas([' レポート ', 'ＡＰＩ', 'API']) // ['レポート', 'API']
 */
export function normaliseAreas(areas: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of areas) {
    const tag = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
    if (tag === '' || seen.has(tag)) continue;
    seen.add(tag);
    out.push(tag);
  }
  return out;
}
