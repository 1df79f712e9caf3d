/** The backtest's question: as of which past day, over which horizon, for which scorecard's fitted weights. */
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys } from '../../../api/scorecards';
import { useFormat } from '../../../lib/use-format';
import { addDays, HORIZONS, horizonFits, latestAsOf, serverToday } from './backtest-reading';

export interface BacktestQuestion {
  asOf: string;
  horizonDays: number;
  scorecardId: string | null;
}

interface Props {
  value: BacktestQuestion;
  running: boolean;
  onChange: (value: BacktestQuestion) => void;
  onRun: () => void;
}

export function BacktestForm({ value, running, onChange, onRun }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const scorecards = useQuery({ queryKey: healthKeys.scorecards, queryFn: healthApi.scorecards });
  const today = serverToday();
  const fits = horizonFits(value.asOf, value.horizonDays, today);
  const latest = latestAsOf(today, value.horizonDays);

  return (
    <Paper p="md" mb="md" data-testid="backtest-form">
      <Group align="flex-end" gap="md" wrap="wrap">
        <DateInput w={170} label={t('health.backtest.asOf')} value={value.asOf} maxDate={latest}
          valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'}
          onChange={(v) => v && onChange({ ...value, asOf: v })} />
        <div>
          <Text size="sm" fw={500} mb={4}>{t('health.backtest.horizon')}</Text>
          <SegmentedControl value={String(value.horizonDays)} onChange={(v) => onChange({ ...value, horizonDays: Number(v) })}
            data={HORIZONS.map((h) => ({ value: String(h), label: t('health.backtest.days', { count: h }) }))} />
        </div>
        <Select w={330} label={t('health.backtest.scorecard')} description={t('health.backtest.scorecardHint')} allowDeselect={false}
          data={(scorecards.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={value.scorecardId ?? scorecards.data?.items.find((s) => s.isDefault)?.id ?? null}
          onChange={(v) => onChange({ ...value, scorecardId: v })} />
        <Button leftSection={<IconPlayerPlay size={16} />} loading={running} disabled={!fits} onClick={onRun}>{t('health.backtest.run')}</Button>
      </Group>
      <Stack gap={2} mt="xs">
        {fits
          ? <Text size="xs" c="dimmed">{t('health.backtest.question', { asOf: format.date(value.asOf), end: format.date(addDays(value.asOf, value.horizonDays)) })}</Text>
          : <Text size="xs" c="red">{t('health.backtest.tooRecent', { latest: format.date(latest) })}</Text>}
      </Stack>
    </Paper>
  );
}
