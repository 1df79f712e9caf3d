/** The options of a measure's source: its window, event name, trend base, survey metric or field. */
import { Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasureSource, TrendBase } from '../../../../domain/health/scorecard';
import { useLocale } from '../../../lib/use-format';
import { customFieldLabel, useCustomFields } from '../../custom-fields/use-custom-fields';

const TREND_BASES: readonly TrendBase[] = ['events', 'active_users', 'usage_time', 'logins'];

interface Props {
  source: MeasureSource;
  onChange: (source: MeasureSource) => void;
}

/** Numeric account custom fields, plus MRR and seats (account-signals.ts reads those two by name). */
function useNumericFields(current: string | null | undefined) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { items } = useCustomFields('account');
  const options = [
    { value: 'mrr', label: t('health.source.mrr') },
    { value: 'seats', label: t('health.source.seats') },
    ...items.filter((d) => d.type === 'number').map((d) => ({ value: d.key, label: customFieldLabel(d, locale) })),
  ];
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return options;
}

export function SourceFields({ source, onChange }: Props) {
  const { t } = useTranslation();
  const fieldOptions = useNumericFields('field' in source ? source.field : null);
  const windowInput = 'windowDays' in source && (
    <NumberInput w={130} label={t('health.source.windowDays')} min={1} max={366} allowDecimal={false} clampBehavior="strict"
      suffix={t('health.source.daysSuffix')} value={source.windowDays}
      onChange={(v) => onChange({ ...source, windowDays: typeof v === 'number' ? v : 1 })} />
  );

  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-end">
        {windowInput}
        {source.type === 'events' && (
          <TextInput w={260} label={t('health.source.event')} placeholder={t('health.source.anyEvent')}
            value={source.event ?? ''} onChange={(e) => onChange({ ...source, event: e.currentTarget.value || null })} />
        )}
        {source.type === 'trend' && (
          <Select w={200} label={t('health.source.trendOf')} allowDeselect={false}
            data={TREND_BASES.map((b) => ({ value: b, label: t(`health.source.trendBase.${b}`) }))}
            value={source.of} onChange={(v) => v && onChange({ ...source, of: v as TrendBase })} />
        )}
        {source.type === 'survey' && (
          <div>
            <Text size="sm" fw={500} mb={4}>{t('health.source.surveyMetric')}</Text>
            <SegmentedControl size="xs" value={source.metric} onChange={(v) => onChange({ ...source, metric: v === 'csat' ? 'csat' : 'nps' })}
              data={[{ value: 'nps', label: 'NPS' }, { value: 'csat', label: 'CSAT' }]} />
          </div>
        )}
        {source.type === 'support_load' && (
          <>
            <div>
              <Text size="sm" fw={500} mb={4}>{t('health.source.supportFrom')}</Text>
              <SegmentedControl size="xs" value={source.field ? 'field' : 'event'}
                onChange={(v) => onChange(v === 'field' ? { ...source, field: fieldOptions[0]?.value ?? 'mrr', event: null } : { ...source, field: null })}
                data={[{ value: 'event', label: t('health.source.fromEvent') }, { value: 'field', label: t('health.source.fromField') }]} />
            </div>
            {source.field
              ? <Select w={220} label={t('health.source.field')} data={fieldOptions} value={source.field} allowDeselect={false}
                  onChange={(v) => v && onChange({ ...source, field: v })} />
              : <TextInput w={240} label={t('health.source.event')} placeholder="Ticket Opened"
                  value={source.event ?? ''} onChange={(e) => onChange({ ...source, event: e.currentTarget.value || null })} />}
          </>
        )}
        {source.type === 'account_field' && (
          <Select w={240} label={t('health.source.field')} data={fieldOptions} value={source.field} allowDeselect={false} searchable
            onChange={(v) => v && onChange({ ...source, field: v })} />
        )}
      </Group>
      <Text size="xs" c="dimmed">{t(`health.source.explain.${source.type}`)}</Text>
    </Stack>
  );
}
