/** Every profile field of the account (SPEC §2) and its custom fields, read-only with an edit button. */
import type { ReactNode } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { formatCustomValue } from '../custom-fields/format-custom-value';
import { customFieldLabel, useCustomFields } from '../custom-fields/use-custom-fields';
import { useJourneyNames } from './use-journey-names';

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </Stack>
  );
}

export function AccountProfile({ account, onEdit }: { account: Account; onEdit: () => void }) {
  const { t } = useTranslation();
  const journey = useJourneyNames();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const customFields = useCustomFields('account');
  const orphanKeys = Object.keys(account.customFields).filter((k) => !customFields.items.some((d) => d.key === k));

  return (
    <Paper p="md" data-testid="account-profile">
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">{t('account.profile')}</Title>
        {canWrite && <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onEdit}>{t('common.edit')}</Button>}
      </Group>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        <Field label={t('fields.nameReading')} value={account.nameReading} />
        <Field label={t('fields.industry')} value={account.industry} />
        <Field label={t('fields.sizeBand')} value={account.sizeBand && format.sizeBand(account.sizeBand)} />
        <Field label={t('fields.useCase')} value={account.useCase} />
        <Field label={t('fields.plan')} value={account.plan} />
        <Field label={t('fields.region')} value={account.region} />
        <Field label={t('fields.owner')} value={account.ownerName} />
        <Field label={t('fields.touchTier')} value={journey.tierName(account.touchTier)} />
        <Field label={t('fields.phase')} value={journey.phaseName(account.phase)} />
        <Field label={t('fields.status')} value={t(`accountStatus.${account.status}`)} />
        <Field label={t('fields.externalId')} value={account.externalId} />
        <Field label={t('fields.billingId')} value={account.billingId} />
        <Field label={t('fields.productId')} value={account.productId} />
        <Field label={t('fields.createdAt')} value={format.dateTime(account.createdAt)} />
      </SimpleGrid>
      {(customFields.items.length > 0 || orphanKeys.length > 0) && (
        <>
          <Text size="xs" fw={600} c="dimmed" mt="lg" mb="xs" tt="uppercase">{t('accounts.customFields')}</Text>
          <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
            {customFields.items.map((def) => (
              <Field key={def.key} label={customFieldLabel(def, format.locale)} value={formatCustomValue(def, account.customFields[def.key], format.locale, t)} />
            ))}
            {orphanKeys.map((key) => <Field key={key} label={key} value={String(account.customFields[key] ?? '')} />)}
          </SimpleGrid>
        </>
      )}
    </Paper>
  );
}
