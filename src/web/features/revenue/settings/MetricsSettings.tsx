/**
 * Settings › Metrics (admins): the contested choices that change every revenue number —
 * churn recognition, reactivation gap, CAC and gross margin — and dated exchange rates.
 * After a change every metrics query refetches, so the dashboard shows the new numbers.
 */
import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Radio, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { metricsApi, metricsKeys, type ChurnRecognition, type MetricSettings } from '../../../api/metrics';
import { ImeSafeForm } from '../../../components/ImeSafeForm';
import { QueryError } from '../../../components/QueryError';
import { errorText, fieldErrors } from '../../../lib/errors';
import { toMajor, toMinor } from '../../../lib/format';
import { notifySaved } from '../../../lib/notify';
import { ExchangeRatesTable } from './ExchangeRatesTable';

export function MetricsSettings() {
  const settings = useQuery({ queryKey: metricsKeys.settings, queryFn: metricsApi.settings });
  if (settings.isPending) return <Skeleton h={320} />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Stack gap="lg" maw={760}>
      <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
      <ExchangeRatesTable baseCurrency={settings.data.baseCurrency} />
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: MetricSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const currency = settings.baseCurrency;
  const [churn, setChurn] = useState<ChurnRecognition>(settings.churnRecognition);
  const [gap, setGap] = useState<number | ''>(settings.reactivationGapDays);
  const [cac, setCac] = useState<number | ''>(settings.cac === null ? '' : toMajor(settings.cac, currency));
  const [margin, setMargin] = useState<number | ''>(settings.grossMarginPercent ?? '');

  const save = useMutation({
    mutationFn: () => metricsApi.updateSettings({
      churnRecognition: churn,
      reactivationGapDays: gap === '' ? 0 : gap,
      cac: cac === '' ? null : toMinor(cac, currency),
      grossMarginPercent: margin === '' ? null : margin,
    }),
    onSuccess: () => {
      // Every figure depends on these choices (and the definitions quote them).
      void queryClient.invalidateQueries({ queryKey: metricsKeys.all });
      notifySaved(t('revenue.settings.saved'));
    },
  });
  const server = fieldErrors(save.error, t);

  return (
    <Paper p="lg" data-testid="metrics-settings">
      <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('revenue.settings.title')}>
        <Stack gap="md">
          <div>
            <Title order={4} fz={16}>{t('revenue.settings.title')}</Title>
            <Text size="sm" c="dimmed">{t('revenue.settings.subtitle')}</Text>
          </div>
          {save.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
          <Radio.Group label={t('revenue.settings.churnRecognition')} description={t('revenue.settings.churnRecognitionHint')}
            value={churn} onChange={(v) => setChurn(v === 'cancellation' ? 'cancellation' : 'period_end')} error={server.churnRecognition}>
            <Stack gap={6} mt={6}>
              <Radio value="period_end" label={t('revenue.settings.periodEnd')} />
              <Radio value="cancellation" label={t('revenue.settings.atCancellation')} />
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('revenue.settings.reactivationGap')} description={t('revenue.settings.reactivationGapHint')}
              min={0} max={3650} allowDecimal={false} value={gap} onChange={(v) => setGap(typeof v === 'number' ? v : '')}
              suffix={t('revenue.settings.days')} error={server.reactivationGapDays} />
            <NumberInput label={t('revenue.settings.cac')} description={t('revenue.settings.cacHint')} min={0} thousandSeparator=","
              prefix={currency === 'JPY' ? '¥' : undefined} allowDecimal={currency !== 'JPY'} value={cac}
              onChange={(v) => setCac(typeof v === 'number' ? v : '')} error={server.cac} />
            <NumberInput label={t('revenue.settings.grossMargin')} description={t('revenue.settings.grossMarginHint')} min={0} max={100}
              decimalScale={2} suffix="%" value={margin} onChange={(v) => setMargin(typeof v === 'number' ? v : '')} error={server.grossMarginPercent} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </ImeSafeForm>
    </Paper>
  );
}
