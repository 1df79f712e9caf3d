/** A KPI over equal windows before and after an initiative's start date, with the change and whether it is better. */
import { useState } from 'react';
import { Badge, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { metricsApi, metricsKeys } from '../../../api/metrics';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFormat } from '../../../lib/use-format';
import { formatRate, formatRatio } from '../metric-format';
import { TARGET_KPIS } from './kpi-keys';
import { useKpiValue } from './use-kpi-value';

const signOf = (value: number) => (value > 0 ? '+' : '');
const VERDICT_COLOR = { better: 'teal', worse: 'red', unchanged: 'gray' } as const;

export function BeforeAfterForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const [kpi, setKpi] = useState<string | null>('nrr');
  const [start, setStart] = useState<string | null>(null);
  const [months, setMonths] = useState<number | ''>(3);
  const query = kpi && start && months !== '' ? { kpi, start, months } : null;
  const report = useQuery({
    queryKey: metricsKeys.beforeAfter(query ?? { kpi: '', start: '', months: 0 }),
    queryFn: () => metricsApi.beforeAfter(query ?? { kpi: '', start: '', months: 0 }),
    enabled: query !== null,
  });
  const show = useKpiValue(report.data?.currency ?? 'JPY');
  // A change in a rate is in percentage points (100.0% → 105.2% is +5.2 pt, not +5.2%).
  const differenceText = (unit: string, difference: number | null) => {
    if (difference === null) return '—';
    if (unit === 'rate') return `${signOf(difference)}${formatRatio(difference * 100, format.locale)} pt`;
    return `${signOf(difference)}${show(unit, difference)}`;
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="before-after">
      <Title order={4} fz={16} mb={4}>{t('revenue.beforeAfter.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('revenue.beforeAfter.hint')}</Text>
      <Group gap="xs" align="flex-end" mb="md" wrap="wrap">
        <Select w={200} label="KPI" searchable value={kpi} onChange={setKpi} data={TARGET_KPIS.map((k) => ({ value: k, label: t(`revenue.kpiKeys.${k}`) }))} />
        <DateInput w={150} label={t('revenue.beforeAfter.start')} value={start} onChange={setStart} valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} />
        <NumberInput w={110} label={t('revenue.beforeAfter.months')} min={1} max={24} allowDecimal={false} value={months} onChange={(v) => setMonths(typeof v === 'number' ? v : '')} />
      </Group>
      {query === null ? <Text size="sm" c="dimmed">{t('revenue.beforeAfter.pick')}</Text>
        : report.isPending ? <TableSkeleton rows={3} />
          : report.isError ? <QueryError error={report.error} />
            : (
              <Stack gap="sm">
                <SimpleGrid cols={2}>
                  {(['before', 'after'] as const).map((side) => (
                    <Paper key={side} withBorder p="sm" radius="sm">
                      <Text size="xs" c="dimmed">{t(`revenue.beforeAfter.${side}`)} · {format.date(report.data.windows[side].start)} – {format.date(report.data.windows[side].end)}</Text>
                      <Text fz={22} fw={700}>{show(report.data.unit, report.data[side])}</Text>
                    </Paper>
                  ))}
                </SimpleGrid>
                <Group gap="sm">
                  <Text size="sm">{t('revenue.beforeAfter.difference')}: <b>{differenceText(report.data.unit, report.data.difference)}</b>
                    {report.data.relativeChange !== null && ` (${signOf(report.data.relativeChange)}${formatRate(report.data.relativeChange, format.locale)})`}</Text>
                  {report.data.verdict && <Badge color={VERDICT_COLOR[report.data.verdict]} variant="light">{t(`revenue.beforeAfter.${report.data.verdict}`)}</Badge>}
                  {!report.data.windows.complete && <Text size="xs" c="dimmed">{t('revenue.targets.toDate')}</Text>}
                </Group>
              </Stack>
            )}
    </Paper>
  );
}
