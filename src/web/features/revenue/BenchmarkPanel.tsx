/** The workspace's own figures placed on the published bands, with source and year (SPEC §3.11). */
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkFigure, MetricsDashboard } from '../../api/metrics';
import { useFormat } from '../../lib/use-format';
import { ChartCard } from './ChartCard';
import { formatRate, formatRatio } from './metric-format';

const STANDING_COLOR = { better: 'teal', worse: 'red', equal: 'gray' } as const;

export function BenchmarkPanel({ benchmarks }: { benchmarks: MetricsDashboard['benchmarks'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartCard title={t('revenue.charts.benchmarks')} testId="benchmarks">
      <Text size="xs" c="dimmed" mb="sm">{t('revenue.benchmark.window', { from: format.date(benchmarks.window.from), to: format.date(benchmarks.window.to) })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {benchmarks.figures.map((figure) => <FigureCard key={figure.key} figure={figure} currency={benchmarks.currency} />)}
      </SimpleGrid>
    </ChartCard>
  );
}

function FigureCard({ figure, currency }: { figure: BenchmarkFigure; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const show = (value: number | null | undefined) => {
    if (value === null || value === undefined) return '—';
    if (figure.unit === 'rate') return formatRate(value, format.locale);
    if (figure.unit === 'ratio') return formatRatio(value, format.locale);
    return format.money(Math.round(value), figure.currency ?? currency);
  };
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={`benchmark-${figure.key}`}>
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>{t(`revenue.benchmark.${figure.key}`, { defaultValue: figure.key })}</Text>
        <Text size="lg" fw={700}>{show(figure.value)}</Text>
      </Group>
      <Stack gap={8}>
        {figure.comparisons.map((c, index) => (
          <div key={`${c.source.id}-${index}`}>
            {c.bands && (
              <Group gap={4} wrap="wrap">
                {c.bands.map((band) => (
                  <Badge key={band.key} size="sm" radius="sm" variant={band.placed ? 'filled' : 'light'} color={band.placed ? 'blue' : 'gray'}
                    title={band.mostCommon ? t('revenue.benchmark.mostCommon') : undefined} data-placed={band.placed || undefined}
                    style={{ textTransform: 'none', fontWeight: band.placed ? 700 : 500 }}>
                    {band.label[format.locale]}{band.share === null ? '' : ` · ${formatRate(band.share, format.locale)}`}{band.mostCommon ? ' ★' : ''}
                  </Badge>
                ))}
              </Group>
            )}
            {c.kind === 'reference' && (
              <Group gap={6}>
                <Text size="xs">{c.label?.[format.locale] ?? t('revenue.benchmark.reference')}: <b>{show(c.reference)}</b></Text>
                {c.standing && <Badge size="xs" color={STANDING_COLOR[c.standing]} variant="light">{t(`revenue.benchmark.${c.standing}`)}</Badge>}
              </Group>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {t('revenue.source', { name: c.source.name[format.locale], year: c.source.year })}
              {c.note ? ` — ${c.note[format.locale]}` : ''}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
