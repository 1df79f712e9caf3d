/**
 * Stakeholder coverage across the portfolio (ステークホルダー): accounts without an executive
 * sponsor, without a champion, or with people overdue for contact — with the ARR at stake, per
 * owner, and account by account. Filter, owner, sort and scope live in the URL.
 */
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { stakeholderKeys, stakeholdersApi, type CoverageScope } from '../../api/stakeholders';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { AccountCoverageTable } from './AccountCoverageTable';
import { COVERAGE_FILTERS, filterCoverageAccounts, isCoverageSort, sortCoverageAccounts, type CoverageFilter, type CoverageSort, type OwnerFilter } from './coverage-table';
import { CoverageTiles, CoverageTilesSkeleton } from './CoverageTiles';
import { OwnerCoverageTable } from './OwnerCoverageTable';

export function StakeholdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const scope: CoverageScope = params.get('scope') === 'all' ? 'all' : 'customers';
  const filter: CoverageFilter = (COVERAGE_FILTERS as readonly string[]).includes(params.get('filter') ?? '') ? (params.get('filter') as CoverageFilter) : 'all';
  const owner: OwnerFilter = params.get('owner');
  const sortParam = params.get('sort');
  const sort: CoverageSort = isCoverageSort(sortParam) ? sortParam : '-arr';
  const report = useQuery({ queryKey: stakeholderKeys.coverage(scope), queryFn: () => stakeholdersApi.coverage(scope) });
  // From the address bar, not the rendered params: navigation renders in a transition, so two quick
  // changes (a tile, then the scope) would otherwise let the second undo the first.
  const update = (changes: Record<string, string | null>) => setParams(() => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    return next;
  }, { replace: true });

  const data = report.data;
  const rows = data ? sortCoverageAccounts(filterCoverageAccounts(data.accounts, filter, owner), sort, format.locale) : [];
  const ownerOptions = data
    ? data.owners.map((o) => ({ value: o.ownerId ?? 'none', label: o.ownerName ?? t('stakeholders.owners.none') }))
    : [];

  return (
    <>
      <PageHeader title={t('stakeholders.title')} subtitle={t('stakeholders.subtitle')}
        actions={(
          <SegmentedControl size="xs" value={scope} onChange={(v) => update({ scope: v === 'all' ? 'all' : null })} data-testid="scope-control"
            data={[{ value: 'customers', label: t('stakeholders.scope.customers') }, { value: 'all', label: t('stakeholders.scope.all') }]} />
        )} />
      {report.isPending ? <><CoverageTilesSkeleton /><Paper><TableSkeleton /></Paper></>
        : report.isError ? <Paper><QueryError error={report.error} onRetry={() => void report.refetch()} /></Paper>
          : data && data.totals.accounts === 0 ? (
            <Paper p="xl" radius="md" data-testid="coverage-empty">
              <Stack align="center" gap="xs">
                <IconUsers size={28} color="var(--mantine-color-gray-5)" />
                <Text fw={600}>{t('stakeholders.portfolioEmpty.title')}</Text>
                <Text size="sm" c="dimmed" ta="center" maw={480}>{t(`stakeholders.portfolioEmpty.${scope}`)}</Text>
                <Group mt="xs">
                  {scope === 'customers' && <Button variant="light" onClick={() => update({ scope: 'all' })}>{t('stakeholders.scope.all')}</Button>}
                  <Button variant="default" component={Link} to="/accounts">{t('stakeholders.portfolioEmpty.accounts')}</Button>
                </Group>
              </Stack>
            </Paper>
          ) : data && (
            <>
              <CoverageTiles report={data} filter={filter} onFilter={(f) => update({ filter: f === 'all' ? null : f })} />
              <OwnerCoverageTable report={data} onOwner={(o) => update({ owner: o })} />
              <Paper radius="md">
                <Group p="md" gap="sm" justify="space-between" wrap="wrap">
                  <SegmentedControl size="xs" value={filter} onChange={(v) => update({ filter: v === 'all' ? null : v })} data-testid="filter-control"
                    data={COVERAGE_FILTERS.map((f) => ({ value: f, label: t(`stakeholders.filters.${f}`) }))} />
                  <Group gap="sm">
                    <Select size="xs" w={200} clearable placeholder={t('stakeholders.table.allOwners')} aria-label={t('stakeholders.table.owner')}
                      data={ownerOptions} value={owner} onChange={(v) => update({ owner: v })} data-testid="owner-filter" />
                    <Text size="xs" c="dimmed" data-testid="coverage-count">{t('stakeholders.table.count', { count: rows.length })}</Text>
                  </Group>
                </Group>
                {rows.length === 0
                  ? <Text size="sm" c="dimmed" p="md" ta="center" data-testid="coverage-none">{t('stakeholders.table.none')}</Text>
                  : <AccountCoverageTable rows={rows} currency={data.currency} sort={sort} onSort={(s) => update({ sort: s === '-arr' ? null : s })} />}
              </Paper>
              <Text size="xs" c="dimmed" mt="sm">{t('stakeholders.lastContactRule')}</Text>
            </>
          )}
    </>
  );
}
