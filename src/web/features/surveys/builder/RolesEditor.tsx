/**
 * Which questions the analysis reads: the scores (left empty: the first question of that type)
 * and the CX tree's three questions — trouble, consulted, handling.
 */
import { Alert, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition, SurveyRoles } from '../../../../domain/surveys/definition';
import { ROLE_TYPES } from '../../../../domain/surveys/validate-definition';
import { useLocale } from '../../../lib/use-format';

const ROLES = Object.keys(ROLE_TYPES) as Array<keyof SurveyRoles>;
const TREE_ROLES: Array<keyof SurveyRoles> = ['trouble', 'consulted', 'handling'];

export function RolesEditor({ definition, disabled, onChange }: { definition: SurveyDefinition; disabled: boolean; onChange: (roles: SurveyRoles) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const roles = definition.roles;
  const treeCount = TREE_ROLES.filter((r) => roles[r]).length;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {ROLES.map((role) => {
          const choices = definition.questions.map((q, i) => ({ q, i })).filter(({ q }) => q.type === ROLE_TYPES[role])
            .map(({ q, i }) => ({ value: q.id, label: `Q${i + 1}. ${q.text[locale] || q.id}` }));
          const automatic = !TREE_ROLES.includes(role);
          return (
            <Select key={role} label={t(`surveys.roles.${role}`)} data={choices} value={roles[role] ?? null} clearable disabled={disabled || choices.length === 0}
              placeholder={choices.length === 0 ? t('surveys.roles.noQuestion', { type: t(`surveys.types.${ROLE_TYPES[role]}`) }) : automatic ? t('surveys.roles.automatic') : t('surveys.roles.none')}
              data-testid={`role-${role}`}
              onChange={(v) => {
                const { [role]: _old, ...rest } = roles;
                onChange(v ? { ...rest, [role]: v } : rest);
              }} />
          );
        })}
      </SimpleGrid>
      <Alert variant="light" color={treeCount === 3 ? 'teal' : 'gray'} icon={<IconInfoCircle size={16} />} p="xs">
        <Text size="sm">{treeCount === 3 ? t('surveys.roles.treeReady') : t('surveys.roles.treeHint')}</Text>
      </Alert>
    </Stack>
  );
}
