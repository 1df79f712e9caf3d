/**
 * The page a customer opens from a shared link (/p/:token): no sign-in, no app shell, in the
 * language the link was made for. Unknown, revoked and expired links all show the same notice.
 * It asks not to be indexed and not to send the link onwards as a referrer.
 */
import { useEffect } from 'react';
import { Button, Center, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLinkOff, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/http';
import { successPlanApi, successPlanKeys } from '../../api/success-plans';
import { QueryError } from '../../components/QueryError';
import { PlanView } from './PlanView';
import './success-plan-print.css';

/** Adds a <meta> for as long as the page is shown. */
function useMeta(name: string, content: string) {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = name;
    meta.content = content;
    document.head.appendChild(meta);
    return () => meta.remove();
  }, [name, content]);
}

export function PublicPlanPage() {
  const { token = '' } = useParams();
  const { i18n, t: appT } = useTranslation();
  useMeta('robots', 'noindex, nofollow');
  useMeta('referrer', 'no-referrer');
  const plan = useQuery({ queryKey: successPlanKeys.publicPlan(token), queryFn: () => successPlanApi.publicPlan(token), retry: false });
  const locale = plan.data?.locale ?? (i18n.language === 'en' ? 'en' : 'ja');
  const t = i18n.getFixedT(locale);
  useEffect(() => {
    if (!plan.data) return;
    document.title = t('successPlan.print.fileName', { account: plan.data.accountName, date: plan.data.today });
    document.documentElement.lang = plan.data.locale;
  }, [plan.data, t]);

  if (plan.isPending) return <div className="kz-plan-page"><Skeleton h={400} /></div>;
  if (plan.isError) {
    if (isApiError(plan.error) && plan.error.status === 404) {
      return (
        <Center mih="80vh" p="md">
          <Paper withBorder radius="md" p="xl" maw={480} data-testid="share-not-found">
            <Stack align="center" gap="sm">
              <ThemeIcon size={48} radius="xl" variant="light" color="gray"><IconLinkOff size={26} /></ThemeIcon>
              <Title order={2} fz={20}>{appT('successPlan.public.notFoundTitle')}</Title>
              <Text size="sm" c="dimmed" ta="center">{appT('successPlan.public.notFoundBody')}</Text>
            </Stack>
          </Paper>
        </Center>
      );
    }
    return <div className="kz-plan-page"><QueryError error={plan.error} onRetry={() => void plan.refetch()} /></div>;
  }
  const data = plan.data;
  return (
    <div className="kz-plan-page">
      <Group justify="space-between" mb="lg" className="kz-no-print">
        <Group gap={6}>
          <ThemeIcon size={26} radius="md"><Text fw={700} fz={13} c="white">絆</Text></ThemeIcon>
          <Text size="sm" c="dimmed">{t('successPlan.public.readOnly')}</Text>
        </Group>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>{t('successPlan.print.button')}</Button>
      </Group>
      <PlanView vendorName={data.vendorName} accountName={data.accountName} today={data.today} goals={data.goals} reviews={data.reviews} t={t} locale={data.locale} />
    </div>
  );
}
