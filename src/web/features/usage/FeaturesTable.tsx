/** The events (features) used in the window, most used first, with a bar against the top one and when last used. */
import { Paper, Progress, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeatureUsage } from '../../api/usage';
import { useFormat } from '../../lib/use-format';

export function FeaturesTable({ features }: { features: FeatureUsage[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const top = features[0]?.count ?? 0;
  return (
    <Paper p={0} h="100%" data-testid="usage-features">
      <Text fw={600} size="sm" p="md" pb="xs">{t('usage.features.title')}</Text>
      {features.length === 0 ? <Text size="sm" c="dimmed" px="md" pb="md">{t('usage.features.none')}</Text> : (
        <ScrollArea.Autosize mah={420}>
          <Table fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('usage.features.event')}</Table.Th>
                <Table.Th ta="right" w={180}>{t('usage.features.count')}</Table.Th>
                <Table.Th w={120}>{t('usage.features.lastUsed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {features.map((f) => (
                <Table.Tr key={f.event}>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{f.event}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ta="right" className="kz-num">{format.number(f.count)}</Text>
                    <Progress value={top > 0 ? (f.count / top) * 100 : 0} size={3} mt={2} aria-hidden />
                  </Table.Td>
                  <Table.Td className="kz-num">{format.date(f.lastUsedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
