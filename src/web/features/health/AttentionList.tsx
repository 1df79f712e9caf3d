/**
 * "Who needs attention": the red accounts, lowest score first, each linked to its page with
 * its MRR, renewal and owner — the CSM's way in from the portfolio to the account.
 */
import { Anchor, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys } from '../../api/scorecards';
import { QueryError } from '../../components/QueryError';
import { AccountStatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/use-format';
import { BandBadge } from './BandBadge';

const PAGE = 12;

export function AttentionList({ total }: { total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useInfiniteQuery({
    queryKey: healthKeys.accountsByBand('red'),
    queryFn: ({ pageParam }) => healthApi.accountsByHealth({ health: 'red', sort: 'health', limit: PAGE, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Paper p="md" radius="md" data-testid="attention-list" h="100%">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600} size="sm">{t('health.overview.attentionTitle')}</Text>
        <Text size="xs" c="dimmed">{t('health.overview.attentionCount', { count: total })}</Text>
      </Group>
      {list.isPending ? <Stack gap={8}>{[0, 1, 2, 3].map((i) => <Skeleton key={i} h={44} />)}</Stack>
        : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} />
          : rows.length === 0 ? (
            <Stack align="center" gap={6} py={48}>
              <ThemeIcon variant="light" color="teal" size={40} radius="xl"><IconCircleCheck size={24} /></ThemeIcon>
              <Text size="sm" fw={600}>{t('health.overview.noRedTitle')}</Text>
              <Text size="xs" c="dimmed" ta="center" maw={260}>{t('health.overview.noRedDescription')}</Text>
            </Stack>
          ) : (
            <ScrollArea.Autosize mah={330} type="auto" offsetScrollbars>
              <Stack gap={0}>
                {rows.map((account) => (
                  <Group key={account.id} justify="space-between" wrap="nowrap" py={8} gap="sm"
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/accounts/${account.id}`} fw={600} size="sm" c="dark" truncate>{account.name}</Anchor>
                      <Text size="xs" c="dimmed" truncate>
                        {[format.money(account.mrr, account.currency), account.renewalDate ? t('health.overview.renews', { date: format.date(account.renewalDate) }) : null,
                          account.ownerName ?? t('health.overview.noOwner')].filter(Boolean).join(' · ')}
                      </Text>
                    </Stack>
                    <Group gap={4} wrap="nowrap">
                      {account.status !== 'active' && <AccountStatusBadge status={account.status} size="xs" />}
                      <BandBadge band={account.health?.band ?? 'red'} score={account.health?.score ?? null} />
                    </Group>
                  </Group>
                ))}
                {list.hasNextPage && (
                  <Button variant="subtle" size="xs" mt="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                    {t('common.loadMore')}
                  </Button>
                )}
              </Stack>
            </ScrollArea.Autosize>
          )}
    </Paper>
  );
}
