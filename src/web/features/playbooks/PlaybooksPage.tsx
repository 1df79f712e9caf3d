/**
 * プレイブック / Playbooks (/playbooks): every playbook with its trigger, scope and actions, how
 * often it fired in the last 30 days, and a switch to turn it on or off.
 */
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { playbookApi, playbookKeys, type Playbook } from '../../api/playbooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { actionText, triggerText } from './playbook-text';
import { usePlaybookChoices } from './use-choices';

export function PlaybooksPage() {
  const { t } = useTranslation();
  const canConfigure = useCan('journey.configure');
  const list = useQuery({ queryKey: playbookKeys.list(), queryFn: playbookApi.list });
  return (
    <>
      <PageHeader title={t('playbooks.list.title')} subtitle={t('playbooks.list.subtitle')}
        actions={canConfigure && <Button component={Link} to="/playbooks/new" leftSection={<IconPlus size={16} />} data-testid="new-playbook">{t('playbooks.list.new')}</Button>} />
      {list.isPending && <TableSkeleton />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (list.data.items.length === 0 ? <Empty canConfigure={canConfigure} /> : <PlaybookTable items={list.data.items} canConfigure={canConfigure} />)}
    </>
  );
}

function Empty({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" ta="center" data-testid="playbooks-empty">
      <Text fw={600}>{t('playbooks.list.emptyTitle')}</Text>
      <Text size="sm" c="dimmed" mt={4} maw={560} mx="auto">{t('playbooks.list.emptyBody')}</Text>
      {canConfigure
        ? <Button component={Link} to="/playbooks/new" mt="md" leftSection={<IconPlus size={16} />}>{t('playbooks.list.new')}</Button>
        : <Text size="sm" c="dimmed" mt="md">{t('playbooks.list.emptyAskAdmin')}</Text>}
    </Paper>
  );
}

function PlaybookTable({ items, canConfigure }: { items: Playbook[]; canConfigure: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const choices = usePlaybookChoices();
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => playbookApi.update(id, { enabled }),
    onSuccess: () => void client.invalidateQueries({ queryKey: playbookKeys.all }),
    onError: (error) => notifyError(t, error),
  });
  const scope = (p: Playbook) => {
    const parts = [...p.tierKeys.map(choices.tierName), ...p.phaseKeys.map(choices.phaseName)];
    return parts.length === 0 ? <Text size="sm" c="dimmed">{t('playbooks.editor.scopeAll')}</Text>
      : <Group gap={4}>{parts.map((x) => <Badge key={x} variant="light" size="sm">{x}</Badge>)}</Group>;
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="playbook-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('playbooks.list.name')}</Table.Th>
            <Table.Th>{t('playbooks.list.trigger')}</Table.Th>
            <Table.Th>{t('playbooks.list.scope')}</Table.Th>
            <Table.Th>{t('playbooks.list.actions')}</Table.Th>
            <Table.Th ta="right">{t('playbooks.list.runs30d')}</Table.Th>
            <Table.Th ta="right">{t('playbooks.list.open')}</Table.Th>
            <Table.Th>{t('playbooks.list.lastFired')}</Table.Th>
            <Table.Th>{t('playbooks.list.enabled')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="playbook-row">
              <Table.Td><Anchor component={Link} to={`/playbooks/${p.id}`} fw={600}>{p.name}</Anchor></Table.Td>
              <Table.Td><Text size="sm">{triggerText(p.trigger, t, choices.phaseName)}</Text></Table.Td>
              <Table.Td>{scope(p)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>{p.actions.map((a, i) => <Text key={i} size="sm">{actionText(a, t, { template: choices.templateName, phase: choices.phaseName })}</Text>)}</Stack>
              </Table.Td>
              <Table.Td ta="right"><Anchor component={Link} to={`/playbooks/${p.id}?tab=runs`}>{format.number(p.runs30d)}</Anchor></Table.Td>
              <Table.Td ta="right">{format.number(p.openEpisodes)}</Table.Td>
              <Table.Td>{p.lastFiredAt ? format.dateTime(p.lastFiredAt) : <Text size="sm" c="dimmed">{t('playbooks.list.never')}</Text>}</Table.Td>
              <Table.Td>
                <Switch checked={p.enabled} disabled={!canConfigure} aria-label={t('playbooks.list.enabled')}
                  onChange={(e) => toggle.mutate({ id: p.id, enabled: e.currentTarget.checked })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
