/**
 * The headline figures of the latest period, each with its definition on hover; a click
 * opens the accounts or movements behind the figure.
 */
import { Paper, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MovementType, PeriodMetrics, ReportPeriod } from '../../api/metrics';
import { useFormat } from '../../lib/use-format';
import type { Drill } from './drill';
import { MetricHelp } from './MetricHelp';
import { formatMonths, formatRate, formatRatio } from './metric-format';

type Unit = 'money' | 'count' | 'rate' | 'ratio';
interface Tile {
  key: string;
  unit: Unit;
  value: (m: PeriodMetrics) => number | null;
  drill: 'accounts' | MovementType[];
}

const ALL: MovementType[] = ['new', 'expansion', 'reactivation', 'contraction', 'churn'];
export const KPI_TILES: readonly Tile[] = [
  { key: 'mrr', unit: 'money', value: (m) => m.mrr, drill: 'accounts' },
  { key: 'arr', unit: 'money', value: (m) => m.arr, drill: 'accounts' },
  { key: 'arpa', unit: 'money', value: (m) => m.arpa, drill: 'accounts' },
  { key: 'payingAccounts', unit: 'count', value: (m) => m.payingAccounts, drill: 'accounts' },
  { key: 'nrr', unit: 'rate', value: (m) => m.nrr, drill: ALL },
  { key: 'grr', unit: 'rate', value: (m) => m.grr, drill: ['contraction', 'churn'] },
  { key: 'logoChurnRate', unit: 'rate', value: (m) => m.logoChurnRate, drill: ['churn'] },
  { key: 'grossMrrChurnRate', unit: 'rate', value: (m) => m.grossMrrChurnRate, drill: ['contraction', 'churn'] },
  { key: 'quickRatio', unit: 'ratio', value: (m) => m.quickRatio, drill: ALL },
  { key: 'ltv', unit: 'money', value: (m) => m.ltv, drill: 'accounts' },
];

interface Props {
  period: ReportPeriod;
  periodLabel: string;
  metrics: PeriodMetrics;
  currency: string;
  onDrill: (drill: Drill) => void;
}

export function KpiTiles({ period, periodLabel, metrics, currency, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const show = (unit: Unit, value: number | null) => {
    if (unit === 'money') return format.money(value === null ? null : Math.round(value), currency);
    if (unit === 'rate') return formatRate(value, format.locale);
    if (unit === 'ratio') return formatRatio(value, format.locale);
    return value === null ? '—' : format.number(value);
  };
  const open = (tile: Tile) => {
    const title = `${t(`revenue.kpi.${tile.key}`)} · ${periodLabel}`;
    onDrill(tile.drill === 'accounts'
      ? { kind: 'accounts', on: period.end, title }
      : { kind: 'movements', from: period.start, to: period.end, types: tile.drill, title });
  };
  const delta = metrics.mrr - metrics.mrrStart;

  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md" data-testid="kpi-tiles">
      {KPI_TILES.map((tile) => (
        <Paper key={tile.key} withBorder p={0} radius="md" data-testid={`kpi-${tile.key}`}>
          <UnstyledButton onClick={() => open(tile)} p="sm" w="100%" h="100%" aria-label={t('revenue.drillInto', { metric: t(`revenue.kpi.${tile.key}`) })}>
            <MetricHelp metric={tile.key}>
              <Text size="xs" c="dimmed" fw={500}>{t(`revenue.kpi.${tile.key}`)}</Text>
            </MetricHelp>
            <Text fz={22} fw={700} mt={4} data-testid="kpi-value" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {show(tile.unit, tile.value(metrics))}
            </Text>
            <Text size="xs" c={tile.key === 'mrr' && delta !== 0 ? (delta > 0 ? 'teal' : 'red') : 'dimmed'}>
              {tile.key === 'mrr'
                ? t('revenue.vsStart', { amount: `${delta > 0 ? '+' : ''}${format.money(delta, currency)}` })
                : tile.key === 'ltv'
                  ? t('revenue.lifetime', { months: formatMonths(metrics.averageLifetimeMonths, format.locale) })
                  : periodLabel}
            </Text>
          </UnstyledButton>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function KpiTilesSkeleton() {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md" aria-busy="true">
      {KPI_TILES.map((tile) => <Skeleton key={tile.key} height={92} radius="md" />)}
    </SimpleGrid>
  );
}
