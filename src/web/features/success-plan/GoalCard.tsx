/** One goal on the account's plan: status, progress, owners, dates, flags, actions; opens to its history. */
import { lazy, Suspense, useState } from 'react';
import { ActionIcon, Button, Card, Collapse, Grid, Group, Menu, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconDots, IconPencil, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/success-plans';
import { useFormat } from '../../lib/use-format';
import { GoalFlagBadges, GoalStatusBadge } from './GoalStatusBadge';
import { GoalProgress } from './GoalProgress';
import { bindingText } from './goal-text';

const GoalHistory = lazy(() => import('./GoalHistory').then((m) => ({ default: m.GoalHistory })));

interface Props {
  goal: Goal;
  canWrite: boolean;
  onMeasure: (goal: Goal) => void;
  onReview: (goal: Goal) => void;
  onEdit: (goal: Goal) => void;
  onDelete: (goal: Goal) => void;
}

export function GoalCard({ goal, canWrite, onMeasure, onReview, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const fact = (label: string, value: string, testId?: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" data-testid={testId}>{value}</Text>
    </Stack>
  );
  return (
    <Card withBorder radius="md" padding="md" data-testid="goal-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <GoalStatusBadge status={goal.status} t={t} />
            <GoalFlagBadges flags={goal.flags} t={t} />
          </Group>
          <Text fw={700} size="lg">{goal.title}</Text>
          <Text size="sm" c="dimmed">{goal.metric} · {bindingText(goal.binding, t)}</Text>
        </Stack>
        {canWrite && (
          <Group gap={4} wrap="nowrap">
            {goal.binding === null && (
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onMeasure(goal)}>{t('successPlan.actions.measure')}</Button>
            )}
            <Button size="xs" variant="light" color="grape" leftSection={<IconRefresh size={14} />} onClick={() => onReview(goal)}>{t('successPlan.actions.review')}</Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target><ActionIcon variant="subtle" color="gray" aria-label={t('successPlan.actions.more')}><IconDots size={16} /></ActionIcon></Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(goal)}>{t('successPlan.actions.edit')}</Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(goal)}>{t('successPlan.actions.delete')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <Grid mt="sm" gap="md" align="center">
        <Grid.Col span={{ base: 12, md: 6 }}><GoalProgress goal={goal} t={t} locale={format.locale} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Group gap="lg" wrap="wrap">
            {fact(t('successPlan.fields.customerOwner'), goal.customerOwnerName ?? '—')}
            {fact(t('successPlan.fields.ownerId'), goal.ownerName ?? '—')}
            {fact(t('successPlan.fields.dueOn'), format.date(goal.dueOn))}
            {fact(t('successPlan.fields.nextReviewOn'), format.date(goal.nextReviewOn), 'next-review')}
            {fact(t('successPlan.measuredOn'), goal.currentAt ? format.dayOf(goal.currentAt) : '—')}
          </Group>
        </Grid.Col>
      </Grid>
      <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setOpen((o) => !o)}
        rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}>
        {open ? t('successPlan.history.hide') : t('successPlan.history.show')}
      </Button>
      <Collapse expanded={open}>
        {open && <Suspense fallback={<Skeleton h={180} />}><GoalHistory goalId={goal.id} /></Suspense>}
      </Collapse>
    </Card>
  );
}
