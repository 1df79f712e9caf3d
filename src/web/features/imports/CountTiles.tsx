/** Four numbers side by side: created, updated, unchanged, failed. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

interface Props {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  future?: boolean;
}

export function CountTiles({ created, updated, unchanged, failed, future = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const tiles = [
    { key: 'created', value: created, color: 'teal.7' },
    { key: 'updated', value: updated, color: 'ai.7' },
    { key: 'unchanged', value: unchanged, color: 'gray.7' },
    { key: 'failed', value: failed, color: failed > 0 ? 'red.7' : 'gray.7' },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {tiles.map((tile) => (
        <Paper key={tile.key} p="md" data-testid={`count-${tile.key}`}>
          <Text size="xs" c="dimmed" fw={500}>{t(`imports.counts.${future ? 'will' : 'did'}.${tile.key}`)}</Text>
          <Text fz={26} fw={700} c={tile.color} className="kz-num">{format.number(tile.value)}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
