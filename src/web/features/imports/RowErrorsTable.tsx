/** Bad rows: the row number a spreadsheet shows, the column, and the reason in the UI language. */
import { ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../api/types';
import { useLocale } from '../../lib/use-format';

export function RowErrorsTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack gap={6}>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table fz="sm" stickyHeader striped data-testid="row-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('imports.row')}</Table.Th>
              <Table.Th w={180}>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => {
              // Codes are worded in the UI language; the server's message keeps the specifics (the bad value).
              const reason = e.code ? t(`imports.issues.${e.code}`, { defaultValue: '' }) : '';
              // The bare "is required" says no more than the translated reason; other messages name the bad value.
              const detail = e.message === 'is required' ? null : e.message;
              return (
                <Table.Tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                  <Table.Td className="kz-num" fw={600}>{t('imports.rowNumber', { row: e.row })}</Table.Td>
                  <Table.Td>{e.column ?? '—'}</Table.Td>
                  <Table.Td>
                    {reason && locale === 'ja' ? (
                      <Stack gap={0}>
                        <Text size="sm">{reason}</Text>
                        {detail && <Text size="xs" c="dimmed">{detail}</Text>}
                      </Stack>
                    ) : <Text size="sm">{e.message}</Text>}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > errors.length && <Text size="xs" c="dimmed">{t('imports.moreErrors', { count: total - errors.length })}</Text>}
    </Stack>
  );
}
