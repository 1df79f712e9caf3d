/** The three sections CS most often lacks: goals and KPIs, the decision maker, the other stakeholders. */
import { Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandoffContent } from '../../../domain/handoffs/content';
import type { Contact } from '../../api/types';
import { RowList } from './RowList';

interface Props {
  value: HandoffContent;
  onChange: (patch: Partial<HandoffContent>) => void;
  contacts: Contact[];
}

function SectionTitle({ section, hint }: { section: string; hint: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Title order={4} fz="md">{t(`handoffs.sections.${section}`)}</Title>
      <Text size="xs" c="dimmed">{hint}</Text>
    </Stack>
  );
}

export function GoalsAndPeopleFields({ value, onChange, contacts }: Props) {
  const { t } = useTranslation();
  const contactOptions = contacts.map((c) => ({ value: c.id, label: c.title ? `${c.name} · ${c.title}` : c.name }));
  const pickContact = (id: string | null) => contacts.find((c) => c.id === id);
  const dm = value.decisionMaker;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <SectionTitle section="goals" hint={t('handoffs.form.goalsHint')} />
        <RowList rows={value.goals} onChange={(goals) => onChange({ goals })} max={20} addLabel={t('handoffs.form.addGoal')} testId="goals"
          blank={() => ({ goal: '', kpi: '', target: '' })}
          render={(row, set) => (
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
              <TextInput label={t('handoffs.fields.goal')} value={row.goal} onChange={(e) => set({ goal: e.currentTarget.value })} />
              <TextInput label={t('handoffs.fields.kpi')} value={row.kpi} onChange={(e) => set({ kpi: e.currentTarget.value })} />
              <TextInput label={t('handoffs.fields.target')} placeholder={t('handoffs.form.targetPlaceholder')} value={row.target}
                onChange={(e) => set({ target: e.currentTarget.value })} />
            </SimpleGrid>
          )} />
      </Stack>

      <Stack gap="xs">
        <SectionTitle section="decisionMaker" hint={t('handoffs.form.decisionMakerHint')} />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
          <Select label={t('handoffs.fields.contact')} data={contactOptions} clearable searchable value={dm.contactId}
            placeholder={t('handoffs.form.contactPlaceholder')}
            onChange={(id) => {
              const c = pickContact(id);
              onChange({ decisionMaker: { ...dm, contactId: id, name: c?.name ?? dm.name, title: c?.title ?? dm.title } });
            }} />
          <TextInput label={t('handoffs.fields.name')} value={dm.name} onChange={(e) => onChange({ decisionMaker: { ...dm, name: e.currentTarget.value } })} />
          <TextInput label={t('handoffs.fields.title')} value={dm.title} onChange={(e) => onChange({ decisionMaker: { ...dm, title: e.currentTarget.value } })} />
        </SimpleGrid>
        <Textarea label={t('handoffs.fields.cares')} autosize minRows={2} value={dm.cares}
          onChange={(e) => onChange({ decisionMaker: { ...dm, cares: e.currentTarget.value } })} />
      </Stack>

      <Stack gap="xs">
        <SectionTitle section="stakeholders" hint={t('handoffs.form.stakeholdersHint')} />
        <RowList rows={value.stakeholders} onChange={(stakeholders) => onChange({ stakeholders })} max={50} testId="stakeholders"
          addLabel={t('handoffs.form.addStakeholder')} blank={() => ({ contactId: null, name: '', role: '', notes: '' })}
          render={(row, set) => (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
                <Select label={t('handoffs.fields.contact')} data={contactOptions} clearable searchable value={row.contactId}
                  onChange={(id) => set({ contactId: id, name: pickContact(id)?.name ?? row.name })} />
                <TextInput label={t('handoffs.fields.name')} value={row.name} onChange={(e) => set({ name: e.currentTarget.value })} />
                <TextInput label={t('handoffs.fields.role')} value={row.role} onChange={(e) => set({ role: e.currentTarget.value })} />
              </SimpleGrid>
              <Textarea label={t('handoffs.fields.notes')} autosize minRows={1} value={row.notes} onChange={(e) => set({ notes: e.currentTarget.value })} />
            </Stack>
          )} />
      </Stack>
    </Stack>
  );
}

export { SectionTitle };
