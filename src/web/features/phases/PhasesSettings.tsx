/**
 * Settings → フェーズ / Phases: the roadmap in order — each phase with its entry criterion, the
 * accounts in it now and its checklist template. Managers and admins add, edit, reorder and
 * delete phases and checklist items; everyone else reads.
 */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Skeleton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { phaseApi, phaseKeys, type Phase } from '../../api/phases';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { criterionText } from './criterion-text';
import { PhaseEditorModal } from './PhaseEditorModal';
import { useMeasures } from './use-measures';

export function PhasesSettings() {
  const { t } = useTranslation();
  const canConfigure = useCan('journey.configure');
  const measures = useMeasures();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Phase | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Phase | null>(null);
  const list = useQuery({ queryKey: phaseKeys.list(), queryFn: phaseApi.list });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: phaseKeys.all });
  const reorder = useMutation({ mutationFn: phaseApi.reorder, onSuccess: refresh, onError: (e) => notifyError(t, e) });
  const remove = useMutation({
    mutationFn: (p: Phase) => phaseApi.remove(p.id),
    onSuccess: (_, p) => { refresh(); notifySaved(t('phases.settings.deleted', { name: p.name })); setDeleting(null); },
    onError: (e) => { notifyError(t, e); setDeleting(null); },
  });
  if (list.isPending) return <Stack><Skeleton h={120} radius="md" /><Skeleton h={120} radius="md" /></Stack>;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const phases = list.data.items;
  const labelOf = (id: string) => measures.find((m) => m.value === id)?.label ?? id;
  const move = (index: number, by: -1 | 1) => {
    const ids = phases.map((p) => p.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    reorder.mutate(ids);
  };
  return (
    <Stack gap="md" data-testid="phases-settings">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{t('phases.settings.title')}</Text>
          <Text size="sm" c="dimmed" maw={720}>{t('phases.settings.intro')}</Text>
        </div>
        {canConfigure && <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="phase-add">{t('phases.settings.add')}</Button>}
      </Group>
      {phases.map((p, i) => (
        <Paper key={p.id} withBorder radius="md" p="md" data-testid={`phase-card-${p.key}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <Badge variant="filled" size="lg" circle>{i + 1}</Badge>
              <div>
                <Group gap={6}>
                  <Text fw={700}>{p.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">{p.key}</Text>
                  {p.isOnboarding && <Badge size="sm" variant="light" color="grape">{t('phases.onboardingBadge')}</Badge>}
                </Group>
                {p.description && <Text size="sm" c="dimmed">{p.description}</Text>}
                <Text size="sm" mt={4} data-testid={`phase-criterion-${p.key}`}>
                  <Text span c="dimmed">{i === 0 ? t('phases.settings.firstPhase') : t('phases.settings.entry')}</Text>
                  {i === 0 && !p.criterion ? '' : criterionText(p.criterion, t, labelOf)}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>{t('phases.settings.accounts', { count: p.accounts })}</Text>
              </div>
            </Group>
            {canConfigure && (
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('phases.settings.up')}><ActionIcon variant="subtle" disabled={i === 0 || reorder.isPending} onClick={() => move(i, -1)}
                  aria-label={t('phases.settings.up')}><IconArrowUp size={16} /></ActionIcon></Tooltip>
                <Tooltip label={t('phases.settings.down')}><ActionIcon variant="subtle" disabled={i === phases.length - 1 || reorder.isPending}
                  onClick={() => move(i, 1)} aria-label={t('phases.settings.down')}><IconArrowDown size={16} /></ActionIcon></Tooltip>
                <Tooltip label={t('phases.settings.edit')}><ActionIcon variant="subtle" onClick={() => setEditing(p)} aria-label={t('phases.settings.edit')}
                  data-testid={`phase-edit-${p.key}`}><IconPencil size={16} /></ActionIcon></Tooltip>
                <Tooltip label={t('phases.settings.delete')}><ActionIcon variant="subtle" color="red" onClick={() => setDeleting(p)}
                  aria-label={t('phases.settings.delete')}><IconTrash size={16} /></ActionIcon></Tooltip>
              </Group>
            )}
          </Group>
          <ChecklistTemplate phase={p} canConfigure={canConfigure} />
        </Paper>
      ))}
      <PhaseEditorModal phase={editing} measures={measures} onClose={() => setEditing(null)} />
      <ConfirmDialog opened={deleting !== null} title={t('phases.settings.deleteTitle')} loading={remove.isPending}
        message={deleting && deleting.accounts > 0 ? t('phases.settings.deleteInUse', { count: deleting.accounts }) : t('phases.settings.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('phases.settings.delete')} onConfirm={() => deleting && remove.mutate(deleting)} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function ChecklistTemplate({ phase, canConfigure }: { phase: Phase; canConfigure: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: phaseKeys.all });
  const add = useMutation({
    mutationFn: () => phaseApi.addItem(phase.id, { title: title.trim() }),
    onSuccess: () => { setTitle(''); refresh(); },
    onError: (e) => notifyError(t, e),
  });
  const remove = useMutation({ mutationFn: phaseApi.removeItem, onSuccess: refresh, onError: (e) => notifyError(t, e) });
  return (
    <Stack gap={4} mt="md" pl={44} data-testid={`phase-checklist-${phase.key}`}>
      <Text size="xs" fw={600} c="dimmed">{t('phases.settings.checklist', { count: format.number(phase.checklist.length) })}</Text>
      {phase.checklist.length === 0 && <Text size="sm" c="dimmed">{t('phases.settings.noItems')}</Text>}
      {phase.checklist.map((item) => (
        <Group key={item.id} gap={6} wrap="nowrap">
          <Text size="sm">・{item.title}</Text>
          {canConfigure && (
            <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => remove.mutate(item.id)} aria-label={t('phases.settings.removeItem')}>
              <IconX size={12} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canConfigure && (
        <ImeSafeForm onSubmit={() => title.trim() && add.mutate()} aria-label={t('phases.settings.addItem')}>
          <Group gap={6} mt={4}>
            <TextInput size="xs" w={320} placeholder={t('phases.settings.itemPlaceholder')} value={title} onChange={(e) => setTitle(e.currentTarget.value)}
              data-testid={`phase-item-input-${phase.key}`} />
            <Button size="xs" variant="light" type="submit" loading={add.isPending} disabled={!title.trim()}>{t('phases.settings.addItem')}</Button>
          </Group>
        </ImeSafeForm>
      )}
    </Stack>
  );
}
