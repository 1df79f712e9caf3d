/**
 * /playbooks/new and /playbooks/:playbookId — the editor, and for a saved playbook its run log
 * (?tab=runs) with a CSV export. Readers without journey.configure see the definition read-only
 * through the list and the run log.
 */
import { Anchor, Breadcrumbs, Button, Group, Stack, Tabs } from '@mantine/core';
import { IconHistory, IconSettingsAutomation, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { playbookApi, playbookKeys, playbookRunsCsvUrl, type Playbook, type PlaybookInput } from '../../api/playbooks';
import { ApiError } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { CsvButton } from '../revenue/CsvButton';
import { PlaybookForm } from './PlaybookForm';
import { RunLog } from './RunLog';
import { emptyDraft } from './draft';

function inputOf(p: Playbook): PlaybookInput {
  return {
    name: p.name, description: p.description, enabled: p.enabled, trigger: p.trigger, conditions: p.conditions,
    actions: p.actions, tierKeys: p.tierKeys, phaseKeys: p.phaseKeys,
  };
}

export function PlaybookEditorPage() {
  const { t } = useTranslation();
  const { playbookId } = useParams();
  const isNew = !playbookId || playbookId === 'new';
  const playbook = useQuery({ queryKey: playbookKeys.one(playbookId ?? 'new'), queryFn: () => playbookApi.get(playbookId!), enabled: !isNew });
  const crumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to="/playbooks" size="sm">{t('playbooks.list.title')}</Anchor>
      <span>{isNew ? t('playbooks.editor.titleNew') : playbook.data?.name ?? '…'}</span>
    </Breadcrumbs>
  );
  if (isNew) return <>{crumbs}<PageHeader title={t('playbooks.editor.titleNew')} subtitle={t('playbooks.editor.subtitle')} /><Editor initial={emptyDraft()} saved={null} /></>;
  if (playbook.isPending) return <>{crumbs}<TableSkeleton /></>;
  if (playbook.isError) return <>{crumbs}<QueryError error={playbook.error} onRetry={() => void playbook.refetch()} /></>;
  return <>{crumbs}<Saved playbook={playbook.data} /></>;
}

function Saved({ playbook }: { playbook: Playbook }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const canConfigure = useCan('journey.configure');
  const tab = params.get('tab') === 'runs' || !canConfigure ? 'runs' : 'definition';
  const runs = useQuery({ queryKey: playbookKeys.runs(playbook.id), queryFn: () => playbookApi.runs(playbook.id), enabled: tab === 'runs' });
  return (
    <>
      <PageHeader title={playbook.name} subtitle={playbook.description ?? t('playbooks.editor.subtitle')} actions={canConfigure && <DeleteButton playbook={playbook} />} />
      <Tabs value={tab} onChange={(v) => setParams(v === 'runs' ? { tab: 'runs' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {canConfigure && <Tabs.Tab value="definition" leftSection={<IconSettingsAutomation size={16} />}>{t('playbooks.tabs.definition')}</Tabs.Tab>}
          <Tabs.Tab value="runs" leftSection={<IconHistory size={16} />} data-testid="tab-runs">{t('playbooks.tabs.runs', { count: playbook.runs30d })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="definition"><Editor initial={inputOf(playbook)} saved={playbook} /></Tabs.Panel>
        <Tabs.Panel value="runs">
          <Stack gap="sm">
            <Group justify="flex-end"><CsvButton href={playbookRunsCsvUrl(playbook.id, locale)} fileName={`playbook-runs-${playbook.id}.csv`} /></Group>
            {runs.isPending && <TableSkeleton />}
            {runs.isError && <QueryError error={runs.error} onRetry={() => void runs.refetch()} />}
            {runs.data && <RunLog runs={runs.data.items} show="account" empty={t('playbooks.runs.empty')} />}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Editor({ initial, saved }: { initial: PlaybookInput; saved: Playbook | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (draft: PlaybookInput) => (saved ? playbookApi.update(saved.id, draft) : playbookApi.create(draft)),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: playbookKeys.all });
      notifySaved(saved ? t('playbooks.editor.saved') : t('playbooks.editor.created'));
      if (!saved) navigate(`/playbooks/${p.id}`, { replace: true });
    },
    onError: (error) => { if (!(error instanceof ApiError && error.fields.length > 0)) notifyError(t, error); },
  });
  return <PlaybookForm key={saved?.updatedAt ?? 'new'} initial={initial} savedId={saved?.id ?? null} saving={save.isPending} error={save.error} onSave={(d) => save.mutate(d)} />;
}

function DeleteButton({ playbook }: { playbook: Playbook }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => playbookApi.remove(playbook.id),
    onSuccess: () => { void client.invalidateQueries({ queryKey: playbookKeys.all }); navigate('/playbooks'); },
    onError: (error) => notifyError(t, error),
  });
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpen(true)}>{t('playbooks.editor.delete')}</Button>
      <ConfirmDialog opened={open} onClose={() => setOpen(false)} onConfirm={() => remove.mutate()} loading={remove.isPending}
        title={t('playbooks.editor.deleteTitle')} message={t('playbooks.editor.deleteBody', { name: playbook.name })} confirmLabel={t('playbooks.editor.delete')} />
    </>
  );
}
