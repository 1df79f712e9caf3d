/** The account's name and status with its health, MRR, renewal date, owner and plan at a glance. */
import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { api, keys } from '../../api/client';
import type { Account } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AccountStatusBadge } from '../../components/StatusBadge';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { HealthBadge } from '../health/account/HealthBadge';
import { AccountMrrTrend } from '../subscriptions/AccountMrrTrend';
import { RenewalDate } from './RenewalDate';
import { useJourneyNames } from './use-journey-names';

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>{label}</Text>
      <Text fw={600} size="md" component="div" className="kz-num">{children}</Text>
    </Stack>
  );
}

export function AccountHeader({ account, onEdit, onOpenHealth }: { account: Account; onEdit: () => void; onOpenHealth: () => void }) {
  const { t } = useTranslation();
  const journey = useJourneyNames();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = useCan('data.write');
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.deleteAccount(account.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      notifySaved(t('accounts.deleted', { name: account.name }));
      navigate('/accounts', { replace: true });
    },
    onError: (error) => notifyError(t, error),
  });

  return (
    <Paper p="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          {account.nameReading && <Text size="xs" c="dimmed">{account.nameReading}</Text>}
          <Group gap="sm" align="center">
            <Title order={2} fz={24} data-testid="account-name">{account.name}</Title>
            <AccountStatusBadge status={account.status} size="md" />
          </Group>
          <Text size="sm" c="dimmed">
            {[account.industry, account.sizeBand && format.sizeBand(account.sizeBand), account.region].filter(Boolean).join(' ・ ') || t('account.noProfileYet')}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>{t('common.edit')}</Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t('common.more')}><IconDots size={16} /></ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setConfirming(true)}>{t('accounts.delete')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="lg" spacing="lg">
        <Stat label={t('accountHealth.score')} testId="account-health">
          <UnstyledButton onClick={onOpenHealth} aria-label={t('accountHealth.openTab')}>
            <HealthBadge health={account.health} size="lg" />
          </UnstyledButton>
        </Stat>
        <Stat label={t('fields.mrr')} testId="account-mrr">
          <Group gap="sm" wrap="nowrap" align="center">
            <span>{format.money(account.mrr, account.currency)}</span>
            <AccountMrrTrend account={account} />
          </Group>
        </Stat>
        <Stat label={t('fields.renewalDate')}><RenewalDate date={account.renewalDate} long /></Stat>
        <Stat label={t('fields.owner')}>{account.ownerName ?? <Text span c="dimmed" inherit>{t('accounts.unassigned')}</Text>}</Stat>
        <Stat label={t('fields.plan')}>{account.plan ?? '—'}</Stat>
        <Stat label={t('fields.phase')}>{journey.phaseName(account.phase) ?? '—'}</Stat>
      </SimpleGrid>
      <ConfirmDialog opened={confirming} onClose={() => setConfirming(false)} loading={remove.isPending}
        title={t('accounts.deleteTitle')} message={t('accounts.deleteMessage', { name: account.name })}
        confirmLabel={t('common.delete')} onConfirm={() => remove.mutate()} />
    </Paper>
  );
}
