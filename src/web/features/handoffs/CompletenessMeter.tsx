/** How complete the handoff is, section by section, and — in words — what is still missing. */
import { Card, Group, List, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { completenessBand } from '../../../domain/handoffs/bands';
import type { Completeness } from '../../../domain/handoffs/completeness';
import { BAND_COLORS } from './HandoffBadges';

export function CompletenessMeter({ completeness, compact = false }: { completeness: Completeness; compact?: boolean }) {
  const { t } = useTranslation();
  const color = BAND_COLORS[completenessBand(completeness.score)];
  return (
    <Card withBorder radius="md" padding="md" data-testid="completeness-meter">
      <Group align="center" gap="md" wrap="nowrap">
        <RingProgress size={88} thickness={9} roundCaps sections={[{ value: completeness.score, color }]}
          label={<Text ta="center" fw={700} fz="lg" data-testid="completeness-score">{completeness.score}</Text>} />
        <Stack gap={2}>
          <Title order={4} fz="md">{t('handoffs.meter.title')}</Title>
          <Text size="sm" c="dimmed">{t(`handoffs.band.${completenessBand(completeness.score)}`)}</Text>
        </Stack>
      </Group>
      {!compact && (
        <SimpleGrid cols={1} spacing={6} mt="sm">
          {completeness.sections.map((s) => (
            <Stack key={s.section} gap={2}>
              <Group justify="space-between" gap="xs">
                <Text size="xs">{t(`handoffs.sections.${s.section}`)}</Text>
                <Text size="xs" c="dimmed">{t('handoffs.meter.points', { points: s.points, weight: s.weight })}</Text>
              </Group>
              <Progress value={(s.points / s.weight) * 100} size="xs" color={s.points === s.weight ? 'teal' : 'gray'} />
            </Stack>
          ))}
        </SimpleGrid>
      )}
      {completeness.missing.length > 0 ? (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>{t('handoffs.meter.missingTitle')}</Text>
          <List size="sm" spacing={2} data-testid="completeness-missing">
            {completeness.missing.map((item) => <List.Item key={item}>{t(`handoffs.missing.${item.replace('.', '_')}`)}</List.Item>)}
          </List>
        </Stack>
      ) : (
        <Text size="sm" c="teal" mt="sm">{t('handoffs.meter.complete')}</Text>
      )}
      <Text size="xs" c="dimmed" mt="sm">{t('handoffs.meter.why')}</Text>
    </Card>
  );
}
