/** Email templates: one row per template and language, with a warning for unknown fields. */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deliveryApi, deliveryKeys, type EmailTemplate } from '../../api/delivery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { TemplateEditorModal } from './TemplateEditorModal';

export function TemplatesCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: deliveryKeys.templates(), queryFn: deliveryApi.templates });
  const [editing, setEditing] = useState<EmailTemplate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EmailTemplate | null>(null);
  const remove = useMutation({
    mutationFn: (x: EmailTemplate) => deliveryApi.deleteTemplate(x.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: deliveryKeys.templates() });
      notifySaved(t('delivery.templates.deleted', { name: deleting?.name ?? '' }));
      setDeleting(null);
    },
    onError: (e) => notifyError(t, e),
  });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="email-templates">
      <Group justify="space-between" mb="sm">
        <Stack gap={2}>
          <Text fw={600}>{t('delivery.templates.title')}</Text>
          <Text size="sm" c="dimmed">{t('delivery.templates.intro')}</Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="template-add">{t('delivery.templates.add')}</Button>
      </Group>
      {list.isPending ? <TableSkeleton rows={3} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="templates-empty">{t('delivery.templates.empty')}</Text>
      ) : (
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery.templates.name')}</Table.Th>
              <Table.Th w={90}>{t('delivery.templates.locale')}</Table.Th>
              <Table.Th>{t('delivery.templates.subject')}</Table.Th>
              <Table.Th w={130}>{t('delivery.templates.updated')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((x) => (
              <Table.Tr key={x.id} data-testid="template-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>{x.name}</Text>
                    {x.unknownFields.length > 0 && (
                      <Tooltip label={t('delivery.templates.unknownFields', { fields: x.unknownFields.map((u) => `{{${u}}}`).join(', ') })} multiline w={280}>
                        <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td><Badge variant="light" color={x.locale === 'ja' ? 'grape' : 'blue'}>{x.locale === 'ja' ? '日本語' : 'English'}</Badge></Table.Td>
                <Table.Td><Text size="sm" lineClamp={1}>{x.subject}</Text></Table.Td>
                <Table.Td><Text size="sm" c="dimmed">{f.dayOf(x.updatedAt)}</Text></Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(x)}><IconPencil size={16} /></ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => setDeleting(x)}><IconTrash size={16} /></ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TemplateEditorModal opened={editing !== null} template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ConfirmDialog opened={deleting !== null} title={t('delivery.templates.deleteTitle')} message={t('delivery.templates.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')} loading={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting)} onClose={() => setDeleting(null)} />
    </Paper>
  );
}
