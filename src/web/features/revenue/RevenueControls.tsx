/** Interval, month range and segment of the revenue dashboard (kept in the URL by useRevenueParams). */
import { Button, Group, SegmentedControl, Select } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_SEGMENTS, customSegmentKey, type MetricsInterval, type RangeQuery } from '../../api/metrics';
import { useLocale } from '../../lib/use-format';
import { customFieldLabel, useCustomFields } from '../custom-fields/use-custom-fields';

interface Props {
  query: RangeQuery;
  /** The range in force (the server's default when the URL names none). */
  shown: { from: string; to: string } | null;
  onChange: (changes: Partial<Record<'interval' | 'from' | 'to' | 'segment', string | null>>) => void;
}

/** 'YYYY-MM-DD' of the last day of the month `day` falls in. */
export function monthEndOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10);
}

export function RevenueControls({ query, shown, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const customFields = useCustomFields('account');
  const segments = [
    ...BUILT_IN_SEGMENTS.map((key) => ({ value: key, label: t(`revenue.segment.${key}`) })),
    ...customFields.items.map((def) => ({ value: customSegmentKey(def), label: customFieldLabel(def, locale) })),
  ];
  const range: [string | null, string | null] = [shown?.from ?? null, shown?.to ?? null];
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap" data-testid="revenue-controls">
      <SegmentedControl value={query.interval} aria-label={t('revenue.interval.label')}
        onChange={(v) => onChange({ interval: v === 'month' ? null : (v as MetricsInterval), from: null, to: null })}
        data={(['month', 'quarter', 'fiscal_year'] as const).map((v) => ({ value: v, label: t(`revenue.interval.${v}`) }))} />
      <MonthPickerInput type="range" w={260} label={t('revenue.range')} value={range} allowSingleDateInRange
        valueFormat={locale === 'ja' ? 'YYYY年M月' : 'MMM YYYY'}
        onChange={([start, end]) => {
          if (start && end) onChange({ from: start.slice(0, 7) + '-01', to: monthEndOf(end) });
        }} />
      <Select w={220} label={t('revenue.segment.label')} placeholder={t('revenue.segment.none')} clearable data={segments}
        value={query.segment ?? null} onChange={(v) => onChange({ segment: v })} />
      {(query.from || query.to) && (
        <Button variant="subtle" size="sm" onClick={() => onChange({ from: null, to: null })}>{t('revenue.resetRange')}</Button>
      )}
    </Group>
  );
}
