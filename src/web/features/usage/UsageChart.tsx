/** Events per day (bars) and active users per day (line) over the window. */
import { useMemo } from 'react';
import { Paper, Text, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../api/usage';
import { formatDate, formatNumber } from '../../lib/format';
import { useLocale } from '../../lib/use-format';
import { EChart } from '../revenue/EChart';
import { fillDays, usageChartOption } from './usage-chart-option';

export function UsageChart({ usage }: { usage: AccountUsage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theme = useMantineTheme();
  const option = useMemo(() => {
    const short = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    return usageChartOption(fillDays(usage.from, usage.to, usage.daily), {
      events: t('usage.chart.events'),
      activeUsers: t('usage.chart.activeUsers'),
      day: (d) => formatDate(d, locale),
      axisDay: (d) => short.format(new Date(`${d}T00:00:00Z`)),
      number: (n) => formatNumber(n, locale),
    }, { events: theme.colors.ai?.[3] ?? '#78afcd', users: theme.colors.ai?.[9] ?? '#00537c' });
  }, [usage, t, locale, theme]);
  return (
    <Paper p="md" data-testid="usage-chart">
      <Text fw={600} size="sm" mb="xs">{t('usage.chart.title')}</Text>
      <EChart option={option} height={280} testId="usage-chart-canvas" />
    </Paper>
  );
}
