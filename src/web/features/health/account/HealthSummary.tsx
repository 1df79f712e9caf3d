/**
 * The headline of the health tab: the score in a ring of its band's colour, the band, how it
 * moved over 7 and 30 days, the three measures that cost it the most points, and which
 * scorecard version computed it when.
 */
import { Badge, Box, Divider, Group, Paper, Progress, RingProgress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccountHealth } from '../../../api/health';
import { useFormat } from '../../../lib/use-format';
import { BAND_COLORS } from './band-colors';
import { topShortfalls } from './breakdown-rows';
import { formatDelta, formatScore } from './health-format';

function Trend({ label, delta }: { label: string; delta: number | null }) {
  const { locale } = useFormat();
  const Icon = delta === null || delta === 0 ? IconArrowRight : delta > 0 ? IconArrowUpRight : IconArrowDownRight;
  const tone = delta === null || delta === 0 ? { text: 'dimmed', icon: 'gray-5' } : delta > 0 ? { text: 'green.8', icon: 'green-7' } : { text: 'red.7', icon: 'red-7' };
  return (
    <Group gap={6} wrap="nowrap" data-testid="health-trend">
      <Text size="xs" c="dimmed" miw={72}>{label}</Text>
      <Icon size={18} stroke={2} color={`var(--mantine-color-${tone.icon})`} aria-hidden />
      <Text size="sm" fw={600} c={tone.text} className="kz-num">{formatDelta(delta, locale)}</Text>
    </Group>
  );
}

export function HealthSummary({ health }: { health: AccountHealth }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { score, band } = health;
  const worst = topShortfalls(health.explanation);
  const largest = worst[0]?.shortfall ?? 0;

  return (
    <Paper p="md" h="100%" data-testid="health-summary">
      <Title order={4} fz="md" mb="sm">{t('accountHealth.score')}</Title>
      <Group gap="lg" wrap="nowrap" align="center">
        <RingProgress size={148} thickness={13} roundCaps
          sections={score !== null && band ? [{ value: Math.max(score, 1), color: BAND_COLORS[band] }] : []}
          label={
            <Stack gap={0} align="center">
              <Text fz={38} fw={700} lh={1.1} className="kz-num" data-testid="health-score">{formatScore(score, format.locale)}</Text>
              <Text size="xs" c="dimmed">/ 100</Text>
            </Stack>
          } />
        <Stack gap={8}>
          {band
            ? <Badge size="lg" color={BAND_COLORS[band]} variant="filled" autoContrast data-testid="health-band" data-band={band}>{t(`accountHealth.band.${band}`)}</Badge>
            : <Badge size="lg" color="gray" data-testid="health-band" data-band="none">{t('accountHealth.notScored')}</Badge>}
          <Trend label={t('accountHealth.vs7')} delta={health.trend.delta7} />
          <Trend label={t('accountHealth.vs30')} delta={health.trend.delta30} />
        </Stack>
      </Group>

      <Divider my="md" />
      <Text size="sm" fw={600} mb={6}>{t('accountHealth.pullingDown')}</Text>
      {worst.length === 0 ? (
        <Text size="sm" c="dimmed">{score === null ? t('accountHealth.pullingDownNoData') : t('accountHealth.pullingDownNone')}</Text>
      ) : (
        <Stack gap={10} data-testid="pulling-down">
          {worst.map((m, i) => (
            <Box key={m.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" lineClamp={1}><Text span c="dimmed" size="xs" mr={6}>{i + 1}</Text>{m.label}</Text>
                <Tooltip label={t('accountHealth.shortfallHint', { points: formatScore(m.points, format.locale) })} withinPortal>
                  <Text size="sm" fw={700} c="red.7" className="kz-num">{t('accountHealth.shortfall', { n: formatScore(m.shortfall, format.locale) })}</Text>
                </Tooltip>
              </Group>
              {/* Bars against the largest shortfall, so the eye ranks them before reading the numbers. */}
              <Progress value={largest > 0 ? (m.shortfall / largest) * 100 : 0} size={4} color="red.4" mt={4} aria-hidden />
            </Box>
          ))}
        </Stack>
      )}

      <Text size="xs" c="dimmed" mt="md" data-testid="health-scorecard">
        {t('accountHealth.computedWith', { name: health.scorecard.name, version: health.scorecard.version })}
        {' ・ '}
        {t('accountHealth.computedAt', { at: format.dateTime(health.computedAt) })}
      </Text>
    </Paper>
  );
}
