/** A rate (0–1) as a percentage with one decimal, e.g. 0.4567 → "45.7%"; null → "—". */
export function percent(rate: number | null | undefined, locale: 'ja' | 'en'): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(rate);
}
