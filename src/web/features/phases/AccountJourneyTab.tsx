/**
 * The account's ジャーニー / Journey tab: the roadmap with the account's phase, how long it has
 * been there, whether it is pinned, the next phase's criterion and whether it holds now; moving
 * it by hand with a reason (pins it) and unpinning; the checklists to tick; the transition log.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Progress, Select, Skeleton, Stack, Stepper, Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconLock, IconLockOpen, IconRoute } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/client';
import { isApiError } from '../../api/http';
import { phaseApi, phaseKeys, type AccountJourney } from '../../api/phases';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { criterionText, sawText } from './criterion-text';

function useRefresh(accountId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: phaseKeys.all });
    void queryClient.invalidateQueries({ queryKey: keys.account(accountId) });
    void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
  };
}

export function AccountJourneyTab({ account }: { account: { id: string; name: string } }) {
  const { t } = useTranslation();
  const journey = useQuery({ queryKey: phaseKeys.journey(account.id), queryFn: () => phaseApi.journey(account.id) });
  if (journey.isPending) return <Stack><Skeleton h={120} radius="md" /><Skeleton h={200} radius="md" /></Stack>;
  if (journey.isError) return <QueryError error={journey.error} onRetry={() => void journey.refetch()} />;
  const d = journey.data;
  return (
    <Stack gap="lg" data-testid="account-journey">
      <PhaseCard accountId={account.id} journey={d} />
      {d.checklists.length === 0
        ? <Paper withBorder radius="md" p="lg" ta="center"><Text size="sm" c="dimmed">{t('phases.journey.noChecklist')}</Text></Paper>
        : <Checklists accountId={account.id} journey={d} />}
      <TransitionLog journey={d} />
      {d.phase === null && <Text size="xs" c="dimmed">{t('phases.journey.notPlacedHint')}</Text>}
    </Stack>
  );
}

function PhaseCard({ accountId, journey }: { accountId: string; journey: AccountJourney }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const refresh = useRefresh(accountId);
  const [moving, setMoving] = useState(false);
  const unpin = useMutation({
    mutationFn: (pinned: boolean) => phaseApi.pin(accountId, { pinned }),
    onSuccess: (_, pinned) => { refresh(); notifySaved(pinned ? t('phases.journey.pinnedSaved') : t('phases.journey.unpinnedSaved')); },
    onError: (e) => notifyError(t, e),
  });
  const active = journey.phase ? journey.phases.findIndex((p) => p.key === journey.phase!.key) : -1;
  return (
    <Paper withBorder radius="md" p="md" data-testid="journey-phase-card">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <IconRoute size={18} />
          <Text fw={600}>{t('phases.journey.title')}</Text>
          {journey.phase?.pinned && <Badge color="orange" variant="light" leftSection={<IconLock size={12} />} data-testid="journey-pinned">{t('phases.journey.pinned')}</Badge>}
        </Group>
        {canWrite && (
          <Group gap={6}>
            {journey.phase?.pinned && (
              <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconLockOpen size={14} />} loading={unpin.isPending}
                onClick={() => unpin.mutate(false)} data-testid="journey-unpin">{t('phases.journey.unpin')}</Button>
            )}
            <Button size="compact-sm" variant="light" leftSection={<IconArrowRight size={14} />} onClick={() => setMoving(true)} data-testid="journey-move-open">
              {t('phases.journey.move')}
            </Button>
          </Group>
        )}
      </Group>
      <Stepper active={active} size="sm" allowNextStepsSelect={false} iconSize={28}>
        {journey.phases.map((p) => (
          <Stepper.Step key={p.key} label={p.name}
            description={p.key === journey.phase?.key ? t('phases.journey.days', { count: journey.phase.daysInPhase }) : undefined} />
        ))}
      </Stepper>
      <Stack gap={4} mt="md">
        {journey.phase && (
          <Text size="sm" data-testid="journey-current">
            {t('phases.journey.since', { name: journey.phase.name, date: format.dayOf(journey.phase.enteredAt), count: journey.phase.daysInPhase })}
          </Text>
        )}
        {journey.phase?.pinned && journey.phase.pinReason && <Text size="xs" c="dimmed">{t('phases.journey.pinReason', { reason: journey.phase.pinReason })}</Text>}
        {journey.next && (
          <Alert variant="light" color={journey.phase?.pinned ? 'gray' : journey.next.holds ? 'teal' : 'blue'} p="xs" data-testid="journey-next">
            <Text size="sm">
              {t('phases.journey.next', { name: journey.next.name, criterion: criterionText(journey.next.criterion, t) })}
            </Text>
            {journey.next.criterion && (
              <Text size="xs" c="dimmed">
                {journey.phase?.pinned ? t('phases.journey.nextPinned')
                  : journey.next.holds === null ? t('phases.journey.nextUnknown')
                    : t(journey.next.holds ? 'phases.journey.nextHolds' : 'phases.journey.nextNotYet', { saw: sawText(journey.next.saw, t) })}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
      <Modal opened={moving} onClose={() => setMoving(false)} title={t('phases.journey.moveTitle')}>
        {moving && <MoveForm accountId={accountId} journey={journey} onClose={() => setMoving(false)} />}
      </Modal>
    </Paper>
  );
}

function MoveForm({ accountId, journey, onClose }: { accountId: string; journey: AccountJourney; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(accountId);
  const [phase, setPhase] = useState<string | null>(journey.next?.key ?? journey.phases[0]?.key ?? null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => phaseApi.move(accountId, { phase: phase ?? '', reason }),
    onSuccess: (r) => {
      refresh();
      notifySaved(r.changed ? t('phases.journey.moved', { name: journey.phases.find((p) => p.key === phase)?.name ?? '' }) : t('phases.journey.alreadyThere'));
      onClose();
    },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  return (
    <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('phases.journey.moveTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('phases.journey.moveHint')}</Text>
        <Select label={t('phases.journey.toPhase')} data={journey.phases.map((p) => ({ value: p.key, label: p.name }))} value={phase}
          onChange={setPhase} allowDeselect={false} data-testid="journey-move-phase" />
        <ImeTextarea label={t('phases.journey.reason')} placeholder={t('phases.journey.reasonPlaceholder')} required autosize minRows={2}
          value={reason} onChange={(e) => setReason(e.currentTarget.value)} onSubmit={() => save.mutate()}
          error={fieldError('reason') ? t('phases.journey.reasonRequired') : undefined} data-testid="journey-move-reason" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('phases.common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="journey-move-save">{t('phases.journey.moveSave')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}

function Checklists({ accountId, journey }: { accountId: string; journey: AccountJourney }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const refresh = useRefresh(accountId);
  const tick = useMutation({
    mutationFn: (v: { itemId: string; done: boolean }) => phaseApi.tick(accountId, v.itemId, v.done),
    onSuccess: refresh,
    onError: (e) => notifyError(t, e),
  });
  const current = journey.phase?.key;
  const onboarding = journey.phases.find((p) => p.isOnboarding)?.key;
  // The current phase's and the onboarding checklist first; the rest after.
  const rank = (key: string) => (key === current ? 0 : key === onboarding ? 1 : 2);
  const ordered = [...journey.checklists].sort((a, b) => rank(a.phaseKey) - rank(b.phaseKey));
  return (
    <Paper withBorder radius="md" p="md" data-testid="journey-checklists">
      <Text fw={600} mb="sm">{t('phases.journey.checklists')}</Text>
      <Stack gap="lg">
        {ordered.map((list) => (
          <div key={list.phaseKey} data-testid={`checklist-${list.phaseKey}`}>
            <Group justify="space-between" mb={6}>
              <Group gap={6}>
                <Text size="sm" fw={600}>{list.phaseName}</Text>
                {list.phaseKey === current && <Badge size="xs" variant="light">{t('phases.journey.currentPhase')}</Badge>}
                {list.phaseKey === onboarding && <Badge size="xs" variant="light" color="grape">{t('phases.onboardingBadge')}</Badge>}
              </Group>
              <Text size="xs" c={list.done === list.total ? 'teal' : 'dimmed'} fw={600}>{t('phases.journey.progress', { done: list.done, total: list.total })}</Text>
            </Group>
            <Progress value={(list.done / list.total) * 100} size="sm" color={list.done === list.total ? 'teal' : 'blue'} mb="xs" />
            <Stack gap={6}>
              {list.items.map((item) => (
                <Checkbox key={item.id} checked={item.doneAt !== null} disabled={!canWrite || tick.isPending}
                  onChange={(e) => tick.mutate({ itemId: item.id, done: e.currentTarget.checked })}
                  label={item.title}
                  description={item.doneAt ? t('phases.journey.doneBy', { name: item.doneByName ?? '—', date: format.dayOf(item.doneAt) }) : item.description}
                  data-testid={`checklist-item-${item.id}`} />
              ))}
            </Stack>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function TransitionLog({ journey }: { journey: AccountJourney }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (key: string | null) => (key === null ? '—' : journey.phases.find((p) => p.key === key)?.name ?? key);
  return (
    <Paper withBorder radius="md" p="md" data-testid="journey-log">
      <Text fw={600} mb="sm">{t('phases.journey.log')}</Text>
      {journey.transitions.length === 0
        ? <Text size="sm" c="dimmed">{t('phases.journey.noLog')}</Text>
        : (
          <Timeline bulletSize={14} lineWidth={2}>
            {journey.transitions.map((x) => (
              <Timeline.Item key={x.id} title={<Text size="sm" fw={600}>{x.from ? `${name(x.from)} → ${name(x.to)}` : name(x.to)}</Text>}>
                <Group gap={6}>
                  <Badge size="xs" variant="light" color={x.source === 'manual' ? 'orange' : x.source === 'rule' ? 'teal' : 'gray'}>{t(`phases.source.${x.source}`)}</Badge>
                  <Text size="xs" c="dimmed">{format.dateTime(x.at)}{x.actorName ? ` · ${x.actorName}` : ''}</Text>
                </Group>
                {x.reason && <Text size="sm" mt={2}>{x.reason}</Text>}
                {x.criterion && (
                  <Text size="xs" c="dimmed" mt={2}>{t('phases.journey.fired', { criterion: criterionText(x.criterion.criterion, t), saw: sawText(x.criterion.saw, t) })}</Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
    </Paper>
  );
}
