/** Timeline words for VOC entries on an account: a mention added to an item, or removed from it. */
import type { TFunction } from 'i18next';

export function vocEventText(event: string, data: Record<string, unknown>, t: TFunction): string {
  const title = typeof data.itemTitle === 'string' ? data.itemTitle : '';
  return event === 'voc.unmentioned' ? t('voc.events.unmentioned', { title }) : t('voc.events.mentioned', { title });
}
