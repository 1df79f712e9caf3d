/**
 * A success plan to read, not edit: used by the print page (in the app's language) and by the
 * public page a customer opens from a shared link (in the link's language, hence `t` and `locale`
 * passed in). Laid out to print on A4: each goal keeps together on a page.
 */
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { GoalReview, PublicGoal } from '../../api/success-plans';
import type { Locale } from '../../api/types';
import { formatDate } from '../../lib/format';
import { GoalStatusBadge } from './GoalStatusBadge';
import { GoalProgress } from './GoalProgress';
import { ReviewLog } from './ReviewLog';

interface Props {
  vendorName?: string;
  accountName: string;
  today: string;
  goals: PublicGoal[];
  reviews: Array<Pick<GoalReview, 'goalTitle' | 'reviewedOn' | 'changes' | 'reason'>>;
  t: TFunction;
  locale: Locale;
}

export function PlanView({ vendorName, accountName, today, goals, reviews, t, locale }: Props) {
  const achieved = goals.filter((g) => g.status === 'achieved').length;
  return (
    <Stack gap="lg" className="kz-plan">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">{vendorName ? t('successPlan.view.preparedBy', { vendor: vendorName }) : null}</Text>
        <Title order={1} fz={26} data-testid="plan-title">{t('successPlan.view.title', { account: accountName })}</Title>
        <Text size="sm" c="dimmed">{t('successPlan.view.asOf', { date: formatDate(today, locale) })}</Text>
      </Stack>
      <SimpleGrid cols={3} spacing="md">
        <Summary label={t('successPlan.view.goals')} value={String(goals.length)} />
        <Summary label={t('successPlan.view.achieved')} value={String(achieved)} />
        <Summary label={t('successPlan.view.reviews')} value={String(reviews.length)} />
      </SimpleGrid>
      {goals.length === 0 && <Text c="dimmed">{t('successPlan.view.noGoals')}</Text>}
      {goals.map((g, i) => (
        <Card key={i} withBorder radius="md" padding="md" className="kz-plan-goal" data-testid="plan-goal">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Text fw={700} size="lg">{g.title}</Text>
              <Text size="sm" c="dimmed">{g.metric}</Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {g.reviewOverdue && <Badge color="red" variant="outline" size="sm">{t('successPlan.flags.reviewOverdue')}</Badge>}
              <GoalStatusBadge status={g.status} t={t} />
            </Group>
          </Group>
          <Group mt="sm" align="flex-start" gap="xl" wrap="wrap">
            <div style={{ flex: '1 1 280px' }}><GoalProgress goal={g} t={t} locale={locale} /></div>
            <Table withRowBorders={false} verticalSpacing={2} style={{ flex: '1 1 240px' }}>
              <Table.Tbody>
                <Row label={t('successPlan.fields.customerOwner')} value={g.customerOwnerName ?? '—'} />
                <Row label={t('successPlan.fields.ownerId')} value={g.ownerName ?? '—'} />
                <Row label={t('successPlan.fields.dueOn')} value={formatDate(g.dueOn, locale)} />
                <Row label={t('successPlan.fields.nextReviewOn')} value={formatDate(g.nextReviewOn, locale)} />
              </Table.Tbody>
            </Table>
          </Group>
        </Card>
      ))}
      <Stack gap="xs" className="kz-plan-reviews">
        <Title order={2} fz={18}>{t('successPlan.view.reviewLog')}</Title>
        <ReviewLog reviews={reviews} t={t} locale={locale} showGoal />
      </Stack>
    </Stack>
  );
}

function Summary({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz={22}>{value}</Text>
    </Card>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Td><Text size="xs" c="dimmed">{label}</Text></Table.Td>
      <Table.Td><Text size="sm">{value}</Text></Table.Td>
    </Table.Tr>
  );
}
