/**
 * The total out of 800 beside the published reference points (2018 benchmark: Japanese
 * participants 289, other countries 330), as bars on one scale, with the change since the
 * assessment before.
 */
import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MATURITY_INDEX_2018 } from '../../../domain/benchmarks/published-figures';
import { TOTAL_MAX } from '../../../domain/maturity/types';
import { useFormat } from '../../lib/use-format';

interface Props {
  total: number;
  previousTotal: number | null;
}

export function TotalCard({ total, previousTotal }: Props) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const delta = previousTotal === null ? null : total - previousTotal;
  const rows = [
    { key: 'ours', label: t('maturity.total.ours'), value: total, color: 'blue' },
    ...MATURITY_INDEX_2018.averages.map((a) => ({ key: a.key, label: a.label[locale], value: a.value, color: 'gray' })),
  ];
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="maturity-total">
      <Text fw={600} size="sm">{t('maturity.total.title')}</Text>
      <Group align="baseline" gap={6} mt="xs">
        <Text fz={40} fw={700} lh={1} className="kz-num" data-testid="maturity-total-value">{number(total)}</Text>
        <Text c="dimmed">/ {number(TOTAL_MAX)}</Text>
        {delta !== null && (
          <Badge variant="light" color={delta > 0 ? 'teal' : delta < 0 ? 'red' : 'gray'} ml="xs">
            {t('maturity.total.delta', { delta: `${delta > 0 ? '+' : ''}${number(delta)}` })}
          </Badge>
        )}
      </Group>
      <Stack gap="sm" mt="lg">
        {rows.map((row) => (
          <div key={row.key}>
            <Group justify="space-between" gap="xs" mb={4}>
              <Text size="sm" fw={row.key === 'ours' ? 600 : 400}>{row.label}</Text>
              <Text size="sm" className="kz-num" fw={row.key === 'ours' ? 700 : 400}>{number(row.value)}</Text>
            </Group>
            <Progress value={(100 * row.value) / TOTAL_MAX} color={row.color} size={row.key === 'ours' ? 'lg' : 'md'} radius="xl"
              aria-label={`${row.label}: ${row.value}`} />
          </div>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="md">
        {t('maturity.total.source', { source: MATURITY_INDEX_2018.source.name[locale], year: MATURITY_INDEX_2018.source.year, companies: MATURITY_INDEX_2018.companies })}
      </Text>
    </Paper>
  );
}
