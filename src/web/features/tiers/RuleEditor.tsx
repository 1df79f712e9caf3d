/**
 * Editing an AccountRule: a list of conditions on account facts, all of which must hold. The
 * value input follows the operator: a number for comparisons of numeric facts, a list for
 * in / not in, nothing for empty / not empty.
 */
import { ActionIcon, Button, Group, NumberInput, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_FACTS, CONDITION_OPS, NUMERIC_FACTS, type AccountRule, type Condition, type ConditionOp } from '../../../domain/journey/account-rule';
import { api, keys } from '../../api/client';
import { useLocale } from '../../lib/use-format';
import { factLabel } from './rule-text';

const NUMERIC_OPS: readonly ConditionOp[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'neq', 'empty', 'not_empty'];
const TEXT_OPS: readonly ConditionOp[] = ['eq', 'neq', 'in', 'not_in', 'empty', 'not_empty'];

interface Props {
  rule: AccountRule;
  onChange: (rule: AccountRule) => void;
  errors?: Record<string, string>;
  currency: string;
}

function opsFor(fact: string): readonly ConditionOp[] {
  return NUMERIC_FACTS.has(fact) ? NUMERIC_OPS : fact.startsWith('custom.') ? CONDITION_OPS : TEXT_OPS;
}

/** The condition with a value that suits its operator. */
function normalise(c: Condition): Condition {
  if (c.op === 'empty' || c.op === 'not_empty') return { fact: c.fact, op: c.op };
  if (c.op === 'in' || c.op === 'not_in') return { ...c, value: Array.isArray(c.value) ? c.value : c.value === undefined ? [] : [String(c.value)] };
  if (Array.isArray(c.value)) return { ...c, value: c.value[0] ?? '' };
  return c;
}

export function RuleEditor({ rule, onChange, errors = {}, currency }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fields = useQuery({ queryKey: keys.customFields, queryFn: api.customFields });
  const custom = (fields.data?.items ?? []).filter((f) => f.entity === 'account')
    .map((f) => ({ value: `custom.${f.key}`, label: locale === 'ja' ? f.labelJa : f.labelEn }));
  const factOptions = [...ACCOUNT_FACTS.map((f) => ({ value: f as string, label: factLabel(f, t) })), ...custom];
  const set = (i: number, c: Condition) => onChange({ all: rule.all.map((x, j) => (j === i ? normalise(c) : x)) });

  return (
    <Stack gap="xs" data-testid="rule-editor">
      {rule.all.length === 0 && <Text size="sm" c="dimmed">{t('touchModel.editor.noConditions')}</Text>}
      {rule.all.map((c, i) => {
        const numeric = NUMERIC_FACTS.has(c.fact) || typeof c.value === 'number';
        const error = errors[`rule.all.${i}.value`] ?? errors[`rule.all.${i}.fact`] ?? errors[`rule.all.${i}`];
        return (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="rule-condition">
            <Select aria-label={t('touchModel.editor.fact')} data={factOptions} value={c.fact} searchable w={170}
              onChange={(v) => v && set(i, { ...c, fact: v, op: opsFor(v).includes(c.op) ? c.op : opsFor(v)[0]!, value: NUMERIC_FACTS.has(v) ? 0 : '' })} />
            <Select aria-label={t('touchModel.editor.op')} w={130} value={c.op}
              data={opsFor(c.fact).map((op) => ({ value: op, label: t(`touchModel.ops.${op}`, { fact: '' }).trim() }))}
              onChange={(v) => v && set(i, { ...c, op: v as ConditionOp })} />
            {c.op === 'empty' || c.op === 'not_empty' ? <div style={{ flex: 1 }} />
              : c.op === 'in' || c.op === 'not_in'
                ? <TagsInput aria-label={t('touchModel.editor.value')} style={{ flex: 1 }} placeholder={t('touchModel.editor.listHint')}
                  value={Array.isArray(c.value) ? c.value : []} onChange={(v) => set(i, { ...c, value: v })} error={error} />
                : numeric
                  ? <NumberInput aria-label={t('touchModel.editor.value')} style={{ flex: 1 }} thousandSeparator="," allowDecimal={false}
                    prefix={c.fact === 'arr' || c.fact === 'mrr' ? `${currency} ` : undefined}
                    value={typeof c.value === 'number' ? c.value : ''} onChange={(v) => set(i, { ...c, value: typeof v === 'number' ? v : 0 })} error={error} />
                  : <TextInput aria-label={t('touchModel.editor.value')} style={{ flex: 1 }}
                    value={typeof c.value === 'string' ? c.value : ''} onChange={(e) => set(i, { ...c, value: e.currentTarget.value })} error={error} />}
            <ActionIcon variant="subtle" color="gray" mt={4} aria-label={t('touchModel.editor.removeCondition')}
              onClick={() => onChange({ all: rule.all.filter((_, j) => j !== i) })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={rule.all.length >= 20}
          onClick={() => onChange({ all: [...rule.all, { fact: 'arr', op: 'gte', value: 0 }] })}>
          {t('touchModel.editor.addCondition')}
        </Button>
      </Group>
    </Stack>
  );
}
