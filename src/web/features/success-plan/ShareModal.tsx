/**
 * Read-only links to the plan for the customer: create one in Japanese or English with an
 * optional expiry (the link is shown once, then only its hash exists), see how often each was
 * opened, and revoke any of them.
 */
import { useState } from 'react';
import { Alert, Badge, Button, CopyButton, Group, Modal, NumberInput, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys, type CreatedShare, type ShareLocale } from '../../api/success-plans';
import { QueryError } from '../../components/QueryError';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/use-format';

interface Props {
  accountId: string;
  opened: boolean;
  canWrite: boolean;
  onClose: () => void;
}

export function ShareModal({ accountId, opened, canWrite, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{t('successPlan.share.title')}</Text>}>
      {opened && <ShareBody accountId={accountId} canWrite={canWrite} />}
    </Modal>
  );
}

function ShareBody({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [locale, setLocale] = useState<ShareLocale>(format.locale);
  const [expiresInDays, setExpiresInDays] = useState<number | ''>(90);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const shares = useQuery({ queryKey: successPlanKeys.shares(accountId), queryFn: () => successPlanApi.shares(accountId) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: successPlanKeys.shares(accountId) });
  const create = useMutation({
    mutationFn: () => successPlanApi.createShare(accountId, { locale, expiresInDays: expiresInDays === '' ? null : expiresInDays }),
    onSuccess: (share) => { setCreated(share); refresh(); },
  });
  const revoke = useMutation({ mutationFn: (id: string) => successPlanApi.revokeShare(id), onSuccess: refresh });
  const url = created ? `${window.location.origin}${created.path}` : '';
  const stateColor = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">{t('successPlan.share.hint')}</Text>
      {canWrite && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('successPlan.share.locale')}</Text>
            <SegmentedControl value={locale} onChange={(v) => setLocale(v as ShareLocale)}
              data={[{ value: 'ja', label: '日本語' }, { value: 'en', label: 'English' }]} />
          </Stack>
          <NumberInput w={180} label={t('successPlan.share.expiresInDays')} description={t('successPlan.share.expiresHint')} min={1} max={365}
            allowDecimal={false} value={expiresInDays} onChange={(v) => setExpiresInDays(typeof v === 'number' ? v : '')} />
          <Button leftSection={<IconLink size={16} />} loading={create.isPending} onClick={() => create.mutate()}>{t('successPlan.share.create')}</Button>
        </Group>
      )}
      {create.isError && <Alert color="red" variant="light">{errorText(t, create.error)}</Alert>}
      {created && (
        <Alert color="teal" variant="light" title={t('successPlan.share.createdTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('successPlan.share.shownOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <TextInput readOnly value={url} style={{ flex: 1 }} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                    {copied ? t('successPlan.share.copied') : t('successPlan.share.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {shares.isError && <QueryError error={shares.error} onRetry={() => void shares.refetch()} />}
      {shares.data && shares.data.items.length === 0 && <Text size="sm" c="dimmed">{t('successPlan.share.none')}</Text>}
      {shares.data && shares.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="share-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('successPlan.share.state')}</Table.Th>
                <Table.Th>{t('successPlan.share.locale')}</Table.Th>
                <Table.Th>{t('successPlan.share.createdAt')}</Table.Th>
                <Table.Th>{t('successPlan.share.expiresAt')}</Table.Th>
                <Table.Th>{t('successPlan.share.opens')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shares.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td><Badge color={stateColor[s.state]} variant="light">{t(`successPlan.share.states.${s.state}`)}</Badge></Table.Td>
                  <Table.Td>{s.locale === 'ja' ? '日本語' : 'English'}</Table.Td>
                  <Table.Td><Text size="sm">{format.dayOf(s.createdAt)}</Text><Text size="xs" c="dimmed">{s.createdByName ?? ''}</Text></Table.Td>
                  <Table.Td>{s.expiresAt ? format.dayOf(s.expiresAt) : t('successPlan.share.noExpiry')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('successPlan.share.openCount', { count: s.openCount })}</Text>
                    {s.lastOpenedAt && <Text size="xs" c="dimmed">{t('successPlan.share.lastOpened', { when: format.dateTime(s.lastOpenedAt) })}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {canWrite && s.state === 'active' && (
                      <Button size="xs" color="red" variant="subtle" loading={revoke.isPending && revoke.variables === s.id}
                        onClick={() => revoke.mutate(s.id)}>{t('successPlan.share.revoke')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
