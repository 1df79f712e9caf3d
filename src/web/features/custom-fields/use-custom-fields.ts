/** Custom field definitions for one entity, with the label in the UI language. */
import { useQuery } from '@tanstack/react-query';
import { api, keys } from '../../api/client';
import type { CustomFieldDef, Locale } from '../../api/types';

export function useCustomFields(entity?: CustomFieldDef['entity']) {
  const query = useQuery({ queryKey: keys.customFields, queryFn: api.customFields, staleTime: 60_000 });
  const items = (query.data?.items ?? []).filter((d) => !entity || d.entity === entity);
  return { ...query, items };
}

export function customFieldLabel(def: CustomFieldDef, locale: Locale): string {
  return locale === 'ja' ? def.labelJa : def.labelEn;
}
