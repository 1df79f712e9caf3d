/**
 * The printable success plan (outside the app shell): the print button opens the browser's
 * dialog, where "Save as PDF" gives the PDF; the page title becomes its file name.
 */
import { useEffect } from 'react';
import { Anchor, Button, Group, Skeleton } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys } from '../../api/success-plans';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/use-format';
import { useSession } from '../../session/use-session';
import { PlanView } from './PlanView';
import './success-plan-print.css';

export function PrintPlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { accountId = '' } = useParams();
  const plan = useQuery({ queryKey: successPlanKeys.plan(accountId), queryFn: () => successPlanApi.plan(accountId) });
  const name = plan.data?.account.name;
  useEffect(() => {
    if (!name || !plan.data) return;
    const previous = document.title;
    document.title = t('successPlan.print.fileName', { account: name, date: plan.data.today });
    return () => { document.title = previous; };
  }, [name, plan.data, t]);

  return (
    <div className="kz-plan-page">
      <Group justify="space-between" mb="lg" className="kz-no-print">
        <Anchor component={Link} to={`/accounts/${accountId}?tab=success-plan`} size="sm">
          <Group gap={4}><IconArrowLeft size={14} />{t('successPlan.print.back')}</Group>
        </Anchor>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()} disabled={!plan.data}>{t('successPlan.print.button')}</Button>
      </Group>
      {plan.isPending && <Skeleton h={400} />}
      {plan.isError && <QueryError error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.data && (
        <PlanView vendorName={me.workspace.name} accountName={plan.data.account.name} today={plan.data.today} t={t} locale={format.locale}
          goals={plan.data.goals.filter((g) => g.status !== 'dropped').map((g) => ({ ...g, reviewOverdue: g.flags.reviewOverdue }))}
          reviews={plan.data.reviews} />
      )}
    </div>
  );
}
