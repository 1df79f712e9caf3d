/** The accounts list: search, filters, sort, cursor pagination, and the way in when it is empty. */
import { useState } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useCan } from '../../session/use-session';
import { AccountFilters } from './AccountFilters';
import { AccountFormModal } from './AccountFormModal';
import { AccountsEmptyState } from './AccountsEmptyState';
import { AccountsTable } from './AccountsTable';
import { useAccountFilters } from './use-account-filters';

const PAGE_SIZE = 50;

export function AccountsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('data.write');
  const canImport = useCan('import.run');
  const filters = useAccountFilters();
  const [adding, setAdding] = useState(false);
  const list = useInfiniteQuery({
    queryKey: keys.accountList(filters.query),
    queryFn: ({ pageParam }) => api.accounts({ ...filters.query, limit: PAGE_SIZE, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
    placeholderData: (previous) => previous,
  });
  const accounts = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        actions={<>
          {canImport && <Button component={Link} to="/import" variant="default" leftSection={<IconFileImport size={16} />}>{t('nav.import')}</Button>}
          {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('accounts.add')}</Button>}
        </>}
      />
      <AccountFilters filters={filters} />
      <Paper p={0} style={{ overflow: 'hidden', opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        {list.isPending ? <TableSkeleton /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> :
          accounts.length === 0 ? (
            <AccountsEmptyState filtered={filters.activeFilters > 0} onClearFilters={filters.clear} onAdd={() => setAdding(true)} />
          ) : (
            <AccountsTable accounts={accounts} sort={filters.query.sort ?? 'name'} onSort={(sort) => filters.update({ sort })} />
          )}
      </Paper>
      {accounts.length > 0 && (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed">{t('accounts.shown', { count: accounts.length })}</Text>
          {list.hasNextPage && (
            <Button variant="default" size="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          )}
        </Group>
      )}
      <AccountFormModal opened={adding} onClose={() => setAdding(false)} onSaved={(account) => navigate(`/accounts/${account.id}`)} />
    </>
  );
}
