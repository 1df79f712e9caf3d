/**
 * Settings → タッチモデル / Touch model: the tiers in the order they are tried, each with its rule,
 * cadence and how many accounts it holds; add, edit (with a preview), reorder and delete tiers.
 * Only journey.configure (admins, managers) may change them; everyone else reads.
 */
import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconInfoCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { keys } from '../../api/client';
import { tierApi, tierKeys, type Tier } from '../../api/tiers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';
import { useCan, useSession } from '../../session/use-session';
import { cadenceText, ruleText } from './rule-text';
import { TierEditorModal } from './TierEditorModal';

export function TouchModelSettings() {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useSession();
  const canConfigure = useCan('journey.configure');
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: tierKeys.list(), queryFn: tierApi.list });
  const [editing, setEditing] = useState<Tier | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Tier | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: tierKeys.all });
    void queryClient.invalidateQueries({ queryKey: keys.accounts });
  };
  const reorder = useMutation({
    mutationFn: tierApi.reorder,
    onSuccess: (r) => { refresh(); notifySaved(t('touchModel.reordered', { moved: r.moved })); },
    onError: (e) => notifyError(t, e),
  });
  const remove = useMutation({
    mutationFn: (tier: Tier) => tierApi.remove(tier.id),
    onSuccess: (r) => { refresh(); setDeleting(null); notifySaved(t('touchModel.deleted', { moved: r.moved })); },
    onError: (e) => notifyError(t, e),
  });

  if (list.isPending) return <TableSkeleton rows={4} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const tiers = list.data.tiers;
  const ruled = tiers.filter((x) => !x.isDefault);
  const move = (tier: Tier, by: -1 | 1) => {
    const ids = ruled.map((x) => x.id);
    const at = ids.indexOf(tier.id);
    [ids[at], ids[at + by]] = [ids[at + by]!, ids[at]!];
    reorder.mutate([...ids, ...tiers.filter((x) => x.isDefault).map((x) => x.id)]);
  };
  const currency = me.workspace.baseCurrency;

  return (
    <Stack gap="md" data-testid="touch-model-settings">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={720}>
          <Text fw={600}>{t('touchModel.settings.title')}</Text>
          <Text size="sm" c="dimmed">{t('touchModel.settings.intro')}</Text>
        </Stack>
        <Group gap="xs">
          <Anchor component={Link} to="/touch-model" size="sm">{t('touchModel.settings.openReport')}</Anchor>
          {canConfigure && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="tier-add">{t('touchModel.settings.add')}</Button>
          )}
        </Group>
      </Group>
      {!canConfigure && <Alert icon={<IconInfoCircle size={18} />} color="gray">{t('touchModel.settings.readOnly')}</Alert>}
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" highlightOnHover data-testid="tier-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('touchModel.settings.order')}</Table.Th>
              <Table.Th>{t('touchModel.settings.tier')}</Table.Th>
              <Table.Th>{t('touchModel.settings.rule')}</Table.Th>
              <Table.Th>{t('touchModel.settings.cadence')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{t('touchModel.settings.accounts')}</Table.Th>
              {canConfigure && <Table.Th w={120} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((tier) => {
              const at = ruled.indexOf(tier);
              return (
                <Table.Tr key={tier.id} data-testid={`tier-row-${tier.key}`}>
                  <Table.Td>
                    {tier.isDefault ? <Text size="sm" c="dimmed">—</Text> : canConfigure ? (
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon size="sm" variant="subtle" aria-label={t('touchModel.settings.moveUp')} disabled={at === 0 || reorder.isPending} onClick={() => move(tier, -1)}><IconArrowUp size={14} /></ActionIcon>
                        <ActionIcon size="sm" variant="subtle" aria-label={t('touchModel.settings.moveDown')} disabled={at === ruled.length - 1 || reorder.isPending} onClick={() => move(tier, 1)}><IconArrowDown size={14} /></ActionIcon>
                      </Group>
                    ) : <Text size="sm">{at + 1}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text fw={600} size="sm">{tier.name}</Text>
                      <Badge size="xs" variant="outline" color="gray">{tier.key}</Badge>
                      {tier.isDefault && <Badge size="xs" variant="light">{t('touchModel.settings.default')}</Badge>}
                    </Group>
                    {tier.description && <Text size="xs" c="dimmed" maw={320}>{tier.description}</Text>}
                  </Table.Td>
                  <Table.Td><Text size="sm">{ruleText(tier.rule, tier.isDefault, currency, locale, t)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{cadenceText(tier, t)}</Text></Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{tier.accounts}</Text>
                    {tier.overrides > 0 && <Text size="xs" c="dimmed">{t('touchModel.settings.overrides', { count: tier.overrides })}</Text>}
                  </Table.Td>
                  {canConfigure && (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t('touchModel.settings.edit', { name: tier.name })} onClick={() => setEditing(tier)}
                          data-testid={`tier-edit-${tier.key}`}><IconPencil size={16} /></ActionIcon>
                        <Tooltip label={t('touchModel.errors.defaultRequired')} disabled={!tier.isDefault}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('touchModel.settings.delete', { name: tier.name })}
                            disabled={tier.isDefault} onClick={() => setDeleting(tier)}><IconTrash size={16} /></ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Text size="xs" c="dimmed">{t('touchModel.settings.touchDefinition')}</Text>
      <TierEditorModal tier={editing} tiers={tiers} currency={currency} onClose={() => setEditing(null)} />
      <ConfirmDialog opened={deleting !== null} onClose={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)}
        title={t('touchModel.settings.deleteTitle', { name: deleting?.name ?? '' })} message={t('touchModel.settings.deleteBody')}
        confirmLabel={t('touchModel.settings.deleteConfirm')} loading={remove.isPending} />
    </Stack>
  );
}
