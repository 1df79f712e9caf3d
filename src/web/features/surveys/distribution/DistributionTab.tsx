/**
 * 配信 — who a survey goes to and how many answered: the response summary (回答回収数 and rate
 * with its interval), send and remind, the recipient picker, the invitation email's texts, the
 * recipients table and the response rate by segment.
 */
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { distributionApi, distributionKeys, type RateRow } from '../../../api/survey-distribution';
import type { Survey } from '../../../api/surveys';
import { useCan } from '../../../session/use-session';
import { useFormat } from '../../../lib/use-format';
import { InvitationEmailCard } from './InvitationEmailCard';
import { RecipientPicker } from './RecipientPicker';
import { RecipientsTable } from './RecipientsTable';
import { ResponseRateChart } from './ResponseRateChart';
import { SendButtons } from './SendButtons';
import { percent } from './rate-format';

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string | undefined; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz="xl">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </div>
  );
}

function Summary({ total }: { total: RateRow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const n = (v: number | undefined) => (v === undefined ? '…' : format.number(v));
  const ci = total?.interval;
  return (
    <Paper p="md" withBorder>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat testId="stat-recipients" label={t('surveyDistribution.summary.recipients')} value={n(total?.recipients)} />
        <Stat testId="stat-invited" label={t('surveyDistribution.summary.invited')} value={n(total?.invited)} />
        <Stat testId="stat-opened" label={t('surveyDistribution.summary.opened')} value={n(total?.opened)} />
        <Stat testId="stat-responded" label={t('surveyDistribution.summary.responded')} value={n(total?.responded)} />
        <Stat testId="stat-rate" label={t('surveyDistribution.summary.rate')} value={total ? percent(total.rate, format.locale) : '…'}
          hint={ci ? t('surveyDistribution.summary.interval', { low: percent(ci.low, format.locale), high: percent(ci.high, format.locale) }) : undefined} />
      </SimpleGrid>
    </Paper>
  );
}

export function DistributionTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const canManage = useCan('survey.manage');
  const total = useQuery({ queryKey: distributionKeys.rates(survey.id, null), queryFn: () => distributionApi.rates(survey.id, null) });
  return (
    <Stack gap="md" data-testid="distribution-tab">
      <Group justify="space-between" align="flex-end">
        <Title order={3} fz="lg">{t('surveyDistribution.title')}</Title>
        {canManage && <SendButtons survey={survey} />}
      </Group>
      {survey.status === 'draft' && (
        <Alert icon={<IconInfoCircle size={18} />} color="blue" variant="light" data-testid="draft-note">{t('surveyDistribution.draftNote')}</Alert>
      )}
      {survey.status === 'closed' && (
        <Alert icon={<IconInfoCircle size={18} />} color="gray" variant="light">{t('surveyDistribution.closedNote')}</Alert>
      )}
      <Summary total={total.data?.total} />
      {canManage && survey.status !== 'closed' && <RecipientPicker survey={survey} />}
      <InvitationEmailCard survey={survey} canManage={canManage} />
      <RecipientsTable survey={survey} canManage={canManage} />
      <ResponseRateChart surveyId={survey.id} />
    </Stack>
  );
}
