/** Workspace: name, base currency, fiscal year start (April is common in Japan), exchange rates. */
import { useState } from 'react';
import { Alert, Button, Divider, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency';
import { api, keys } from '../../api/client';
import type { WorkspaceSettings as WorkspaceSettingsData } from '../../api/types';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { QueryError } from '../../components/QueryError';
import { errorText, fieldErrors } from '../../lib/errors';
import { monthName } from '../../lib/format';
import { notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { ExchangeRatesEditor, type RateRow } from './ExchangeRatesEditor';

export function WorkspaceSettings() {
  const workspace = useQuery({ queryKey: keys.workspace, queryFn: api.workspace });
  if (workspace.isPending) return <Skeleton h={280} />;
  if (workspace.isError) return <QueryError error={workspace.error} onRetry={() => void workspace.refetch()} />;
  // Keyed by the saved settings: after a save (or a change elsewhere) the form restarts from them.
  return <WorkspaceForm key={JSON.stringify(workspace.data)} settings={workspace.data} />;
}

function WorkspaceForm({ settings }: { settings: WorkspaceSettingsData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isAdmin = useCan('workspace.admin');
  const queryClient = useQueryClient();
  const [name, setName] = useState(settings.name);
  const [base, setBase] = useState(settings.baseCurrency);
  const [month, setMonth] = useState(String(settings.fiscalYearStartMonth));
  const [rates, setRates] = useState<RateRow[]>(() => Object.entries(settings.exchangeRates).map(([currency, rate]) => ({ currency, rate })));

  const save = useMutation({
    mutationFn: () => api.updateWorkspace({
      name: name.trim(), baseCurrency: base, fiscalYearStartMonth: Number(month),
      exchangeRates: Object.fromEntries(rates.filter((r) => r.currency && typeof r.rate === 'number' && r.rate > 0).map((r) => [r.currency, r.rate])),
    }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.workspace });
      void queryClient.invalidateQueries({ queryKey: keys.me });
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      notifySaved(t('workspace.saved'));
    },
  });

  const server = fieldErrors(save.error, t);
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) }));

  return (
    <Paper p="lg" maw={760}>
      <ImeSafeForm onSubmit={() => isAdmin && save.mutate()} aria-label={t('settings.tabs.workspace')}>
        <Stack gap="md">
          {!isAdmin && <Alert color="gray" variant="light">{t('settings.readOnly')}</Alert>}
          {save.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
          <TextInput label={t('workspace.name')} value={name} disabled={!isAdmin} onChange={(e) => setName(e.currentTarget.value)} error={server.name} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('workspace.baseCurrency')} description={t('workspace.baseCurrencyHint')} data={SUPPORTED_CURRENCIES} searchable
              allowDeselect={false} disabled={!isAdmin} value={base} onChange={(v) => setBase(v ?? base)} error={server.baseCurrency} />
            <Select label={t('workspace.fiscalYearStart')} description={t('workspace.fiscalYearStartHint')} data={months}
              allowDeselect={false} disabled={!isAdmin} value={month} onChange={(v) => setMonth(v ?? month)} error={server.fiscalYearStartMonth} />
          </SimpleGrid>
          <Divider label={t('workspace.exchangeRates')} labelPosition="left" />
          <Text size="xs" c="dimmed">{t('workspace.exchangeRatesHint')}</Text>
          <ExchangeRatesEditor base={base} rows={rates} onChange={setRates} disabled={!isAdmin} />
          {isAdmin && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>{t('common.save')}</Button>
            </Group>
          )}
        </Stack>
      </ImeSafeForm>
    </Paper>
  );
}
