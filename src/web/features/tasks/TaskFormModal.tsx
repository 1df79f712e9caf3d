/** Add a task (for an account, with the reason it exists) or change one: wording, due date, assignee. IME-safe. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import { taskKeys, tasksApi, type Task } from '../../api/tasks';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useSession } from '../../session/use-session';

interface Props {
  opened: boolean;
  onClose: () => void;
  task: Task | null;
  /** fixed account (the account's tab); otherwise chosen in the form */
  account?: { id: string; name: string };
}

export function TaskFormModal({ opened, onClose, task, account }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={700}>{task ? t('tasks.form.editTitle') : t('tasks.form.addTitle')}</Text>}>
      {opened && <TaskForm task={task} account={account} onClose={onClose} />}
    </Modal>
  );
}

function AccountPicker({ value, onChange, error }: { value: string | null; onChange: (v: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({ queryKey: ['tasks', 'account-picker', q], queryFn: () => api.accounts({ q: q || undefined, limit: 30, sort: 'name' }) });
  return (
    <Select label={t('tasks.fields.account')} required searchable clearable value={value} onChange={onChange} error={error}
      searchValue={search} onSearchChange={setSearch} filter={({ options }) => options} nothingFoundMessage={t('tasks.form.noAccount')}
      data={(found.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} data-testid="task-account" />
  );
}

function TaskForm({ task, account, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const queryClient = useQueryClient();
  const [accountId, setAccountId] = useState<string | null>(task?.accountId ?? account?.id ?? null);
  const [title, setTitle] = useState(task?.title ?? '');
  const [reason, setReason] = useState(task?.reason ?? '');
  const [dueOn, setDueOn] = useState<string | null>(task?.dueOn ?? null);
  const [assigneeId, setAssigneeId] = useState<string | null>(task ? task.assigneeId : me.user.id);
  const [tried, setTried] = useState(false);
  const members = useQuery({ queryKey: keys.members, queryFn: () => api.members() });
  const save = useMutation({
    mutationFn: () => (task
      ? tasksApi.update(task.id, { title: title.trim(), reason: reason.trim(), dueOn, assigneeId })
      : tasksApi.create({ accountId: accountId!, title: title.trim(), reason: reason.trim(), dueOn, assigneeId })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(saved.accountId) });
      notifySaved(t(task ? 'tasks.toast.saved' : 'tasks.toast.created', { title: saved.title }));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  const missing = (value: string | null) => tried && !value?.trim();
  const errorOf = (path: string, value: string | null) => (missing(value) ? t('validation.required') : server[path]);
  const submit = () => {
    setTried(true);
    if (accountId && title.trim() && reason.trim()) save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={task ? t('tasks.form.editTitle') : t('tasks.form.addTitle')}>
      <Stack gap="md">
        {save.isError && Object.keys(server).length === 0 && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        {account || task
          ? <Text size="sm"><Text span c="dimmed">{t('tasks.fields.account')}：</Text>{account?.name ?? task?.accountName}</Text>
          : <AccountPicker value={accountId} onChange={setAccountId} error={errorOf('accountId', accountId)} />}
        <TextInput label={t('tasks.fields.title')} placeholder={t('tasks.form.titlePlaceholder')} required data-autofocus
          value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errorOf('title', title)} data-testid="task-title" />
        <ImeTextarea label={t('tasks.fields.reason')} description={t('tasks.form.reasonHint')} placeholder={t('tasks.form.reasonPlaceholder')}
          required autosize minRows={2} maxRows={6} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
          onSubmit={submit} error={errorOf('reason', reason)} data-testid="task-reason-input" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DateInput label={t('tasks.fields.dueOn')} clearable valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'}
            value={dueOn} onChange={setDueOn} error={server.dueOn} data-testid="task-due" />
          <Select label={t('tasks.fields.assignee')} clearable searchable placeholder={t('tasks.row.unassigned')} value={assigneeId}
            onChange={setAssigneeId} error={server.assigneeId}
            data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))} />
        </SimpleGrid>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">{t('tasks.form.shortcut')}</Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="task-save">{task ? t('common.save') : t('tasks.form.add')}</Button>
          </Group>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
