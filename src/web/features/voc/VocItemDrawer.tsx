/** One VOC item in a drawer: status and triage, the accounts behind it with their ARR, and every mention with the customer's words. */
import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Blockquote, Button, Card, Drawer, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocItemDetail, type VocMention } from '../../api/voc';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { AddToVocModal, type VocSource } from './AddToVocModal';
import { DeleteItemButton } from './DeleteItemButton';
import { ItemFormModal } from './ItemFormModal';
import { VocKindBadge, VocStatusBadge } from './VocBadges';
import { VocStatusMenu } from './VocStatusMenu';

export function VocItemDrawer({ itemId, onClose }: { itemId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useQuery({ queryKey: vocKeys.item(itemId ?? ''), queryFn: () => vocApi.get(itemId ?? ''), enabled: itemId !== null });
  return (
    <Drawer opened={itemId !== null} onClose={onClose} position="right" size="xl" title={<Text fw={700}>{t('voc.drawer.title')}</Text>} data-testid="voc-drawer">
      {item.isPending ? <TableSkeleton rows={6} /> : item.isError ? <QueryError error={item.error} onRetry={() => void item.refetch()} />
        : <ItemBody item={item.data} onDeleted={onClose} />}
    </Drawer>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg">{value}</Text>
    </Card>
  );
}

function ItemBody({ item, onDeleted }: { item: VocItemDetail; onDeleted: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const canTriage = useCan('voc.triage');
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<VocSource | null>(null);
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="xs"><VocStatusBadge status={item.status} /><VocKindBadge kind={item.kind} />
          {item.areas.map((a) => <Badge key={a} variant="dot" color="gray">{a}</Badge>)}</Group>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} fz={20} data-testid="voc-drawer-title">{item.title}</Title>
          <Group gap={4} wrap="nowrap">
            {canWrite && <Tooltip label={t('common.edit')}><ActionIcon variant="subtle" onClick={() => setEditing(true)} aria-label={t('common.edit')}><IconPencil size={16} /></ActionIcon></Tooltip>}
            {canTriage && <DeleteItemButton item={item} onDeleted={onDeleted} />}
          </Group>
        </Group>
        {item.description && <Text size="sm" className="kz-pre">{item.description}</Text>}
        {item.sentAt && <Text size="xs" c="dimmed">{t('voc.drawer.sentAt', { date: format.dayOf(item.sentAt) })}</Text>}
      </Stack>
      {canTriage && <VocStatusMenu item={item} />}
      <SimpleGrid cols={3} spacing="sm">
        <Figure label={t('voc.columns.accounts')} value={format.number(item.accounts)} />
        <Figure label={t('voc.columns.arr')} value={format.money(item.arr, item.currency)} />
        <Figure label={t('voc.drawer.rank')} value={item.rank > 0 ? t('voc.drawer.rankValue', { rank: item.rank }) : '—'} />
      </SimpleGrid>
      <Stack gap={6}>
        <Title order={5}>{t('voc.drawer.accounts')}</Title>
        {item.accountList.length === 0 ? <Text size="sm" c="dimmed">{t('voc.drawer.noMentions')}</Text> : (
          <Table verticalSpacing={4} data-testid="voc-accounts">
            <Table.Tbody>
              {item.accountList.map((a) => (
                <Table.Tr key={a.accountId}>
                  <Table.Td><Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">{a.accountName}</Anchor></Table.Td>
                  <Table.Td ta="right"><Text size="sm">{format.money(a.arr, item.currency)}</Text></Table.Td>
                  <Table.Td ta="right"><Text size="xs" c="dimmed">{t('voc.mentionsCount', { count: a.mentions })}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={5}>{t('voc.drawer.mentions')}</Title>
          {canWrite && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding({ sourceKind: 'manual', quote: '' })}
            data-testid="voc-add-manual">{t('voc.drawer.addByHand')}</Button>}
        </Group>
        {item.mentionList.map((m) => <MentionRow key={m.id} mention={m} itemId={item.id} canWrite={canWrite} />)}
      </Stack>
      <ItemFormModal opened={editing} onClose={() => setEditing(false)} item={item} />
      <AddToVocModal source={adding} itemId={item.id} onClose={() => setAdding(null)} />
    </Stack>
  );
}

function MentionRow({ mention, itemId, canWrite }: { mention: VocMention; itemId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => vocApi.removeMention(mention.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vocKeys.all }),
    onError: (e) => notifyError(t, e),
  });
  return (
    <Card withBorder radius="md" padding="sm" data-testid="voc-mention" data-item={itemId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6}>
            <Anchor component={Link} to={`/accounts/${mention.accountId}`} size="sm" fw={600}>{mention.accountName}</Anchor>
            <Badge size="xs" variant="light" color="grape">{t(`voc.source.${mention.sourceKind}`)}</Badge>
            <Text size="xs" c="dimmed">{format.dayOf(mention.createdAt)}{mention.createdBy ? ` ・ ${mention.createdBy}` : ''}</Text>
          </Group>
          {mention.quote ? <Blockquote p="xs" color="gray" className="kz-pre" fz="sm">{mention.quote}</Blockquote>
            : <Text size="xs" c="dimmed">{t('voc.drawer.noQuote')}</Text>}
        </Stack>
        {canWrite && (
          <Tooltip label={t('voc.drawer.removeMention')}>
            <ActionIcon variant="subtle" color="gray" onClick={() => remove.mutate()} loading={remove.isPending} aria-label={t('voc.drawer.removeMention')}>
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Card>
  );
}
