/** Search an account by name or reading (the accounts API folds kana and widths) for a mention heard by hand. */
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

export function VocAccountPicker({ value, onChange, error }: { value: string | null; onChange: (v: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({ queryKey: ['voc', 'account-picker', q], queryFn: () => api.accounts({ q: q || undefined, limit: 30, sort: 'name' }) });
  return (
    <Select label={t('voc.fields.account')} required searchable clearable value={value} onChange={onChange} error={error}
      searchValue={search} onSearchChange={setSearch} filter={({ options }) => options} nothingFoundMessage={t('voc.add.noAccount')}
      data={(found.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} data-testid="voc-account" />
  );
}
