/** "Show only if…": an earlier question, how to compare, and the value(s) its answer must have. */
import { Group, MultiSelect, NumberInput, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShowIf, SurveyDefinition, SurveyQuestion } from '../../../../domain/surveys/definition';
import { branchOps, EXPECTATIONS } from '../../../../domain/surveys/validate-definition';
import { useLocale } from '../../../lib/use-format';
import { branchTargets, defaultCondition } from './draft';

interface Props {
  definition: SurveyDefinition;
  index: number;
  disabled: boolean;
  error?: string;
  onChange: (showIf: ShowIf | undefined) => void;
}

/** The values a question's answer can take, as select choices. */
function useValueChoices() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (q: SurveyQuestion): Array<{ value: string; label: string }> => {
    if (q.type === 'yes_no') return [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
    if (q.type === 'expectation') return EXPECTATIONS.map((e) => ({ value: e, label: t(`surveys.expectation.${e}`) }));
    if (q.type === 'single' || q.type === 'multi') return (q.options ?? []).map((o) => ({ value: o.id, label: o.text[locale] || o.id }));
    const [min, max] = q.type === 'nps' ? [0, 10] : [1, 5];
    return Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
  };
}

const decode = (q: SurveyQuestion, v: string): string | number | boolean =>
  (q.type === 'yes_no' ? v === 'true' : q.type === 'single' || q.type === 'multi' || q.type === 'expectation' ? v : Number(v));

export function BranchPicker({ definition, index, disabled, error, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const valueChoices = useValueChoices();
  const showIf = definition.questions[index]?.showIf;
  const targets = branchTargets(definition, index);
  const target = showIf ? definition.questions.find((q) => q.id === showIf.question) : undefined;
  const label = (q: SurveyQuestion) => `Q${definition.questions.indexOf(q) + 1}. ${q.text[locale] || q.id}`;
  return (
    <div>
      <Switch label={t('surveys.builder.branch')} checked={!!showIf} disabled={disabled || (!showIf && targets.length === 0)} data-testid={`branch-toggle-${index}`}
        description={!showIf && targets.length === 0 ? t('surveys.builder.branchNoTarget') : undefined}
        onChange={(e) => onChange(e.currentTarget.checked && targets[0] ? defaultCondition(targets.at(-1)!) : undefined)} />
      {showIf && (
        <Group mt="xs" gap="xs" align="flex-start" wrap="wrap">
          <Select w={300} label={t('surveys.builder.branchQuestion')} disabled={disabled} data-testid={`branch-question-${index}`} allowDeselect={false}
            data={targets.map((q) => ({ value: q.id, label: label(q) }))} value={showIf.question} error={error}
            onChange={(id) => { const q = targets.find((x) => x.id === id); if (q) onChange(defaultCondition(q)); }} />
          {target && (
            <Select w={150} label={t('surveys.builder.branchOp')} disabled={disabled} allowDeselect={false} data-testid={`branch-op-${index}`}
              data={branchOps(target.type).map((op) => ({ value: op, label: t(`surveys.builder.ops.${op}`) }))} value={showIf.op}
              onChange={(op) => {
                if (!op) return;
                const first = valueChoices(target)[0]?.value ?? '';
                const value = op === 'in' ? [decode(target, first)] : op === 'lte' || op === 'gte' ? (typeof showIf.value === 'number' ? showIf.value : Number(first)) : decode(target, first);
                onChange({ ...showIf, op: op as ShowIf['op'], value: value as ShowIf['value'] });
              }} />
          )}
          {target && (showIf.op === 'lte' || showIf.op === 'gte') && (
            <NumberInput w={110} label={t('surveys.builder.branchValue')} disabled={disabled} min={target.type === 'nps' ? 0 : 1} max={target.type === 'nps' ? 10 : 5}
              value={typeof showIf.value === 'number' ? showIf.value : ''} onChange={(v) => onChange({ ...showIf, value: typeof v === 'number' ? v : 0 })} />
          )}
          {target && showIf.op === 'equals' && (
            <Select w={220} label={t('surveys.builder.branchValue')} disabled={disabled} allowDeselect={false} data={valueChoices(target)} data-testid={`branch-value-${index}`}
              value={String(showIf.value)} onChange={(v) => v !== null && onChange({ ...showIf, value: decode(target, v) })} />
          )}
          {target && showIf.op === 'in' && (
            <MultiSelect w={300} label={t('surveys.builder.branchValues')} disabled={disabled} data={valueChoices(target)}
              value={(Array.isArray(showIf.value) ? showIf.value : [showIf.value]).map(String)}
              onChange={(vs) => onChange({ ...showIf, value: vs.map((v) => decode(target, v)) })} />
          )}
        </Group>
      )}
    </div>
  );
}
