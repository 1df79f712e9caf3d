/** The contract facts, the timeline, the risks and the promises made. */
import { Checkbox, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { HandoffContent } from '../../../domain/handoffs/content';
import { MINOR_DIGITS } from '../../../domain/money/currency';
import { useFormat } from '../../lib/use-format';
import { SectionTitle } from './GoalsAndPeopleFields';
import { RowList } from './RowList';

interface Props {
  value: HandoffContent;
  onChange: (patch: Partial<HandoffContent>) => void;
  baseCurrency: string;
}

export function ContractAndPlanFields({ value, onChange, baseCurrency }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const dateFormat = format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY';
  const k = value.contract;
  const currency = k.currency ?? baseCurrency;
  const scale = 10 ** (MINOR_DIGITS[currency] ?? 0);
  const setK = (patch: Partial<HandoffContent['contract']>) => onChange({ contract: { ...k, ...patch } });
  const tl = value.timeline;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <SectionTitle section="contract" hint={t('handoffs.form.contractHint')} />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
          <TextInput label={t('handoffs.fields.plan')} value={k.plan} onChange={(e) => setK({ plan: e.currentTarget.value })} />
          <NumberInput label={t('handoffs.fields.seats')} min={0} allowDecimal={false} thousandSeparator="," value={k.seats ?? ''}
            onChange={(v) => setK({ seats: typeof v === 'number' ? v : null })} />
          <NumberInput label={t('handoffs.fields.annualAmount', { currency })} min={0} thousandSeparator="," decimalScale={Math.log10(scale)}
            value={k.annualAmount === null ? '' : k.annualAmount / scale}
            onChange={(v) => setK({ annualAmount: typeof v === 'number' ? Math.round(v * scale) : null, currency: typeof v === 'number' ? currency : k.currency })} />
          <DateInput label={t('handoffs.fields.startOn')} clearable valueFormat={dateFormat} value={k.startOn} onChange={(v) => setK({ startOn: v })} />
          <DateInput label={t('handoffs.fields.renewalOn')} clearable valueFormat={dateFormat} value={k.renewalOn} onChange={(v) => setK({ renewalOn: v })} />
        </SimpleGrid>
        <Textarea label={t('handoffs.fields.specialTerms')} description={t('handoffs.form.specialTermsHint')} autosize minRows={1}
          value={k.specialTerms} onChange={(e) => setK({ specialTerms: e.currentTarget.value })} />
      </Stack>

      <Stack gap="xs">
        <SectionTitle section="timeline" hint={t('handoffs.form.timelineHint')} />
        <DateInput label={t('handoffs.fields.goLiveOn')} clearable valueFormat={dateFormat} value={tl.goLiveOn} maw={260}
          onChange={(v) => onChange({ timeline: { ...tl, goLiveOn: v } })} />
        <RowList rows={tl.milestones} onChange={(milestones) => onChange({ timeline: { ...tl, milestones } })} max={30}
          addLabel={t('handoffs.form.addMilestone')} blank={() => ({ title: '', dueOn: null })}
          render={(row, set) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              <TextInput label={t('handoffs.fields.milestone')} value={row.title} onChange={(e) => set({ title: e.currentTarget.value })} />
              <DateInput label={t('handoffs.fields.dueOn')} clearable valueFormat={dateFormat} value={row.dueOn} onChange={(v) => set({ dueOn: v })} />
            </SimpleGrid>
          )} />
      </Stack>

      <Stack gap="xs">
        <SectionTitle section="risks" hint={t('handoffs.form.risksHint')} />
        <RowList rows={value.risks} onChange={(risks) => onChange({ risks, noKnownRisks: risks.length > 0 ? false : value.noKnownRisks })} max={30}
          addLabel={t('handoffs.form.addRisk')} blank={() => ({ risk: '', mitigation: '' })}
          render={(row, set) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              <TextInput label={t('handoffs.fields.risk')} value={row.risk} onChange={(e) => set({ risk: e.currentTarget.value })} />
              <TextInput label={t('handoffs.fields.mitigation')} value={row.mitigation} onChange={(e) => set({ mitigation: e.currentTarget.value })} />
            </SimpleGrid>
          )} />
        {value.risks.length === 0 && (
          <Checkbox label={t('handoffs.form.noKnownRisks')} checked={value.noKnownRisks} onChange={(e) => onChange({ noKnownRisks: e.currentTarget.checked })} />
        )}
      </Stack>

      <Stack gap="xs">
        <SectionTitle section="promises" hint={t('handoffs.form.promisesHint')} />
        <RowList rows={value.promises} onChange={(promises) => onChange({ promises, noPromises: promises.length > 0 ? false : value.noPromises })} max={30}
          addLabel={t('handoffs.form.addPromise')} blank={() => ({ promise: '', dueOn: null })}
          render={(row, set) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              <TextInput label={t('handoffs.fields.promise')} value={row.promise} onChange={(e) => set({ promise: e.currentTarget.value })} />
              <DateInput label={t('handoffs.fields.promiseBy')} clearable valueFormat={dateFormat} value={row.dueOn} onChange={(v) => set({ dueOn: v })} />
            </SimpleGrid>
          )} />
        {value.promises.length === 0 && (
          <Checkbox label={t('handoffs.form.noPromises')} checked={value.noPromises} onChange={(e) => onChange({ noPromises: e.currentTarget.checked })} />
        )}
      </Stack>
    </Stack>
  );
}
