/** The outcome of a draft before saving: how many accounts would move, between which tiers, and which. */
import { Alert, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TierPreview } from '../../api/tiers';
import { useFormat } from '../../lib/use-format';

export function TierPreviewBox({ preview, names }: { preview: TierPreview; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (key: string | null) => (key === null ? t('touchModel.unassigned') : names.get(key) ?? key);
  if (preview.moving === 0) {
    return <Alert color="gray" data-testid="tier-preview">{t('touchModel.preview.none', { accounts: preview.accounts })}</Alert>;
  }
  return (
    <Alert color="blue" icon={<IconArrowsExchange size={18} />} data-testid="tier-preview"
      title={t('touchModel.preview.summary', { moving: preview.moving, accounts: preview.accounts })}>
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {preview.transitions.map((x) => (
            <List.Item key={`${x.from}-${x.to}`}>
              {t('touchModel.preview.transition', { from: name(x.from), to: name(x.to), count: x.count, arr: format.money(x.arr, preview.currency) })}
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">{t('touchModel.preview.sampleTitle', { count: preview.sample.length })}</Text>
        <Table fz="xs" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {preview.sample.slice(0, 8).map((s) => (
              <Table.Tr key={s.accountId}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td><Group gap={4} wrap="nowrap">{name(s.from)} → {name(s.to)}</Group></Table.Td>
                <Table.Td ta="right">{format.money(s.arr, preview.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  );
}
