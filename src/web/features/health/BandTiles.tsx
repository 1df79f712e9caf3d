/**
 * The portfolio now: accounts per band as tiles, each with its share of all accounts and the
 * change against 30 days ago (from the daily history), so a growing red band stands out.
 */
import { Group, Paper, SimpleGrid, Skeleton, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BandCounts, Distribution } from '../../api/scorecards';
import { useFormat } from '../../lib/use-format';
import { formatRate } from '../revenue/metric-format';
import { BAND_HEX } from './band-colors';

const TILES = ['red', 'yellow', 'green', 'none'] as const;

/** The history's counts about 30 days before its last day (the nearest earlier day it has). */
function monthAgo(items: Distribution['items']): BandCounts | null {
  const last = items[items.length - 1];
  if (!last) return null;
  const cutoff = new Date(Date.parse(`${last.day}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const earlier = items.filter((i) => i.day <= cutoff);
  return earlier[earlier.length - 1] ?? null;
}

export function BandTiles({ distribution }: { distribution: Distribution }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { current } = distribution;
  const total = current.red + current.yellow + current.green + current.none;
  const before = monthAgo(distribution.items);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" data-testid="band-tiles">
      {TILES.map((band) => {
        const delta = before ? current[band] - before[band] : null;
        // More red (or unscored) is worse; more green is better.
        const good = delta === null || delta === 0 ? null : band === 'green' ? delta > 0 : band === 'yellow' ? null : delta < 0;
        return (
          <Paper key={band} p="sm" radius="md" data-testid={`band-tile-${band}`}
            style={{ borderLeft: `4px solid ${BAND_HEX[band]}` }}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon size={10} radius="xl" color={BAND_HEX[band]} aria-hidden />
              <Text size="xs" c="dimmed" fw={500}>{t(`health.tiles.${band}`)}</Text>
            </Group>
            <Group align="baseline" gap={6} mt={4}>
              <Text fz={26} fw={700} className="kz-num" data-testid="band-count">{format.number(current[band])}</Text>
              <Text size="sm" c="dimmed">{t('health.tiles.accounts')}</Text>
            </Group>
            <Text size="xs" c={good === null ? 'dimmed' : good ? 'teal' : 'red'}>
              {total > 0 ? formatRate(current[band] / total, format.locale) : '—'}
              {delta !== null && ` · ${t('health.tiles.vsMonthAgo', { delta: `${delta > 0 ? '+' : ''}${format.number(delta)}` })}`}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

export function BandTilesSkeleton() {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" aria-busy="true">
      {TILES.map((band) => <Skeleton key={band} height={96} radius="md" />)}
    </SimpleGrid>
  );
}
