/** Edits one entry criterion: its kind, then the fields that kind needs (measure, comparison, value, days, origin). */
import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CRITERION_KINDS, CRITERION_OPS, TIME_ORIGINS, type CriterionKind, type PhaseCriterion } from '../../../domain/phases/criteria';

interface Props {
  value: PhaseCriterion | null;
  onChange: (value: PhaseCriterion | null) => void;
  measures: Array<{ value: string; label: string }>;
  error?: string;
}

/** A sensible starting point for each kind, so switching kinds never leaves a field empty. */
export function blankCriterion(kind: CriterionKind, measures: Array<{ value: string }>): PhaseCriterion {
  switch (kind) {
    case 'measure_threshold': return { kind, measureId: measures[0]?.value ?? 'active_ratio', op: 'gte', value: 0.5 };
    case 'score_threshold': return { kind, op: 'gte', value: 60 };
    case 'time_elapsed': return { kind, days: 60, since: 'phase_entered' };
    case 'score_and_time': return { kind, op: 'gte', value: 60, days: 60, since: 'phase_entered' };
    case 'renewal_within': return { kind, days: 90 };
  }
}

export function CriterionEditor({ value, onChange, measures, error }: Props) {
  const { t } = useTranslation();
  const ops = CRITERION_OPS.map((o) => ({ value: o, label: t(`phases.opsLong.${o}`) }));
  const origins = TIME_ORIGINS.map((o) => ({ value: o, label: t(`phases.sinceLong.${o}`) }));
  const set = (patch: Record<string, unknown>) => value && onChange({ ...value, ...patch } as PhaseCriterion);
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  return (
    <Stack gap="xs" data-testid="criterion-editor">
      <Select label={t('phases.editor.criterion')} value={value?.kind ?? 'none'} allowDeselect={false} data-testid="criterion-kind"
        data={[{ value: 'none', label: t('phases.kinds.none') }, ...CRITERION_KINDS.map((k) => ({ value: k, label: t(`phases.kinds.${k}`) }))]}
        onChange={(k) => onChange(!k || k === 'none' ? null : blankCriterion(k as CriterionKind, measures))} />
      {value?.kind === 'measure_threshold' && (
        <Group grow align="flex-start">
          <Select label={t('phases.editor.measure')} data={measures} value={value.measureId} searchable allowDeselect={false}
            onChange={(m) => set({ measureId: m ?? value.measureId })} />
          <Select label={t('phases.editor.op')} data={ops} value={value.op} allowDeselect={false} onChange={(o) => set({ op: o ?? 'gte' })} />
          <NumberInput label={t('phases.editor.value')} value={value.value} decimalScale={4} onChange={(v) => set({ value: num(v) })} />
        </Group>
      )}
      {(value?.kind === 'score_threshold' || value?.kind === 'score_and_time') && (
        <Group grow align="flex-start">
          <Select label={t('phases.editor.scoreOp')} data={ops} value={value.op} allowDeselect={false} onChange={(o) => set({ op: o ?? 'gte' })} />
          <NumberInput label={t('phases.editor.score')} value={value.value} min={0} max={100} onChange={(v) => set({ value: num(v) })} data-testid="criterion-score" />
        </Group>
      )}
      {(value?.kind === 'time_elapsed' || value?.kind === 'score_and_time') && (
        <Group grow align="flex-start">
          <NumberInput label={t('phases.editor.days')} value={value.days} min={0} max={3650} allowDecimal={false} onChange={(v) => set({ days: num(v) })}
            data-testid="criterion-days" />
          <Select label={t('phases.editor.since')} data={origins} value={value.since} allowDeselect={false} onChange={(s) => set({ since: s ?? 'phase_entered' })} />
        </Group>
      )}
      {value?.kind === 'renewal_within' && (
        <NumberInput label={t('phases.editor.renewalDays')} value={value.days} min={0} max={3650} allowDecimal={false} onChange={(v) => set({ days: num(v) })} />
      )}
      <Text size="xs" c={error ? 'red' : 'dimmed'}>{error ?? t(`phases.kindHelp.${value?.kind ?? 'none'}`)}</Text>
    </Stack>
  );
}
