/**
 * The account's touch tier on its overview: the tier and where it comes from (rule, default or a
 * CSM's override with the reason), the cadence, the last meeting and review, whether a touch is
 * overdue, and — for those who may write — setting or clearing an override with a reason.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/client';
import { isApiError } from '../../api/http';
import { tierApi, tierKeys, type AccountTier } from '../../api/tiers';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { cadenceText } from './rule-text';

export function AccountTierCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const [editing, setEditing] = useState(false);
  const queryClient = useQueryClient();
  const tier = useQuery({ queryKey: tierKeys.account(accountId), queryFn: () => tierApi.account(accountId) });
  const clear = useMutation({
    mutationFn: () => tierApi.clearOverride(accountId),
    onSuccess: (data) => { afterWrite(queryClient, accountId, data); notifySaved(t('touchModel.account.cleared')); },
    onError: (e) => notifyError(t, e),
  });

  if (tier.isPending) return <Skeleton h={140} radius="md" mt="lg" />;
  if (tier.isError) return <QueryError error={tier.error} onRetry={() => void tier.refetch()} />;
  const d = tier.data;
  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="account-tier-card">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">{t('touchModel.account.title')}</Text>
        {canWrite && (
          <Group gap={4}>
            {d.override && <Button size="compact-xs" variant="subtle" color="gray" loading={clear.isPending} onClick={() => clear.mutate()}
              data-testid="tier-override-clear">{t('touchModel.account.clear')}</Button>}
            <Button size="compact-xs" variant="light" onClick={() => setEditing(true)} data-testid="tier-override-open">
              {d.override ? t('touchModel.account.change') : t('touchModel.account.override')}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap={6}>
        <Group gap={8}>
          <Text fw={700} size="lg" data-testid="account-tier-name">{d.tierName ?? t('touchModel.unassigned')}</Text>
          {d.source && <Badge size="sm" variant="light" color={d.source === 'override' ? 'orange' : 'gray'}
            leftSection={d.source === 'override' ? <IconLock size={12} /> : undefined}>{t(`touchModel.account.source.${d.source}`)}</Badge>}
        </Group>
        {d.override && (
          <Text size="xs" c="dimmed" data-testid="tier-override-reason">
            {t('touchModel.account.overrideBy', { reason: d.override.reason, name: d.override.setByName ?? '—', date: format.dayOf(d.override.setAt) })}
          </Text>
        )}
        {d.cadence && <Text size="sm">{cadenceText(d.cadence, t)}</Text>}
        {d.cadence && !d.cadence.automatedOnly && (
          <Text size="xs" c="dimmed">
            {t('touchModel.account.lastTouch', { date: d.lastTouchAt ? format.dayOf(d.lastTouchAt) : t('touchModel.account.never') })}
            {d.cadence.reviewEveryDays ? `${t('touchModel.cadence.separator')}${t('touchModel.account.lastReview', { date: d.lastReviewAt ? format.dayOf(d.lastReviewAt) : t('touchModel.account.never') })}` : ''}
          </Text>
        )}
        {d.overdue && (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="tier-overdue">
            <Text size="sm">{t(`touchModel.account.overdue.${d.overdue.kind}`, { days: d.overdue.daysOverdue, date: format.date(d.overdue.dueOn) })}</Text>
          </Alert>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('touchModel.account.overrideTitle')}>
        {editing && <OverrideForm accountId={accountId} current={d} onClose={() => setEditing(false)} />}
      </Modal>
    </Paper>
  );
}

function afterWrite(queryClient: ReturnType<typeof useQueryClient>, accountId: string, data: AccountTier) {
  queryClient.setQueryData(tierKeys.account(accountId), data);
  void queryClient.invalidateQueries({ queryKey: tierKeys.all });
  void queryClient.invalidateQueries({ queryKey: keys.account(accountId) });
  void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
}

function OverrideForm({ accountId, current, onClose }: { accountId: string; current: AccountTier; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [tierKey, setTierKey] = useState<string | null>(current.override?.tierKey ?? current.tierKey);
  const [reason, setReason] = useState(current.override?.reason ?? '');
  const save = useMutation({
    mutationFn: () => tierApi.setOverride(accountId, { tierKey: tierKey ?? '', reason }),
    onSuccess: (data) => { afterWrite(queryClient, accountId, data); notifySaved(t('touchModel.account.saved', { name: data.tierName ?? '' })); onClose(); },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  return (
    <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('touchModel.account.overrideTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('touchModel.account.overrideHint', { rule: current.tiers.find((x) => x.key === current.ruleTierKey)?.name ?? '—' })}</Text>
        <Select label={t('touchModel.account.tier')} data={current.tiers.map((x) => ({ value: x.key, label: x.name }))} value={tierKey}
          onChange={setTierKey} allowDeselect={false} error={fieldError('tierKey')} data-testid="tier-override-select" />
        <ImeTextarea label={t('touchModel.account.reason')} placeholder={t('touchModel.account.reasonPlaceholder')} required autosize minRows={2}
          value={reason} onChange={(e) => setReason(e.currentTarget.value)} onSubmit={() => save.mutate()}
          error={fieldError('reason') ? t('touchModel.account.reasonRequired') : undefined} data-testid="tier-override-reason-input" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('touchModel.editor.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="tier-override-save">{t('touchModel.account.save')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
