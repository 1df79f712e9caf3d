/** Search and filters above the accounts list. */
import { Button, ColorSwatch, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_STATUSES, SIZE_BANDS } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import { ImeSearchInput } from '../../components/ImeSearchInput';
import { formatSizeBand } from '../../lib/format';
import { useLocale } from '../../lib/use-format';
import { useOwnerOptions } from '../members/use-members';
import { BAND_COLORS } from '../health/account/band-colors';
import { HEALTH_FILTERS, type useAccountFilters } from './use-account-filters';

type Filters = ReturnType<typeof useAccountFilters>;

export function AccountFilters({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const facets = useQuery({ queryKey: keys.accountFacets, queryFn: api.accountFacets, staleTime: 60_000 });
  const owners = useOwnerOptions();
  const locale = useLocale();
  const { query, update, clear, activeFilters } = filters;
  const common = { clearable: true, size: 'sm' as const, w: 140, comboboxProps: { width: 220 } };

  return (
    <Group gap="xs" mb="md" wrap="wrap" align="flex-end">
      <ImeSearchInput
        w={280}
        value={query.q ?? ''}
        onSearch={(q) => update({ q })}
        placeholder={t('accounts.searchPlaceholder')}
        aria-label={t('accounts.search')}
      />
      <Select {...common} aria-label={t('fields.owner')} placeholder={t('fields.owner')} searchable
        data={[{ value: 'none', label: t('accounts.unassigned') }, ...owners]}
        value={query.owner ?? null} onChange={(v) => update({ owner: v })} />
      <Select {...common} aria-label={t('fields.plan')} placeholder={t('fields.plan')} searchable
        data={facets.data?.plans ?? []} value={query.plan ?? null} onChange={(v) => update({ plan: v })} />
      <Select {...common} aria-label={t('fields.industry')} placeholder={t('fields.industry')} searchable
        data={facets.data?.industries ?? []} value={query.industry ?? null} onChange={(v) => update({ industry: v })} />
      <Select {...common} aria-label={t('fields.sizeBand')} placeholder={t('fields.sizeBand')}
        data={SIZE_BANDS.map((b) => ({ value: b, label: formatSizeBand(b, locale) }))}
        value={query.sizeBand ?? null} onChange={(v) => update({ sizeBand: v })} />
      <Select {...common} aria-label={t('fields.status')} placeholder={t('fields.status')}
        data={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`accountStatus.${s}`) }))}
        value={query.status ?? null} onChange={(v) => update({ status: v })} />
      <Select {...common} w={130} aria-label={t('accounts.health')} placeholder={t('accounts.health')}
        data={HEALTH_FILTERS.map((h) => ({ value: h, label: h === 'none' ? t('accountHealth.notScored') : t(`accountHealth.band.${h}`) }))}
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap">
            <ColorSwatch size={10} withShadow={false}
              color={option.value === 'none' ? 'var(--mantine-color-gray-4)' : `var(--mantine-color-${BAND_COLORS[option.value as keyof typeof BAND_COLORS]}-6)`} />
            <span>{option.label}</span>
          </Group>
        )}
        value={query.health ?? null} onChange={(v) => update({ health: v })} />
      {activeFilters > 0 && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={clear}>
          {t('accounts.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
