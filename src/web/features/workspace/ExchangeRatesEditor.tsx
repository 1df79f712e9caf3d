/** Rates from other currencies into the base currency: "1 USD = 150 JPY", one row per currency. */
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency';

export interface RateRow {
  currency: string | null;
  rate: number | '';
}

interface Props {
  base: string;
  rows: RateRow[];
  onChange: (rows: RateRow[]) => void;
  disabled: boolean;
}

export function ExchangeRatesEditor({ base, rows, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const used = new Set(rows.map((r) => r.currency));
  const update = (index: number, row: RateRow) => onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <Stack gap="xs">
      {rows.length === 0 && <Text size="sm" c="dimmed">{t('workspace.noRates')}</Text>}
      {rows.map((row, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <Text size="sm" w={16}>1</Text>
          <Select w={110} size="sm" searchable disabled={disabled} aria-label={t('workspace.currency')} value={row.currency}
            data={SUPPORTED_CURRENCIES.filter((c) => c !== base && (c === row.currency || !used.has(c)))}
            onChange={(v) => update(index, { ...row, currency: v })} />
          <Text size="sm">=</Text>
          <NumberInput w={160} size="sm" min={0} decimalScale={6} disabled={disabled} aria-label={t('workspace.rate')}
            value={row.rate} onChange={(v) => update(index, { ...row, rate: typeof v === 'number' ? v : '' })} />
          <Text size="sm" fw={500}>{base}</Text>
          {!disabled && (
            <ActionIcon variant="subtle" color="gray" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('common.delete')}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!disabled && (
        <Button size="xs" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, { currency: null, rate: '' }])}>{t('workspace.addRate')}</Button>
      )}
    </Stack>
  );
}
