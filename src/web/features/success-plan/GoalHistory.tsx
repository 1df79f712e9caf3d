/** A goal's measured values as a chart and its review log; loaded when a goal is opened. */
import { Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys } from '../../api/success-plans';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/use-format';
import { EChart } from '../revenue/EChart';
import { goalChartOption } from './goal-chart';
import { bindingText } from './goal-text';
import { ReviewLog } from './ReviewLog';

export function GoalHistory({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detail = useQuery({ queryKey: successPlanKeys.goal(goalId), queryFn: () => successPlanApi.goal(goalId) });
  if (detail.isPending) return <Skeleton h={180} />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const goal = detail.data;
  return (
    <Grid gap="lg" mt="sm">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap={4}>
          <Title order={5}>{t('successPlan.history.values')}</Title>
          <Text size="xs" c="dimmed">{bindingText(goal.binding, t)}</Text>
          {goal.measurements.length === 0
            ? <Text size="sm" c="dimmed">{t('successPlan.history.noValues')}</Text>
            : <EChart height={200} testId="goal-chart" option={goalChartOption(goal.measurements, goal, {
              value: goal.metric, baseline: t('successPlan.baseline'), target: t('successPlan.target'),
            })} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Title order={5} mb="xs">{t('successPlan.history.reviews')}</Title>
        <ReviewLog reviews={goal.reviews} t={t} locale={format.locale} />
      </Grid.Col>
    </Grid>
  );
}
