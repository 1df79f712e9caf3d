/** While the backtest runs (seconds on a large workspace): what it is doing, and for how long so far. */
import { useEffect, useState } from 'react';
import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function BacktestProgress() {
  const { t } = useTranslation();
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <Paper p="xl" data-testid="backtest-running" aria-busy="true">
      <Stack gap="sm" maw={560} mx="auto" align="stretch">
        <Group gap="sm" justify="center">
          <Loader size="sm" />
          <Text fw={600}>{t('health.backtest.running')}</Text>
        </Group>
        <Progress value={100} animated striped size="sm" />
        <Text size="sm" c="dimmed" ta="center">{t('health.backtest.runningSteps')}</Text>
        <Text size="xs" c="dimmed" ta="center" className="kz-num">{t('health.backtest.elapsed', { seconds })}</Text>
      </Stack>
    </Paper>
  );
}
