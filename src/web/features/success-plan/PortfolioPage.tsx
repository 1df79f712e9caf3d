/**
 * Goals across every account: which reviews are overdue, which goals are at risk or due soon,
 * with progress and the owners on both sides; each row opens the account's plan.
 */
import { Anchor, Group, Paper, Progress, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys, type GoalFilter } from '../../api/success-plans';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { GoalFlagBadges, GoalStatusBadge } from './GoalStatusBadge';
import { formatGoalValue } from './goal-text';

const FILTERS = ['all', 'overdue_review', 'at_risk', 'due_soon'] as const;
type FilterValue = (typeof FILTERS)[number];

export function PortfolioPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter: FilterValue = FILTERS.includes(params.get('filter') as FilterValue) ? (params.get('filter') as FilterValue) : 'all';
  const apiFilter: GoalFilter | null = filter === 'all' ? null : filter;
  const goals = useQuery({
    queryKey: successPlanKeys.portfolio(apiFilter),
    queryFn: () => successPlanApi.portfolio(apiFilter ? { filter: apiFilter } : {}),
  });
  const counts = goals.data?.counts;
  const countOf: Record<FilterValue, number | undefined> = {
    all: counts?.all, overdue_review: counts?.overdueReview, at_risk: counts?.atRisk, due_soon: counts?.dueSoon,
  };

  return (
    <>
      <PageHeader title={t('successPlan.portfolio.title')} subtitle={t('successPlan.portfolio.subtitle')} />
      <SegmentedControl mb="md" value={filter} onChange={(v) => setParams(v === 'all' ? {} : { filter: v }, { replace: true })}
        data={FILTERS.map((f) => ({ value: f, label: `${t(`successPlan.portfolio.filters.${f}`)}${countOf[f] === undefined ? '' : ` (${countOf[f]})`}` }))} />
      {goals.isPending && <TableSkeleton />}
      {goals.isError && <QueryError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data && goals.data.items.length === 0 && (
        <Paper withBorder radius="md" p="xl">
          <Text ta="center" c="dimmed">{filter === 'all' ? t('successPlan.portfolio.emptyAll') : t('successPlan.portfolio.emptyFilter')}</Text>
        </Paper>
      )}
      {goals.data && goals.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="goal-portfolio">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('successPlan.portfolio.account')}</Table.Th>
                <Table.Th>{t('successPlan.fields.title')}</Table.Th>
                <Table.Th w={200}>{t('successPlan.progress')}</Table.Th>
                <Table.Th>{t('successPlan.fields.status')}</Table.Th>
                <Table.Th>{t('successPlan.fields.dueOn')}</Table.Th>
                <Table.Th>{t('successPlan.fields.nextReviewOn')}</Table.Th>
                <Table.Th>{t('successPlan.portfolio.owners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goals.data.items.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td><Anchor component={Link} to={`/accounts/${g.accountId}?tab=success-plan`} size="sm">{g.accountName}</Anchor></Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>{g.title}</Text>
                      <GoalFlagBadges flags={g.flags} t={t} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group justify="space-between" gap={4}>
                        <Text size="xs">{formatGoalValue(g.current, g.unit, format.locale)} / {formatGoalValue(g.target, g.unit, format.locale)}</Text>
                        <Text size="xs" fw={700}>{g.progressDisplay === null ? '—' : `${g.progressDisplay}%`}</Text>
                      </Group>
                      <Progress value={g.progressDisplay ?? 0} size="sm" color={g.flags.atRisk ? 'orange' : 'teal'} />
                    </Stack>
                  </Table.Td>
                  <Table.Td><GoalStatusBadge status={g.status} t={t} /></Table.Td>
                  <Table.Td><Text size="sm">{format.date(g.dueOn)}</Text></Table.Td>
                  <Table.Td><Text size="sm" c={g.flags.reviewOverdue ? 'red' : undefined} fw={g.flags.reviewOverdue ? 700 : undefined}>{format.date(g.nextReviewOn)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{g.customerOwnerName ?? '—'}</Text><Text size="xs" c="dimmed">{g.ownerName ?? ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
