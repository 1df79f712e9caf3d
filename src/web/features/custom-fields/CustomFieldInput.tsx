/** The input for one custom field, by its type (text, number, date, yes/no, select). */
import { NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { CustomFieldDef } from '../../api/types';
import { useLocale } from '../../lib/use-format';
import { customFieldLabel } from './use-custom-fields';

interface Props {
  def: CustomFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
}

export function CustomFieldInput({ def, value, onChange, error }: Props) {
  const locale = useLocale();
  const label = customFieldLabel(def, locale);
  switch (def.type) {
    case 'number':
      return <NumberInput label={label} error={error} value={typeof value === 'number' ? value : ''} thousandSeparator=","
        onChange={(v) => onChange(typeof v === 'number' ? v : null)} />;
    case 'date':
      return <DateInput label={label} error={error} clearable valueFormat={locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'}
        value={typeof value === 'string' && value !== '' ? value : null} onChange={(v) => onChange(v ?? null)} />;
    case 'boolean':
      return <Switch label={label} error={error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} mt="lg" />;
    case 'select':
      return <Select label={label} error={error} clearable data={def.options ?? []}
        value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v)} />;
    case 'text':
    default:
      return <TextInput label={label} error={error} value={typeof value === 'string' ? value : value == null ? '' : String(value)}
        onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)} />;
  }
}
