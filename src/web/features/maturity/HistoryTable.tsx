/** Saved assessments, the latest first: pick one to show it on the radar; assessors may delete one. */
import { useState } from 'react';
import { ActionIcon, Badge, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { maturityApi, maturityKeys, type AssessmentSummary } from '../../api/maturity';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';

interface Props {
  items: AssessmentSummary[];
  selectedId: string;
  onSelect: (id: string) => void;
  canDelete: boolean;
}

export function HistoryTable({ items, selectedId, onSelect, canDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<AssessmentSummary | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => maturityApi.remove(id),
    onSuccess: () => {
      setDeleting(null);
      notifySaved(t('maturity.history.deleted'));
      void queryClient.invalidateQueries({ queryKey: maturityKeys.all });
    },
    onError: (error) => notifyError(t, error),
  });

  return (
    <Paper withBorder radius="md" p="md" data-testid="maturity-history">
      <Text fw={600} size="sm" mb="xs">{t('maturity.history.title')}</Text>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('maturity.history.assessedOn')}</Table.Th>
            <Table.Th ta="right">{t('maturity.history.total')}</Table.Th>
            <Table.Th ta="right">{t('maturity.history.change')}</Table.Th>
            <Table.Th>{t('maturity.history.author')}</Table.Th>
            <Table.Th>{t('maturity.history.note')}</Table.Th>
            {canDelete && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => {
            const older = items[index + 1];
            const delta = older ? item.total - older.total : null;
            return (
              <Table.Tr key={item.id} onClick={() => onSelect(item.id)} style={{ cursor: 'pointer' }}
                bg={item.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined} data-testid="history-row">
                <Table.Td>{format.date(item.assessedOn)}</Table.Td>
                <Table.Td ta="right" className="kz-num" fw={600}>{item.total}</Table.Td>
                <Table.Td ta="right">
                  {delta === null ? <Text size="sm" c="dimmed">—</Text>
                    : <Badge variant="light" color={delta > 0 ? 'teal' : delta < 0 ? 'red' : 'gray'} className="kz-num">{delta > 0 ? '+' : ''}{delta}</Badge>}
                </Table.Td>
                <Table.Td><Text size="sm">{item.author?.name ?? '—'}</Text></Table.Td>
                <Table.Td><Text size="sm" lineClamp={1} maw={360}>{item.note ?? ''}</Text></Table.Td>
                {canDelete && (
                  <Table.Td>
                    <Tooltip label={t('maturity.history.delete')}>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('maturity.history.delete')}
                        onClick={(e) => { e.stopPropagation(); setDeleting(item); }}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ConfirmDialog opened={deleting !== null} title={t('maturity.history.deleteTitle')}
        message={t('maturity.history.deleteMessage', { date: deleting ? format.date(deleting.assessedOn) : '', total: deleting?.total ?? 0 })}
        confirmLabel={t('maturity.history.delete')} loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id)} onClose={() => setDeleting(null)} />
    </Paper>
  );
}
