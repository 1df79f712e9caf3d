/**
 * The account's stakeholder map (SPEC §3.9): coverage and its warnings on top, then the
 * people arranged by level — executives, managers, end users — each with role, agreed
 * frequency and channel, last contact from the timeline, next due date and overdue flag.
 */
import { useState } from 'react';
import { Button, Paper, SimpleGrid, Skeleton, Stack, Text, Title, Group } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_LEVELS, type ContactLevel } from '../../../domain/accounts/fields';
import { stakeholderKeys, stakeholdersApi, type Stakeholder } from '../../api/stakeholders';
import type { Account } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../../session/use-session';
import { CoverageSummary } from './CoverageSummary';
import { QuickEditModal } from './QuickEditModal';
import { StakeholderCard } from './StakeholderCard';

type Column = ContactLevel | 'unassigned';

interface Props {
  account: Account;
  onOpenTab: (tab: string) => void;
}

export function AccountStakeholdersTab({ account, onOpenTab }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const map = useQuery({ queryKey: stakeholderKeys.map(account.id), queryFn: () => stakeholdersApi.map(account.id) });
  const [editing, setEditing] = useState<Stakeholder | null>(null);

  if (map.isPending) return <Stack><Skeleton h={150} radius="md" /><Skeleton h={260} radius="md" /></Stack>;
  if (map.isError) return <QueryError error={map.error} onRetry={() => void map.refetch()} />;
  const { coverage, stakeholders } = map.data;

  if (stakeholders.length === 0) {
    return (
      <Paper p="xl" radius="md" data-testid="stakeholders-empty">
        <Stack align="center" gap="xs">
          <IconUsers size={28} color="var(--mantine-color-gray-5)" />
          <Text fw={600}>{t('stakeholders.empty.title')}</Text>
          <Text size="sm" c="dimmed" ta="center" maw={460}>{t('stakeholders.empty.description')}</Text>
          <Button mt="xs" variant="light" onClick={() => onOpenTab('contacts')}>{t('stakeholders.empty.action')}</Button>
        </Stack>
      </Paper>
    );
  }

  const columns: Column[] = [...CONTACT_LEVELS, ...(stakeholders.some((s) => !s.level) ? ['unassigned' as const] : [])];
  return (
    <Stack gap="md" data-testid="stakeholder-map">
      <CoverageSummary coverage={coverage} stakeholders={stakeholders} />
      <SimpleGrid cols={{ base: 1, md: columns.length }} spacing="md">
        {columns.map((column) => {
          const people = stakeholders.filter((s) => (s.level ?? 'unassigned') === column);
          return (
            <Paper key={column} p="md" radius="md" data-testid={`level-${column}`}>
              <Group gap={8} mb="sm">
                <Title order={5}>{column === 'unassigned' ? t('stakeholders.noLevel') : t(`contactLevel.${column}`)}</Title>
                <Text size="xs" c="dimmed">{t('stakeholders.people', { count: people.length })}</Text>
              </Group>
              {people.length === 0 ? (
                <Text size="sm" c="dimmed">{t(column === 'executive' ? 'stakeholders.noExecutive' : 'stakeholders.noneAtLevel')}</Text>
              ) : (
                <Stack gap="sm">
                  {people.map((p) => <StakeholderCard key={p.id} person={p} canWrite={canWrite} onEdit={() => setEditing(p)} />)}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
      <Text size="xs" c="dimmed">{t('stakeholders.lastContactRule')}</Text>
      <QuickEditModal accountId={account.id} person={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
