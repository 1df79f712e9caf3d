/** The account tab "プレイブック / Playbooks": every playbook that fired for this account, newest first. */
import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { playbookApi, playbookKeys } from '../../api/playbooks';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { RunLog } from './RunLog';

export function AccountPlaybookRuns({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const runs = useQuery({ queryKey: playbookKeys.accountRuns(accountId), queryFn: () => playbookApi.accountRuns(accountId) });
  if (runs.isPending) return <TableSkeleton />;
  if (runs.isError) return <QueryError error={runs.error} onRetry={() => void runs.refetch()} />;
  return (
    <Stack gap="sm" data-testid="account-playbook-runs">
      <Text size="sm" c="dimmed">{t('playbooks.account.help')}</Text>
      <RunLog runs={runs.data.items} show="playbook" empty={t('playbooks.account.empty')} />
    </Stack>
  );
}
