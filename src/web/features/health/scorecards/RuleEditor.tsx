/**
 * Which accounts a scorecard applies to: conditions on account fields, all of which must hold
 * (values within one condition are alternatives). The default scorecard has none by design.
 */
import { ActionIcon, Button, Group, Select, Stack, TagsInput, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SIZE_BANDS } from '../../../../domain/accounts/fields';
import { RULE_FIELDS, type RuleField, type ScorecardRule } from '../../../../domain/health/scorecard';
import { api, keys } from '../../../api/client';
import { useFormat } from '../../../lib/use-format';
import type { DraftProblem } from './draft-problems';
import { ProblemList } from './ProblemList';
import { RULE_FIELD_LABEL } from './rule-text';

interface Props {
  rule: ScorecardRule;
  isDefault: boolean;
  problems: readonly DraftProblem[];
  onChange: (rule: ScorecardRule) => void;
}

export function RuleEditor({ rule, isDefault, problems, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const facets = useQuery({ queryKey: keys.accountFacets, queryFn: api.accountFacets, staleTime: 60_000, enabled: !isDefault });
  if (isDefault) return <Text size="sm" c="dimmed" data-testid="rule-default">{t('health.editor.defaultRuleHint')}</Text>;

  const suggestions = (field: RuleField): string[] => {
    if (field === 'plan') return facets.data?.plans ?? [];
    if (field === 'industry') return facets.data?.industries ?? [];
    if (field === 'region') return facets.data?.regions ?? [];
    if (field === 'size_band') return [...SIZE_BANDS];
    return [];
  };
  const set = (index: number, change: Partial<ScorecardRule['conditions'][number]>) =>
    onChange({ conditions: rule.conditions.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const unused = RULE_FIELDS.find((f) => !rule.conditions.some((c) => c.field === f)) ?? 'plan';

  return (
    <Stack gap="xs" data-testid="rule-editor">
      <Text size="sm" c="dimmed">{t('health.editor.ruleHint')}</Text>
      {rule.conditions.map((condition, index) => (
        <div key={index}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Select w={170} aria-label={t('health.editor.ruleField')} allowDeselect={false}
              data={RULE_FIELDS.map((f) => ({ value: f, label: t(RULE_FIELD_LABEL[f]) }))}
              value={condition.field} onChange={(v) => v && set(index, { field: v as RuleField, values: [] })} />
            <Text size="sm" mt={6} c="dimmed">{t('health.editor.isOneOf')}</Text>
            <TagsInput style={{ flex: 1 }} aria-label={t('health.editor.ruleValues')} placeholder={t('health.editor.ruleValuesPlaceholder')}
              data={suggestions(condition.field).map((v) => ({ value: v, label: condition.field === 'size_band' ? format.sizeBand(v) : v }))}
              value={condition.values} onChange={(values) => set(index, { values })} clearable acceptValueOnBlur />
            <ActionIcon variant="subtle" color="gray" mt={4} aria-label={t('health.editor.removeCondition')}
              onClick={() => onChange({ conditions: rule.conditions.filter((_, i) => i !== index) })}><IconTrash size={16} /></ActionIcon>
          </Group>
          <ProblemList problems={problems.filter((p) => p.path === `rule.conditions.${index}`)} />
        </div>
      ))}
      {rule.conditions.length === 0 && <Text size="sm" c="orange">{t('health.editor.noConditionsWarning')}</Text>}
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} disabled={rule.conditions.length >= 10}
          onClick={() => onChange({ conditions: [...rule.conditions, { field: unused, values: [] }] })}>{t('health.editor.addCondition')}</Button>
      </Group>
    </Stack>
  );
}
