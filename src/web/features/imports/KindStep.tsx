/** Step 1: what the file holds. Each kind says which columns it needs. */
import { Badge, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBuildingSkyscraper, IconReceipt, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS } from '../../../domain/imports/import-kinds';
import { TARGET_FIELDS } from '../../../domain/imports/target-fields';
import type { ImportKind } from '../../api/types';
import { useLocale } from '../../lib/use-format';

const ICONS = { accounts: IconBuildingSkyscraper, contacts: IconUsers, subscriptions: IconReceipt } as const;

export function KindStep({ value, onChange }: { value: ImportKind | null; onChange: (kind: ImportKind) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      {IMPORT_KINDS.map((kind) => {
        const Icon = ICONS[kind];
        const selected = value === kind;
        const required = TARGET_FIELDS[kind].filter((f) => f.required).map((f) => (locale === 'ja' ? f.labelJa : f.labelEn));
        return (
          <UnstyledButton key={kind} onClick={() => onChange(kind)} data-testid={`import-kind-${kind}`}
            p="md" style={{
              display: 'flex', flexDirection: 'column', justifyContent: 'flex-start', textAlign: 'left',
              border: `1px solid ${selected ? 'var(--mantine-color-ai-6)' : 'var(--mantine-color-gray-3)'}`,
              borderRadius: 'var(--mantine-radius-md)',
              background: selected ? 'var(--mantine-color-ai-0)' : 'white',
              boxShadow: selected ? '0 0 0 1px var(--mantine-color-ai-6)' : undefined,
            }}>
            <Stack gap="xs">
              <Group gap="sm">
                <Icon size={22} color="var(--mantine-color-ai-7)" />
                <Text fw={700}>{t(`imports.kinds.${kind}`)}</Text>
              </Group>
              <Text size="sm" c="dimmed">{t(`imports.kindDescriptions.${kind}`)}</Text>
              <Group gap={4}>
                <Text size="xs" c="dimmed">{t('imports.requiredColumns')}:</Text>
                {required.map((label) => <Badge key={label} size="xs" variant="outline" color="gray">{label}</Badge>)}
              </Group>
            </Stack>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
