/** Product-area tags: pick from the workspace's list or type a new one (IME-safe: Enter during conversion never adds a tag). */
import { TagsInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys } from '../../api/voc';

export function AreaTagsInput({ value, onChange, label }: { value: string[]; onChange: (v: string[]) => void; label?: string }) {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: vocKeys.settings, queryFn: vocApi.settings });
  return (
    <TagsInput label={label ?? t('voc.fields.areas')} placeholder={t('voc.fields.areasPlaceholder')} value={value} onChange={onChange}
      data={settings.data?.areas ?? []} splitChars={[',', '、']} maxTags={10} clearable data-testid="voc-areas" />
  );
}
