/** Baseline → current → target with a progress bar (clipped 0–100 for display). */
import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Locale } from '../../api/types';
import type { TFunction } from 'i18next';
import { formatGoalValue } from './goal-text';

interface Props {
  goal: { baseline: number; target: number; current: number | null; unit: string | null; progressDisplay: number | null; status: string };
  t: TFunction;
  locale: Locale;
}

export function GoalProgress({ goal, t, locale }: Props) {
  const pct = goal.progressDisplay;
  const color = goal.status === 'at_risk' || goal.status === 'missed' ? 'orange' : pct !== null && pct >= 100 ? 'green' : 'teal';
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">{t('successPlan.baseline')} {formatGoalValue(goal.baseline, goal.unit, locale)}</Text>
        <Text size="sm" fw={700} data-testid="goal-progress">
          {pct === null ? t('successPlan.noValueYet') : t('successPlan.progressPct', { pct })}
        </Text>
        <Text size="xs" c="dimmed">{t('successPlan.target')} {formatGoalValue(goal.target, goal.unit, locale)}</Text>
      </Group>
      <Progress value={pct ?? 0} color={color} size="lg" radius="xl" aria-label={t('successPlan.progress')} />
      <Text size="xs" ta="center">{t('successPlan.current')} <b>{formatGoalValue(goal.current, goal.unit, locale)}</b></Text>
    </Stack>
  );
}
