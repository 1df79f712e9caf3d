/**
 * The survey's 分析 tab (SPEC §3.8): overall figures and cuts by segment, the CX tree with its two hypotheses,
 * churn risk from continuation intent with the what-if simulator, and the comparison with last year's run.
 */
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../api/surveys';
import { surveyAnalysisApi, surveyAnalysisKeys } from '../../../api/survey-analysis';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useLocale } from '../../../lib/use-format';
import { ChurnRiskPanel } from './ChurnRiskPanel';
import { CxTreeDiagram } from './CxTreeDiagram';
import { HypothesisCards } from './HypothesisCards';
import { OverviewPanel } from './OverviewPanel';
import { SimulatorPanel } from './SimulatorPanel';
import { YearOverYearPanel } from './YearOverYearPanel';

export function AnalysisTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tree = useQuery({ queryKey: surveyAnalysisKeys.cxTree(survey.id), queryFn: () => surveyAnalysisApi.cxTree(survey.id) });
  const risk = useQuery({ queryKey: surveyAnalysisKeys.churnRisk(survey.id), queryFn: () => surveyAnalysisApi.churnRisk(survey.id) });
  if (tree.isPending || risk.isPending) return <TableSkeleton />;
  if (tree.isError) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;
  if (risk.isError) return <QueryError error={risk.error} onRetry={() => void risk.refetch()} />;
  const responses = tree.data.classified + tree.data.unclassified;
  if (responses === 0) {
    return (
      <Alert variant="light" color="blue" title={t('cx.emptyTitle')} data-testid="cx-empty">
        {t(survey.status === 'draft' ? 'cx.emptyDraft' : 'cx.emptyBody')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="cx-analysis">
      <OverviewPanel surveyId={survey.id} />
      {tree.data.hasTree ? (
        <>
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" align="flex-start" mb={4}>
              <Title order={4} fz="md">{t('cx.tree.title')}</Title>
              <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} component="a"
                href={surveyAnalysisApi.cxTreeCsvUrl(survey.id, locale)} download data-testid="cx-tree-csv">
                {t('cx.tree.csv')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed" mb="sm">{t('cx.tree.explain', { unclassified: tree.data.unclassified })}</Text>
            <CxTreeDiagram tree={tree.data} />
          </Paper>
          <HypothesisCards hypotheses={tree.data.hypotheses} minGroupN={tree.data.minGroupN} />
        </>
      ) : <Alert variant="light" color="gray">{t('cx.tree.none')}</Alert>}
      <ChurnRiskPanel report={risk.data} />
      {tree.data.hasTree && <SimulatorPanel report={risk.data} />}
      <YearOverYearPanel surveyId={survey.id} />
    </Stack>
  );
}
