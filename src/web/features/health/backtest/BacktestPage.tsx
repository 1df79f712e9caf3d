/**
 * Backtest (バックテスト): does the score predict churn? Score every account as it stood on a
 * past day and compare with what happened over the horizon. The question lives in the URL, so
 * coming back from the editor shows the same result again without rerunning it.
 */
import { lazy, Suspense, useState } from 'react';
import { Paper, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/http';
import { healthApi } from '../../../api/scorecards';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/use-format';
import { HealthTabs } from '../HealthTabs';
import { BacktestForm, type BacktestQuestion } from './BacktestForm';
import { BacktestProgress } from './BacktestProgress';
import { defaultAsOf, HORIZONS, latestAsOf, serverToday } from './backtest-reading';

// The results carry two charts; their ECharts modules load with them.
const BacktestResults = lazy(() => import('./BacktestResults').then((m) => ({ default: m.BacktestResults })));

function askedOf(params: URLSearchParams): BacktestQuestion | null {
  const asOf = params.get('asOf');
  const horizon = Number(params.get('horizon'));
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !HORIZONS.includes(horizon as (typeof HORIZONS)[number])) return null;
  return { asOf, horizonDays: horizon, scorecardId: params.get('scorecard') };
}

export function BacktestPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = askedOf(params);
  const [question, setQuestion] = useState<BacktestQuestion>(() => asked ?? { asOf: defaultAsOf(serverToday()), horizonDays: 180, scorecardId: null });
  const result = useQuery({
    queryKey: ['health', 'backtest', asked],
    queryFn: () => healthApi.backtest({
      asOf: asked?.asOf ?? '', horizonDays: asked?.horizonDays ?? 180, ...(asked?.scorecardId ? { scorecardId: asked.scorecardId } : {}),
    }),
    enabled: asked !== null,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
  const run = () => {
    const next = new URLSearchParams({ asOf: question.asOf, horizon: String(question.horizonDays) });
    if (question.scorecardId) next.set('scorecard', question.scorecardId);
    // The same question again means "run it again".
    if (next.toString() === params.toString()) void result.refetch();
    else setParams(next);
  };

  return (
    <>
      <PageHeader title={t('health.title')} subtitle={t('health.backtest.subtitle')} />
      <HealthTabs current="backtest" />
      <BacktestForm value={question} running={result.isFetching} onChange={setQuestion} onRun={run} />
      {asked === null ? (
        <Paper p="lg" data-testid="backtest-intro">
          <Text fw={600} mb={4}>{t('health.backtest.introTitle')}</Text>
          <Text size="sm" c="dimmed" maw={760}>{t('health.backtest.intro')}</Text>
        </Paper>
      ) : result.isFetching ? <BacktestProgress key={JSON.stringify(asked)} />
        : result.isError ? (
          <Paper>
            {isApiError(result.error, 'backtest.bad_range')
              ? <Text c="red" p="md">{t('health.backtest.tooRecent', { latest: format.date(latestAsOf(serverToday(), asked.horizonDays)) })}</Text>
              : <QueryError error={result.error} onRetry={() => void result.refetch()} />}
          </Paper>
        ) : result.data ? (
          <Suspense fallback={<Skeleton h={420} radius="md" />}>
            <BacktestResults result={result.data} />
          </Suspense>
        ) : null}
    </>
  );
}
