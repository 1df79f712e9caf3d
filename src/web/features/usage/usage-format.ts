/** Time of use from seconds, as the usage screens show it: "12.5時間" / "12.5 h", under an hour "45分" / "45 min". */
import type { Locale } from '../../api/types';

export function formatHours(seconds: number, locale: Locale): string {
  if (seconds < 3600) {
    const minutes = Math.round(seconds / 60);
    return locale === 'ja' ? `${minutes}分` : `${minutes} min`;
  }
  const hours = seconds / 3600;
  const digits = hours >= 100 ? 0 : 1;
  const n = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits }).format(hours);
  return locale === 'ja' ? `${n}時間` : `${n} h`;
}
