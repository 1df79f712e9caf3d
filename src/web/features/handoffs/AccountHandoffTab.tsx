/**
 * The account's handoff. Sales starts and fills it (the form); CS reads it and accepts it or
 * returns it with questions; a returned handoff shows the questions first. Everyone sees its
 * completeness and its history.
 */
import { useState } from 'react';
import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconEdit, IconFileText } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { handoffApi, handoffKeys, type HandoffDetail } from '../../api/handoffs';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { CompletenessMeter } from './CompletenessMeter';
import { HandoffStatusBadge } from './HandoffBadges';
import { HandoffForm } from './HandoffForm';
import { HandoffHistory } from './HandoffHistory';
import { HandoffView } from './HandoffView';
import { liveCompleteness } from './live-completeness';
import { ReturnedQuestions } from './ReturnedQuestions';
import { ReviewModal } from './ReviewModal';

export function AccountHandoffTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const canWrite = useCan('handoff.write');
  const queryClient = useQueryClient();
  // Sales and CS pass the handoff back and forth: opening the tab always shows its latest state.
  const query = useQuery({ queryKey: handoffKeys.account(account.id), queryFn: () => handoffApi.ofAccount(account.id), refetchOnMount: 'always' });
  const start = useMutation({
    mutationFn: () => handoffApi.create(account.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: handoffKeys.all }),
    onError: (error) => notifyError(t, error),
  });
  if (query.isPending) return <TableSkeleton rows={6} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const handoff = query.data.handoff;
  if (!handoff) {
    return (
      <Card withBorder radius="md" padding="xl" data-testid="handoff-empty">
        <Stack align="center" gap="sm">
          <IconFileText size={36} stroke={1.5} />
          <Title order={4}>{t('handoffs.empty.title')}</Title>
          <Text size="sm" c="dimmed" ta="center" maw={520}>{canWrite ? t('handoffs.empty.sales') : t('handoffs.empty.others')}</Text>
          {canWrite && <Button onClick={() => start.mutate()} loading={start.isPending}>{t('handoffs.empty.start')}</Button>}
        </Stack>
      </Card>
    );
  }
  return <HandoffPanel handoff={handoff} canWrite={canWrite} />;
}

function HandoffPanel({ handoff, canWrite }: { handoff: HandoffDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canReview = useCan('handoff.review');
  const editable = canWrite && handoff.actions.includes('edit');
  const [editing, setEditing] = useState(editable && handoff.status === 'draft');
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  const reviewable = canReview && handoff.actions.includes('accept');
  const by = [
    handoff.authorName && t('handoffs.panel.author', { name: handoff.authorName }),
    handoff.submittedAt && t('handoffs.panel.submittedAt', { date: format.dateTime(handoff.submittedAt) }),
    handoff.status === 'accepted' && handoff.reviewerName && t('handoffs.panel.acceptedBy', { name: handoff.reviewerName, date: format.dateTime(handoff.reviewedAt) }),
  ].filter(Boolean).join(format.locale === 'ja' ? '・' : ' · ');

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={3} fz="lg">{t('handoffs.panel.title')}</Title>
          <HandoffStatusBadge status={handoff.status} />
          <Text size="sm" c="dimmed">{by}</Text>
        </Group>
        <Group gap="xs">
          {editable && !editing && <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)} data-testid="handoff-edit">{t('handoffs.panel.edit')}</Button>}
          {reviewable && <Button color="orange" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDecision('return')} data-testid="handoff-return">{t('handoffs.review.returnAction')}</Button>}
          {reviewable && <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDecision('accept')} data-testid="handoff-accept">{t('handoffs.review.acceptAction')}</Button>}
        </Group>
      </Group>
      {editing ? <HandoffForm handoff={handoff} onDone={() => setEditing(false)} /> : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              {handoff.status === 'returned' && <ReturnedQuestions handoff={handoff} />}
              {handoff.status === 'accepted' && handoff.reviewNote && (
                <Card withBorder radius="md" padding="sm"><Text size="sm">{t('handoffs.panel.acceptNote')}: {handoff.reviewNote}</Text></Card>
              )}
              <HandoffView content={handoff.content} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <CompletenessMeter completeness={liveCompleteness(handoff.content)} />
              <HandoffHistory history={handoff.history} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <ReviewModal handoff={handoff} decision={decision} onClose={() => setDecision(null)} />
    </Stack>
  );
}
