/** Choosing a trigger and its numbers: the kind, then the parameters that kind needs, with a line saying what it means. */
import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRIGGER_TYPES, isEventTrigger, type PlaybookTrigger } from '../../../domain/playbooks/trigger';
import { defaultTrigger } from './draft';

interface Props {
  trigger: PlaybookTrigger;
  onChange: (trigger: PlaybookTrigger) => void;
  phases: Array<{ value: string; label: string }>;
  errors: Record<string, string>;
}

export function TriggerFields({ trigger, onChange, phases, errors }: Props) {
  const { t } = useTranslation();
  const number = (field: string, props: { min: number; max: number; suffix?: string; decimal?: boolean }) => (
    <NumberInput label={t(`playbooks.fields.${field}`)} w={170} min={props.min} max={props.max} allowDecimal={props.decimal ?? false}
      suffix={props.suffix} value={(trigger as Record<string, unknown>)[field] as number}
      error={errors[`trigger.${field}`]} data-testid={`trigger-${field}`}
      onChange={(v) => onChange({ ...trigger, [field]: typeof v === 'number' ? v : 0 } as PlaybookTrigger)} />
  );
  return (
    <Stack gap="xs">
      <Select label={t('playbooks.editor.triggerType')} w={360} allowDeselect={false} data-testid="trigger-type"
        data={TRIGGER_TYPES.map((type) => ({ value: type, label: t(`playbooks.triggers.${type}.label`) }))}
        value={trigger.type} onChange={(v) => v && onChange(defaultTrigger(v as PlaybookTrigger['type']))} />
      <Group gap="sm" align="flex-start">
        {trigger.type === 'health_band_entered' && (
          <Select label={t('playbooks.fields.band')} w={170} allowDeselect={false} value={trigger.band}
            data={(['red', 'yellow', 'green'] as const).map((b) => ({ value: b, label: t(`playbooks.bands.${b}`) }))}
            onChange={(v) => v && onChange({ ...trigger, band: v as 'red' | 'yellow' | 'green' })} />
        )}
        {trigger.type === 'health_score_below' && number('value', { min: 0, max: 100, decimal: true, suffix: t('playbooks.units.points') })}
        {trigger.type === 'health_drop' && <>{number('points', { min: 1, max: 100, decimal: true, suffix: t('playbooks.units.points') })}{number('days', { min: 1, max: 365, suffix: t('playbooks.units.days') })}</>}
        {trigger.type === 'renewal_within' && number('days', { min: 1, max: 3650, suffix: t('playbooks.units.days') })}
        {trigger.type === 'usage_drop' && (
          <>
            {number('percent', { min: 1, max: 100, suffix: '%' })}
            <TextInput label={t('playbooks.fields.eventOptional')} w={240} value={trigger.event ?? ''} placeholder={t('playbooks.fields.allEvents')}
              onChange={(e) => { const v = e.currentTarget.value; onChange({ type: 'usage_drop', percent: trigger.percent, ...(v ? { event: v } : {}) }); }} />
          </>
        )}
        {trigger.type === 'handoff_incomplete' && number('below', { min: 1, max: 100, suffix: '%' })}
        {trigger.type === 'phase_entered' && (
          <Select label={t('playbooks.fields.phase')} w={220} allowDeselect={false} data={phases} value={trigger.phase}
            error={errors['trigger.phase']} onChange={(v) => v && onChange({ ...trigger, phase: v })} />
        )}
        {trigger.type === 'custom_event' && (
          <TextInput label={t('playbooks.fields.event')} w={280} value={trigger.event} placeholder="plan.downgrade_viewed"
            error={errors['trigger.event']} onChange={(e) => onChange({ ...trigger, event: e.currentTarget.value })} />
        )}
      </Group>
      <Text size="sm" c="dimmed" data-testid="trigger-help">
        {t(`playbooks.triggers.${trigger.type}.help`)} {isEventTrigger(trigger) ? t('playbooks.editor.onceEvent') : t('playbooks.editor.onceEpisode')}
      </Text>
    </Stack>
  );
}
