/**
 * Why the score is what it is: each measure's raw value in its unit, its points (0–100, a bar in
 * the band colour those points would have), its share of the score and what it added. Groups head
 * their measures with their own score; measures without data are greyed and carry no weight.
 */
import { Badge, Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorecardDefinition } from '../../../../domain/health/scorecard';
import type { AccountHealth } from '../../../api/health';
import { useFormat } from '../../../lib/use-format';
import { BAND_COLORS, bandOfPoints } from './band-colors';
import { breakdownRows } from './breakdown-rows';
import { formatMeasureValue, formatScore, formatShare, measureWindow } from './health-format';

const DEFAULT_BANDS = { red: 40, green: 70 };

export function MeasureBreakdown({ health, definition, currency }: { health: AccountHealth; definition: ScorecardDefinition | undefined; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bands = definition?.bands ?? DEFAULT_BANDS;
  const rows = breakdownRows(definition, health.explanation);
  const ctx = { locale: format.locale, t, currency };

  return (
    <Paper p={0} data-testid="health-breakdown">
      <Group justify="space-between" p="md" pb="xs">
        <Title order={4} fz="md">{t('accountHealth.breakdown')}</Title>
        <Text size="xs" c="dimmed">{t('accountHealth.breakdownHint')}</Text>
      </Group>
      <div className="kz-table-wrap">
        <Table fz="sm" miw={640} highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accountHealth.measure')}</Table.Th>
              <Table.Th ta="right" w={150}>{t('accountHealth.value')}</Table.Th>
              <Table.Th w={190}>{t('accountHealth.points')}</Table.Th>
              <Table.Th ta="right" w={80}>{t('accountHealth.weight')}</Table.Th>
              <Table.Th ta="right" w={80}>{t('accountHealth.contribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              if (row.kind === 'group') {
                return (
                  <Table.Tr key={`g-${row.id}`} bg="gray.0">
                    <Table.Td colSpan={2} pl={12 + row.depth * 16}><Text size="sm" fw={700}>{row.label}</Text></Table.Td>
                    <Table.Td colSpan={3}>
                      <Text size="xs" c="dimmed" className="kz-num">
                        {row.score === null ? t('accountHealth.noData') : t('accountHealth.groupScore', { score: formatScore(row.score, format.locale) })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              }
              const { measure: m, source } = row;
              const missing = m.points === null;
              const window = measureWindow(source, t);
              return (
                <Table.Tr key={m.id} data-testid="health-measure" data-measure={m.id} data-missing={missing || undefined}
                  style={missing ? { opacity: 0.55 } : undefined}>
                  <Table.Td pl={12 + row.depth * 16}>
                    <Text size="sm" fw={500}>{m.label}</Text>
                    {window && <Text size="xs" c="dimmed">{window}</Text>}
                  </Table.Td>
                  <Table.Td ta="right" className="kz-num">
                    {missing ? <Badge color="gray" variant="light" size="sm">{t('accountHealth.noData')}</Badge> : formatMeasureValue(source, m.value, ctx)}
                  </Table.Td>
                  <Table.Td>
                    {missing ? <Text size="sm" c="dimmed">—</Text> : (
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={m.points ?? 0} color={BAND_COLORS[bandOfPoints(m.points ?? 0, bands)]} size="md" radius="sm" style={{ flex: 1 }}
                          aria-label={t('accountHealth.points')} />
                        <Text size="sm" fw={600} w={36} ta="right" className="kz-num">{formatScore(m.points, format.locale)}</Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="kz-num">{missing ? '—' : formatShare(m.weight, format.locale)}</Table.Td>
                  <Table.Td ta="right" className="kz-num">{missing ? '—' : formatScore(m.contribution, format.locale)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          {health.score !== null && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Td colSpan={4}><Text size="sm" fw={700}>{t('accountHealth.total')}</Text></Table.Td>
                <Table.Td ta="right" className="kz-num"><Text size="sm" fw={700}>{formatScore(health.score, format.locale)}</Text></Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </div>
    </Paper>
  );
}
