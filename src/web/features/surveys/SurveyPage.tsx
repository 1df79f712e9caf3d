/**
 * /surveys/:surveyId/:tab? — one survey: its status and counts on top, then the tabs 質問 (the
 * builder), 配信 (distribution), 回答 (responses) and 分析 (analysis). Each tab is its own
 * feature folder; this page only frames them.
 */
import { Anchor, Breadcrumbs, Group, Tabs, Text } from '@mantine/core';
import { IconChartDots3, IconListCheck, IconMessages, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { surveyApi, surveyKeys, type Survey } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { AnalysisTab } from './analysis/AnalysisTab';
import { QuestionsTab } from './builder/QuestionsTab';
import { DistributionTab } from './distribution/DistributionTab';
import { ResponsesTab } from './responses/ResponsesTab';
import { SurveyActions } from './SurveyActions';
import { SurveyKindBadge, SurveyStatusBadge } from './SurveyBadges';

const TABS = ['questions', 'distribution', 'responses', 'analysis'] as const;
type Tab = (typeof TABS)[number];
const ICONS = { questions: IconListCheck, distribution: IconSend, responses: IconMessages, analysis: IconChartDots3 };

export function SurveyPage() {
  const { t } = useTranslation();
  const { surveyId = '', tab: rawTab } = useParams();
  const survey = useQuery({ queryKey: surveyKeys.one(surveyId), queryFn: () => surveyApi.get(surveyId) });
  const crumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to="/surveys" size="sm">{t('surveys.list.title')}</Anchor>
      <span>{survey.data?.name ?? '…'}</span>
    </Breadcrumbs>
  );
  if (survey.isPending) return <>{crumbs}<TableSkeleton /></>;
  if (survey.isError) return <>{crumbs}<QueryError error={survey.error} onRetry={() => void survey.refetch()} /></>;
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? '') ? rawTab as Tab : survey.data.status === 'draft' ? 'questions' : 'distribution';
  return <>{crumbs}<Loaded survey={survey.data} tab={tab} /></>;
}

function Loaded({ survey, tab }: { survey: Survey; tab: Tab }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [dirty, setDirty] = useState(false);
  const c = survey.counts;
  const subtitle = (
    <Group gap="xs" component="span">
      <SurveyStatusBadge status={survey.status} />
      <SurveyKindBadge kind={survey.kind} />
      <Text size="sm" c="dimmed" component="span" data-testid="survey-counts">
        {t('surveys.page.counts', {
          invited: format.number(c.invited), responses: format.number(c.responses),
          rate: c.responseRate === null ? '—' : `${format.number(Math.round(c.responseRate * 1000) / 10)}%`,
        })}
        {survey.closesAt && survey.status === 'open' && ` · ${t('surveys.page.closesAt', { date: format.dateTime(survey.closesAt) })}`}
      </Text>
    </Group>
  );
  return (
    <>
      <PageHeader title={survey.name} subtitle={subtitle} actions={<SurveyActions survey={survey} dirty={dirty} />} />
      <Tabs value={tab} onChange={(v) => v && navigate(`/surveys/${survey.id}/${v}`, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((key) => {
            const Icon = ICONS[key];
            return <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} />} data-testid={`tab-${key}`}>{t(`surveys.tabs.${key}`)}</Tabs.Tab>;
          })}
        </Tabs.List>
        <Tabs.Panel value="questions"><QuestionsTab survey={survey} onDirtyChange={setDirty} /></Tabs.Panel>
        <Tabs.Panel value="distribution"><DistributionTab survey={survey} /></Tabs.Panel>
        <Tabs.Panel value="responses"><ResponsesTab survey={survey} /></Tabs.Panel>
        <Tabs.Panel value="analysis"><AnalysisTab survey={survey} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
