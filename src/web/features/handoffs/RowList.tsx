/** Rows a person adds and removes (goals, stakeholders, risks …), each rendered by the caller. */
import type { ReactNode } from 'react';
import { ActionIcon, Button, Card, Group, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  addLabel: string;
  max: number;
  render: (row: T, set: (patch: Partial<T>) => void, index: number) => ReactNode;
  testId?: string;
}

export function RowList<T>({ rows, onChange, blank, addLabel, max, render, testId }: Props<T>) {
  const { t } = useTranslation();
  const setRow = (index: number, patch: Partial<T>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row, index) => (
        <Card key={index} withBorder padding="sm" radius="md">
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ flex: 1 }}>{render(row, (patch) => setRow(index, patch), index)}</div>
            <ActionIcon variant="subtle" color="gray" aria-label={t('handoffs.form.removeRow')} mt={4}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Card>
      ))}
      {rows.length < max && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, blank()])}>{addLabel}</Button>
        </Group>
      )}
    </Stack>
  );
}
