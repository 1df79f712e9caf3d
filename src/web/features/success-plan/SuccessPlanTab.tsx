/**
 * The account's success plan: the outcomes the customer wants, each with its measured progress,
 * owners on both sides and review dates; add, measure, review (re-agree), share and print.
 */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconPrinter, IconShare, IconTarget } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys, type Goal } from '../../api/success-plans';
import type { Account } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useSession } from '../../session/use-session';
import { GoalCard } from './GoalCard';
import { GoalFormModal } from './GoalFormModal';
import { MeasurementModal } from './MeasurementModal';
import { ReviewModal } from './ReviewModal';
import { ShareModal } from './ShareModal';

export function SuccessPlanTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const me = useSession();
  const canWrite = me.permissions.includes('data.write');
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: successPlanKeys.plan(account.id), queryFn: () => successPlanApi.plan(account.id) });
  const [form, setForm] = useState<{ goal: Goal | null } | null>(null);
  const [measuring, setMeasuring] = useState<Goal | null>(null);
  const [reviewing, setReviewing] = useState<Goal | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  const [sharing, setSharing] = useState(false);
  const remove = useMutation({
    mutationFn: (goal: Goal) => successPlanApi.deleteGoal(goal.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successPlanKeys.all });
      notifySaved(t('successPlan.deleted'));
      setDeleting(null);
    },
    onError: (error) => notifyError(t, error),
  });

  if (plan.isPending) return <TableSkeleton />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const goals = plan.data.goals;
  const overdue = goals.filter((g) => g.flags.reviewOverdue).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3} fz={18}>{t('successPlan.title')}</Title>
          <Text size="sm" c="dimmed">{t('successPlan.subtitle')}</Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPrinter size={16} />} component={Link} to={`/accounts/${account.id}/success-plan/print`}>
            {t('successPlan.print.open')}
          </Button>
          <Button variant="default" leftSection={<IconShare size={16} />} onClick={() => setSharing(true)}>{t('successPlan.share.open')}</Button>
          {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ goal: null })}>{t('successPlan.addGoal')}</Button>}
        </Group>
      </Group>
      {overdue > 0 && <Alert color="red" variant="light">{t('successPlan.overdueAlert', { count: overdue })}</Alert>}
      {goals.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="sm">
            <ThemeIcon size={44} radius="xl" variant="light"><IconTarget size={24} /></ThemeIcon>
            <Text fw={700}>{t('successPlan.empty.title')}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={520}>{t('successPlan.empty.body')}</Text>
            {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ goal: null })}>{t('successPlan.addGoal')}</Button>}
          </Stack>
        </Paper>
      ) : (
        goals.map((goal) => (
          <GoalCard key={goal.id} goal={goal} canWrite={canWrite} onMeasure={setMeasuring} onReview={setReviewing}
            onEdit={(g) => setForm({ goal: g })} onDelete={setDeleting} />
        ))
      )}
      <GoalFormModal accountId={account.id} opened={form !== null} goal={form?.goal ?? null} onClose={() => setForm(null)} />
      <MeasurementModal goal={measuring} onClose={() => setMeasuring(null)} />
      <ReviewModal goal={reviewing} onClose={() => setReviewing(null)} />
      <ShareModal accountId={account.id} opened={sharing} canWrite={canWrite} onClose={() => setSharing(false)} />
      <ConfirmDialog opened={deleting !== null} title={t('successPlan.deleteTitle')}
        message={t('successPlan.deleteMessage', { title: deleting?.title ?? '' })} confirmLabel={t('successPlan.actions.delete')}
        loading={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting)} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
