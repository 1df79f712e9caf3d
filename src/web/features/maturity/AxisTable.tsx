/** Each axis with its score, the change since the assessment before, and what Kizuna's data says now. */
import { Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../domain/maturity/evidence';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire';
import type { AxisScores } from '../../../domain/maturity/types';
import { useLocale } from '../../lib/use-format';
import { EvidenceLine } from './EvidenceLine';

interface Props {
  scores: AxisScores;
  previous: AxisScores | null;
  evidence: Evidence | null;
}

const colorOf = (score: number) => (score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'red');

export function AxisTable({ scores, previous, evidence }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper withBorder radius="md" p="md" data-testid="maturity-axes">
      <Text fw={600} size="sm" mb="xs">{t('maturity.axes.title')}</Text>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">{t('maturity.axes.axis')}</Table.Th>
              <Table.Th w="22%">{t('maturity.axes.score')}</Table.Th>
              <Table.Th>{t('maturity.axes.evidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {QUESTIONNAIRE.axes.map((info) => {
              const score = scores[info.axis];
              const delta = previous ? score - previous[info.axis] : null;
              return (
                <Table.Tr key={info.axis} data-testid={`axis-row-${info.axis}`}>
                  <Table.Td valign="top">
                    <Text fw={600} size="sm">{info.name[locale]}</Text>
                    <Text size="xs" c="dimmed">{info.description[locale]}</Text>
                  </Table.Td>
                  <Table.Td valign="top">
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={700} className="kz-num" w={32} ta="right">{score}</Text>
                      <Progress value={score} color={colorOf(score)} style={{ flex: 1 }} aria-label={`${info.name[locale]} ${score}`} />
                    </Group>
                    {delta !== null && delta !== 0 && (
                      <Badge size="xs" variant="light" color={delta > 0 ? 'teal' : 'red'} mt={4}>
                        {t('maturity.axes.delta', { delta: `${delta > 0 ? '+' : ''}${delta}` })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td valign="top">
                    <Stack gap={4}>
                      {evidence ? evidence[info.axis].map((item) => <EvidenceLine key={item.key} item={item} />)
                        : <Text size="xs" c="dimmed">—</Text>}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
