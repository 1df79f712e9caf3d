/**
 * Choose accounts by hand: a searchable multi-select whose options come from the server's account
 * search (NFKC and kana folding, so 「ｱｵﾊﾞ」 finds 青葉 with a reading), debounced. Mantine's
 * combobox ignores Enter while an IME is composing, so typing Japanese never picks an option early.
 */
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../../api/client';

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
}

export function AccountPick({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [names, setNames] = useState<Record<string, string>>({});
  const found = useQuery({
    queryKey: keys.accountList({ q: debounced, limit: 30 }),
    queryFn: () => api.accounts({ q: debounced || undefined, limit: 30 }),
    placeholderData: keepPreviousData,
  });
  const options = new Map<string, string>(value.map((id) => [id, names[id] ?? id]));
  for (const a of found.data?.items ?? []) options.set(a.id, a.name);
  return (
    <MultiSelect label={t('surveyDistribution.picker.accounts')} searchable clearable data-testid="pick-accounts"
      placeholder={value.length === 0 ? t('surveyDistribution.picker.accountsHint') : undefined}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      searchValue={search} onSearchChange={setSearch} filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? '…' : t('surveyDistribution.picker.noAccounts')}
      value={value}
      onChange={(ids) => {
        setNames((known) => ({ ...known, ...Object.fromEntries(ids.map((id) => [id, options.get(id) ?? known[id] ?? id])) }));
        onChange(ids);
      }} />
  );
}
