/** The score over the last 180 days on the scorecard's red, yellow and green bands. */
import { useMemo } from 'react';
import { Group, Paper, Skeleton, Text, Title, useMantineTheme } from '@mantine/core';
import { MarkAreaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../../domain/health/scorecard';
import { formatDate } from '../../../lib/format';
import { useLocale } from '../../../lib/use-format';
import { EChart } from '../../revenue/EChart';
import { bandHex } from './band-colors';
import { healthHistoryOption } from './health-chart-option';
import { formatScore } from './health-format';
import { HISTORY_DAYS, useHealthHistory } from './use-account-health';

// EChart registers line, bar and mark lines; the band areas need mark areas too.
echarts.use([MarkAreaComponent]);

interface Props {
  accountId: string;
  bands: { red: number; green: number } | undefined;
}

export function HealthHistoryChart({ accountId, bands }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theme = useMantineTheme();
  const history = useHealthHistory(accountId);
  const items = useMemo(() => history.data?.items ?? [], [history.data]);

  const option = useMemo(() => {
    const short = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const band = (b: Band) => bandHex(theme, b);
    return healthHistoryOption(items, new Date().toISOString().slice(0, 10), bands, {
      line: theme.colors.ai?.[7] ?? '#1c6d9d',
      strong: { red: band('red'), yellow: bandHex(theme, 'yellow', 7), green: bandHex(theme, 'green', 7) },
      pale: { red: bandHex(theme, 'red', 0), yellow: bandHex(theme, 'yellow', 0), green: bandHex(theme, 'green', 0) },
    }, {
      day: (d) => formatDate(d, locale),
      axisDay: (d) => short.format(new Date(`${d}T00:00:00Z`)),
      score: (s) => formatScore(s, locale),
      band: (b) => t(`accountHealth.band.${b}`),
      threshold: (b, v) => t(`accountHealth.threshold.${b}`, { n: v }),
    });
  }, [items, bands, theme, locale, t]);

  const scored = items.filter((i) => i.score !== null).length;
  return (
    <Paper p="md" h="100%" data-testid="health-history">
      <Group justify="space-between" mb="xs">
        <Title order={4} fz="md">{t('accountHealth.history')}</Title>
        <Text size="xs" c="dimmed">{t('accountHealth.historyRange', { count: HISTORY_DAYS })}</Text>
      </Group>
      {history.isPending ? <Skeleton h={260} /> : <EChart option={option} height={260} testId="health-history-chart" />}
      {!history.isPending && scored < 2 && (
        <Text size="xs" c="dimmed" mt="xs">{t('accountHealth.historyShort')}</Text>
      )}
    </Paper>
  );
}
