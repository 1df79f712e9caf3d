/** Step 3: each CSV column with sample values and the field it fills (suggested, editable). */
import { Alert, Badge, Group, List, Select, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_ENTITY, TARGET_FIELDS, customFieldTarget } from '../../../domain/imports/target-fields';
import type { ImportJob } from '../../api/types';
import { useLocale } from '../../lib/use-format';
import { customFieldLabel, useCustomFields } from '../custom-fields/use-custom-fields';
import { sampleValues } from './import-sample';
import { checkMapping } from './mapping-check';

const SKIP = '__skip';

interface Props {
  job: ImportJob;
  mapping: Record<string, string | null>;
  onChange: (mapping: Record<string, string | null>) => void;
  serverIssues: Record<string, string>;
}

export function MappingStep({ job, mapping, onChange, serverIssues }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entity = CUSTOM_FIELD_ENTITY[job.kind];
  const customFields = useCustomFields(entity ?? undefined);
  const label = (f: { labelJa: string; labelEn: string }) => (locale === 'ja' ? f.labelJa : f.labelEn);
  const options = [
    { value: SKIP, label: t('imports.skipColumn') },
    { group: t('imports.standardFields'), items: TARGET_FIELDS[job.kind].map((f) => ({ value: f.key, label: f.required ? `${label(f)} *` : label(f) })) },
    ...(entity && customFields.items.length > 0
      ? [{ group: t('imports.customFields'), items: customFields.items.map((d) => ({ value: customFieldTarget(d.key), label: customFieldLabel(d, locale) })) }]
      : []),
  ];
  const check = checkMapping(job.kind, mapping);

  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>{t('imports.requiredFields')}:</Text>
        {TARGET_FIELDS[job.kind].filter((f) => f.required).map((f) => {
          const ok = !check.missing.includes(f);
          return (
            <Badge key={f.key} color={ok ? 'teal' : 'red'} variant="light"
              leftSection={ok ? <IconCheck size={12} /> : <IconX size={12} />}>{label(f)}</Badge>
          );
        })}
      </Group>
      {Object.keys(serverIssues).length > 0 && (
        <Alert color="red" variant="light" title={t('imports.mappingProblems')}>
          <List size="sm">{Object.entries(serverIssues).map(([path, message]) => <List.Item key={path}>{path}: {message}</List.Item>)}</List>
        </Alert>
      )}
      <div className="kz-table-wrap">
        <Table fz="sm" miw={720} data-testid="mapping-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.csvColumn')}</Table.Th>
              <Table.Th>{t('imports.sample')}</Table.Th>
              <Table.Th w={40} />
              <Table.Th w={280}>{t('imports.targetField')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {job.headers.map((header) => {
              const target = mapping[header] ?? null;
              const duplicate = target !== null && check.duplicates.has(target);
              const issue = serverIssues[`mapping.${header}`];
              return (
                <Table.Tr key={header}>
                  <Table.Td><Text size="sm" fw={600}>{header}</Text></Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2}>{sampleValues(job, header).join(' ・ ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ThemeIcon variant="transparent" color={target ? 'ai' : 'gray'} size="sm"><IconArrowRight size={14} /></ThemeIcon>
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" data={options} value={target ?? SKIP} allowDeselect={false} searchable
                      aria-label={t('imports.targetFor', { header })}
                      error={duplicate ? t('imports.duplicateTarget') : issue}
                      onChange={(v) => onChange({ ...mapping, [header]: typeof v !== 'string' || v === SKIP ? null : v })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      {job.kind === 'contacts' && <Text size="xs" c="dimmed">{t('imports.contactsMatchHint')}</Text>}
    </Stack>
  );
}
