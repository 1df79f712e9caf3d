/** The survey's name, languages, planned close and reminder interval (what may change depends on the status). */
import { Checkbox, Group, NumberInput, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { SURVEY_LANGUAGES, type SurveyLanguage } from '../../../../domain/surveys/definition';
import { editableFields, type SurveyStatus } from '../../../../domain/surveys/lifecycle';
import { addDays } from '../../../../domain/outcomes/goal-progress';
import { todayIso } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';

export interface Settings {
  name: string;
  languages: SurveyLanguage[];
  closesAt: string | null;
  remindAfterDays: number | null;
}

/** The end of a calendar day in the viewer's zone, as an instant: a survey "closing on the 31st" answers all that day. */
export function endOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59, 999).toISOString();
}

export function SettingsCard({ value, status, canManage, errors, onChange }: {
  value: Settings; status: SurveyStatus; canManage: boolean; errors: Record<string, string>; onChange: (v: Settings) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = (f: 'name' | 'languages' | 'closesAt' | 'remindAfterDays') => canManage && editableFields(status).includes(f);
  const tomorrow = addDays(todayIso(), 1);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} fz="md" mb="xs">{t('surveys.builder.settings')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput label={t('surveys.fields.name')} required value={value.name} disabled={!can('name')} error={errors.name} data-testid="settings-name"
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} />
        <Checkbox.Group label={t('surveys.fields.languages')} value={value.languages} error={errors.languages}
          onChange={(v) => v.length > 0 && onChange({ ...value, languages: SURVEY_LANGUAGES.filter((l) => v.includes(l)) })}>
          <Group mt={8}>{SURVEY_LANGUAGES.map((l) => <Checkbox key={l} value={l} label={t(`surveys.languages.${l}`)} disabled={!can('languages')} data-testid={`language-${l}`} />)}</Group>
        </Checkbox.Group>
        <DateInput label={t('surveys.fields.closesOn')} clearable disabled={!can('closesAt')} minDate={tomorrow} error={errors.closesAt}
          valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} description={t('surveys.fields.closesOnHelp')}
          value={value.closesAt ? todayIso(new Date(value.closesAt)) : null} onChange={(d) => onChange({ ...value, closesAt: d ? endOfDay(String(d)) : null })} />
        <NumberInput label={t('surveys.fields.remindAfterDays')} description={t('surveys.fields.remindAfterDaysHelp')} min={1} max={60} allowDecimal={false}
          disabled={!can('remindAfterDays')} value={value.remindAfterDays ?? ''} error={errors.remindAfterDays}
          onChange={(v) => onChange({ ...value, remindAfterDays: typeof v === 'number' ? v : null })} />
      </SimpleGrid>
    </Paper>
  );
}
