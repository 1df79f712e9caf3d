/** The portfolio's coverage as tiles: accounts in scope, and the accounts (and ARR) with each gap; a tile filters the table. */
import { Paper, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioCoverage } from '../../api/stakeholders';
import { useFormat } from '../../lib/use-format';
import { formatRate } from '../revenue/metric-format';
import type { CoverageFilter } from './coverage-table';

interface Props {
  report: PortfolioCoverage;
  filter: CoverageFilter;
  onFilter: (filter: CoverageFilter) => void;
}

export function CoverageTiles({ report, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals, currency } = report;
  const arrShare = (arr: number) => (totals.arr > 0 ? ` (${formatRate(arr / totals.arr, format.locale)})` : '');
  const tiles: Array<{ key: CoverageFilter; label: string; value: string; note: string; bad: boolean }> = [
    { key: 'all', label: report.scope === 'all' ? t('stakeholders.tiles.accountsAll') : t('stakeholders.tiles.accounts'), value: format.number(totals.accounts), note: t('stakeholders.tiles.arr', { arr: format.money(totals.arr, currency) }), bad: false },
    { key: 'no_sponsor', label: t('stakeholders.tiles.noSponsor'), value: format.number(totals.withoutExecutiveSponsor),
      note: t('stakeholders.tiles.arr', { arr: format.money(totals.arrWithoutExecutiveSponsor, currency) + arrShare(totals.arrWithoutExecutiveSponsor) }), bad: totals.withoutExecutiveSponsor > 0 },
    { key: 'no_champion', label: t('stakeholders.tiles.noChampion'), value: format.number(totals.withoutChampion),
      note: t('stakeholders.tiles.arr', { arr: format.money(totals.arrWithoutChampion, currency) + arrShare(totals.arrWithoutChampion) }), bad: totals.withoutChampion > 0 },
    { key: 'overdue', label: t('stakeholders.tiles.overdue'), value: format.number(totals.withOverdue),
      note: t('stakeholders.tiles.arr', { arr: format.money(totals.arrWithOverdue, currency) + arrShare(totals.arrWithOverdue) }), bad: totals.withOverdue > 0 },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" mb="md" data-testid="coverage-tiles">
      {tiles.map((tile) => (
        <UnstyledButton key={tile.key} onClick={() => onFilter(tile.key)} data-testid={`tile-${tile.key}`} aria-pressed={filter === tile.key}>
          <Paper p="sm" radius="md" h="100%" withBorder={filter === tile.key}
            style={{ borderLeft: `4px solid var(--mantine-color-${tile.bad ? 'red-6' : tile.key === 'all' ? 'blue-6' : 'teal-6'})` }}>
            <Text size="xs" c="dimmed" fw={500}>{tile.label}</Text>
            <Text fz={26} fw={700} className="kz-num" data-testid="tile-value">{tile.value}</Text>
            <Text size="xs" c="dimmed">{tile.note}</Text>
          </Paper>
        </UnstyledButton>
      ))}
      <Paper p="sm" radius="md" style={{ borderLeft: '4px solid var(--mantine-color-violet-6)' }} data-testid="tile-cadence">
        <Text size="xs" c="dimmed" fw={500}>{t('stakeholders.tiles.cadence')}</Text>
        <Text fz={26} fw={700} className="kz-num" data-testid="tile-value">{formatRate(totals.cadenceShare, format.locale)}</Text>
        <Text size="xs" c="dimmed">{t('stakeholders.tiles.cadenceCount', { within: totals.withinCadence, total: totals.withCadence })}</Text>
      </Paper>
    </SimpleGrid>
  );
}

export function CoverageTilesSkeleton() {
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" mb="md" aria-busy="true">
      {[0, 1, 2, 3, 4].map((i) => <Skeleton key={i} h={92} radius="md" />)}
    </SimpleGrid>
  );
}
