/** A stored custom value as text for the profile view. */
import type { TFunction } from 'i18next';
import type { CustomFieldDef, Locale } from '../../api/types';
import { formatDate, formatNumber } from '../../lib/format';

export function formatCustomValue(def: CustomFieldDef, value: unknown, locale: Locale, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (def.type) {
    case 'number': return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    case 'date': return typeof value === 'string' ? formatDate(value, locale) : String(value);
    case 'boolean': return value === true ? t('common.yes') : t('common.no');
    default: return String(value);
  }
}
