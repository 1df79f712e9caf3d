/**
 * The two hypotheses in plain words: what was tested, the verdict, and each comparison's difference, effect size
 * and Holm-adjusted p-value — saying plainly when a group is too small to conclude anything.
 */
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hypothesis, Verdict } from '../../../../domain/surveys/cx-hypotheses';
import { pValueText } from './cx-format';

const VERDICT_COLOR: Record<Verdict, string> = { supported: 'green', not_supported: 'orange', too_small: 'gray' };

const groupLabel = (t: (k: string) => string, g: string) => (g === 'above_as' ? t('cx.leaf.above_as') : t(`cx.leaf.${g}`));

export function HypothesisCards({ hypotheses, minGroupN }: { hypotheses: Hypothesis[]; minGroupN: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={1} spacing="md">
      {hypotheses.map((h) => (
        <Card key={h.id} withBorder radius="md" padding="md" data-testid={`cx-hypothesis-${h.id}`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700} size="sm">{t(`cx.hypothesis.${h.id}.title`)}</Text>
              <Badge color={VERDICT_COLOR[h.verdict]} variant="light" style={{ flexShrink: 0 }} data-testid={`cx-verdict-${h.id}`}>{t(`cx.verdict.${h.verdict}`)}</Badge>
            </Group>
            <Text size="sm">{t(`cx.hypothesis.${h.id}.${h.verdict}`, { min: minGroupN })}</Text>
            {h.metrics.map((m) => (
              <Table key={m.metric} fz="xs" verticalSpacing={2} withRowBorders={false}>
                <Table.Thead><Table.Tr>
                  <Table.Th>{t(`cx.metric.${m.metric}`)}</Table.Th><Table.Th ta="right">{t('cx.hypothesis.n')}</Table.Th>
                  <Table.Th ta="right">{t('cx.hypothesis.effect')}</Table.Th><Table.Th ta="right">{t('cx.hypothesis.p')}</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>{m.comparisons.map((c) => (
                  <Table.Tr key={c.against}>
                    <Table.Td>{t('cx.hypothesis.versus', { a: groupLabel(t, c.group), b: groupLabel(t, c.against) })}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{c.welch.n1} / {c.welch.n2}</Table.Td>
                    <Table.Td ta="right">{c.verdict === 'too_small' ? '—' : `g = ${c.welch.effectSize.toFixed(2)}`}</Table.Td>
                    <Table.Td ta="right">{pValueText(c.adjustedP)}</Table.Td>
                    <Table.Td><Badge size="xs" variant="dot" color={VERDICT_COLOR[c.verdict]} style={{ flexShrink: 0 }} maw="none">{t(`cx.verdict.${c.verdict}`)}</Badge></Table.Td>
                  </Table.Tr>
                ))}</Table.Tbody>
              </Table>
            ))}
            <Text size="xs" c="dimmed">{t(`cx.hypothesis.${h.id}.method`, { min: minGroupN })}</Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
