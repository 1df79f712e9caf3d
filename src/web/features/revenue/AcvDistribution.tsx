/** The workspace's accounts per ACV band beside the published distribution (HiCustomer in yen, SaaS Capital in dollars). */
import { useMemo, useState } from 'react';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { metricsCsvUrl, type AcvReport } from '../../api/metrics';
import { useFormat } from '../../lib/use-format';
import { ChartCard } from './ChartCard';
import { acvOption } from './chart-options';
import { CsvButton } from './CsvButton';
import { EChart } from './EChart';
import { useChartFormatters } from './use-chart-formatters';

export function AcvDistribution({ acv }: { acv: AcvReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = useChartFormatters(acv.currency);
  const [setId, setSetId] = useState<string | null>(null);
  const bandSet = acv.bandSets.find((s) => s.id === setId) ?? acv.bandSets[0];
  const option = useMemo(() => (bandSet ? acvOption(bandSet, (text) => text[format.locale],
    { own: t('revenue.acv.own'), published: t('revenue.acv.published') }, f) : null), [bandSet, format.locale, t, f]);
  return (
    <ChartCard title={t('revenue.charts.acv')} metric="acv" testId="chart-acv"
      controls={<>
        {acv.bandSets.length > 1 && (
          <SegmentedControl size="xs" value={bandSet?.id ?? ''} onChange={setSetId}
            data={acv.bandSets.map((s) => ({ value: s.id, label: s.currency }))} />
        )}
        <CsvButton href={metricsCsvUrl('/metrics/acv', { on: acv.on })} fileName={`acv-${acv.on}.csv`} />
      </>}>
      <Group gap="lg" mb="xs">
        <Text size="xs" c="dimmed">{t('revenue.acv.median')}: <b>{format.money(acv.stats.median === null ? null : Math.round(acv.stats.median), acv.currency)}</b></Text>
        <Text size="xs" c="dimmed">{t('revenue.acv.mean')}: <b>{format.money(acv.stats.mean === null ? null : Math.round(acv.stats.mean), acv.currency)}</b></Text>
        <Text size="xs" c="dimmed">{t('revenue.acv.accounts')}: <b>{format.number(acv.stats.accounts)}</b></Text>
      </Group>
      {option ? <EChart option={option} height={240} /> : <Text size="sm" c="dimmed">—</Text>}
      {bandSet && (
        <Text size="xs" c="dimmed" mt={4}>{t('revenue.source', { name: bandSet.source.name[format.locale], year: bandSet.source.year })}</Text>
      )}
    </ChartCard>
  );
}
