/**
 * Portfolio health for leadership: accounts per band now (against 30 days ago), the bands over
 * 180 days, and the accounts that moved band in the last 30 days — the newly red ones first.
 */
import { lazy, Suspense } from 'react';
import { Anchor, Badge, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BandChange, ExecutiveSummary } from '../../api/executive';
import { useFormat } from '../../lib/use-format';
import { BandTiles } from '../health/BandTiles';
import { BandBadge } from '../health/BandBadge';

const DistributionChart = lazy(() => import('../health/DistributionChart').then((m) => ({ default: m.DistributionChart })));

interface Props {
  health: ExecutiveSummary['health'];
  currency: string;
  days: number;
}

export function HealthSection({ health, currency, days }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { current } = health.distribution;
  const scored = current.red + current.yellow + current.green;
  if (scored === 0 && health.distribution.items.length === 0) {
    return (
      <Paper withBorder radius="md" p="md" data-testid="exec-health-empty">
        <Text size="sm" c="dimmed" mb={4}>{t('executive.health.empty')}</Text>
        <Anchor component={Link} to="/health/scorecards" size="sm" data-print="hide">{t('executive.health.setUp')}</Anchor>
      </Paper>
    );
  }
  return (
    <>
      <BandTiles distribution={health.distribution} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }} className="kz-exec-chart">
          <Suspense fallback={<Skeleton h={340} radius="md" />}>
            <DistributionChart distribution={health.distribution} days={days} />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder radius="md" p="md" h="100%" data-testid="exec-band-changes" className="kz-exec-avoid-break">
            <Text size="sm" fw={600}>{t('executive.health.changesTitle')}</Text>
            <Text size="xs" c="dimmed" mb="xs">{t('executive.health.since', { date: format.date(health.since) })}</Text>
            {!health.hasBaseline ? (
              <Text size="sm" c="dimmed">{t('executive.health.noBaseline')}</Text>
            ) : (
              <Group gap="xs" mb="sm">
                <Badge color="teal" variant="light" data-testid="exec-improved">{t('executive.health.improved', { count: health.improved })}</Badge>
                <Badge color="red" variant="light" data-testid="exec-worsened">{t('executive.health.worsened', { count: health.worsened })}</Badge>
              </Group>
            )}
            {/* Without a month of history every red account is "new": call them what they are. */}
            <Text size="xs" fw={600} mt="xs">
              {health.hasBaseline ? t('executive.health.newRed', { count: health.newRed.length }) : t('executive.health.redNow', { count: health.newRed.length })}
            </Text>
            {health.newRed.length === 0
              ? <Text size="xs" c="dimmed">{t('executive.health.noNewRed')}</Text>
              : <ChangeList rows={health.newRed.slice(0, 8)} currency={currency} testId="exec-new-red" />}
            {health.changes.length > 0 && (
              <>
                <Text size="xs" fw={600} mt="sm">{t('executive.health.moved')}</Text>
                <ChangeList rows={health.changes.slice(0, 8)} currency={currency} testId="exec-moved" />
              </>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}

function ChangeList({ rows, currency, testId }: { rows: BandChange[]; currency: string; testId: string }) {
  const format = useFormat();
  return (
    <Stack gap={2} data-testid={testId}>
      {rows.map((r) => (
        <Group key={r.accountId} gap={6} wrap="nowrap" justify="space-between">
          <Anchor component={Link} to={`/accounts/${r.accountId}`} size="xs" truncate style={{ flex: 1, minWidth: 0 }}>{r.accountName}</Anchor>
          <Text size="xs" c="dimmed" className="kz-num">{format.money(r.mrr, currency)}</Text>
          <Group gap={4} wrap="nowrap">
            <BandBadge band={r.before} size="xs" />
            <Text size="xs" c="dimmed" aria-hidden>→</Text>
            <BandBadge band={r.now} size="xs" />
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
