/**
 * The playbook editor: name, trigger, conditions, scope (tiers and phases) and actions, with a dry
 * run of the definition as it stands before saving. Server field errors show on their inputs.
 */
import { useState } from 'react';
import { Button, Divider, Group, Menu, MultiSelect, Paper, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES } from '../../../domain/playbooks/action';
import type { PlaybookInput } from '../../api/playbooks';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { useSession } from '../../session/use-session';
import { fieldErrors } from '../../lib/errors';
import { RuleEditor } from '../tiers/RuleEditor';
import { ActionEditor } from './ActionEditor';
import { DryRunPanel } from './DryRunPanel';
import { TriggerFields } from './TriggerFields';
import { defaultAction } from './draft';
import { usePlaybookChoices } from './use-choices';

interface Props {
  initial: PlaybookInput;
  savedId: string | null;
  saving: boolean;
  error: unknown;
  onSave: (draft: PlaybookInput) => void;
}

function Section({ title, help, children }: { title: string; help?: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} fz="md">{title}</Title>
      {help && <Text size="sm" c="dimmed" mb="xs">{help}</Text>}
      <div style={{ marginTop: help ? 0 : 8 }}>{children}</div>
    </Paper>
  );
}

export function PlaybookForm({ initial, savedId, saving, error, onSave }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const choices = usePlaybookChoices();
  const [draft, setDraft] = useState<PlaybookInput>(initial);
  const set = <K extends keyof PlaybookInput>(key: K, value: PlaybookInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = fieldErrors(error, t);
  const ruleErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('conditions.')).map(([k, v]) => [k.replace(/^conditions\./, 'rule.'), v]));
  const unchanged = savedId !== null && JSON.stringify(draft) === JSON.stringify(initial);
  const moveAction = (i: number, by: -1 | 1) => {
    const next = [...draft.actions];
    const [moved] = next.splice(i, 1);
    next.splice(i + by, 0, moved!);
    set('actions', next);
  };

  return (
    <ImeSafeForm onSubmit={() => onSave(draft)} aria-label={t('playbooks.editor.formLabel')}>
      <Stack gap="md">
        <Section title={t('playbooks.editor.sectionBasics')}>
          <Stack gap="xs">
            <Group align="flex-start" grow>
              <TextInput label={t('playbooks.editor.name')} required value={draft.name} error={errors.name} data-testid="playbook-name"
                placeholder={t('playbooks.editor.namePlaceholder')} onChange={(e) => set('name', e.currentTarget.value)} />
              <Switch label={t('playbooks.editor.enabled')} mt={30} checked={draft.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
            </Group>
            <Textarea label={t('playbooks.editor.description')} autosize minRows={2} value={draft.description ?? ''}
              onChange={(e) => set('description', e.currentTarget.value || null)} />
          </Stack>
        </Section>
        <Section title={t('playbooks.editor.sectionTrigger')}>
          <TriggerFields trigger={draft.trigger} onChange={(v) => set('trigger', v)} phases={choices.phases} errors={errors} />
        </Section>
        <Section title={t('playbooks.editor.sectionConditions')} help={t('playbooks.editor.conditionsHelp')}>
          <RuleEditor rule={draft.conditions} onChange={(v) => set('conditions', v)} errors={ruleErrors} currency={me.workspace.baseCurrency} />
        </Section>
        <Section title={t('playbooks.editor.sectionScope')} help={t('playbooks.editor.scopeHelp')}>
          <Group grow align="flex-start">
            <MultiSelect label={t('playbooks.editor.tiers')} data={choices.tiers} value={draft.tierKeys} placeholder={t('playbooks.editor.scopeAll')}
              error={Object.entries(errors).find(([k]) => k.startsWith('tierKeys'))?.[1]} onChange={(v) => set('tierKeys', v)} data-testid="scope-tiers" />
            <MultiSelect label={t('playbooks.editor.phases')} data={choices.phases} value={draft.phaseKeys} placeholder={t('playbooks.editor.scopeAll')}
              error={Object.entries(errors).find(([k]) => k.startsWith('phaseKeys'))?.[1]} onChange={(v) => set('phaseKeys', v)} data-testid="scope-phases" />
          </Group>
        </Section>
        <Section title={t('playbooks.editor.sectionActions')} help={t('playbooks.editor.actionsHelp')}>
          <Stack gap="xs">
            {draft.actions.map((action, i) => (
              <ActionEditor key={i} action={action} index={i} count={draft.actions.length} choices={choices} errors={errors}
                onChange={(a) => set('actions', draft.actions.map((x, j) => (j === i ? a : x)))}
                onRemove={() => set('actions', draft.actions.filter((_, j) => j !== i))} onMove={(by) => moveAction(i, by)} />
            ))}
            <Menu position="bottom-start">
              <Menu.Target>
                <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} w="fit-content" disabled={draft.actions.length >= 10} data-testid="add-action">
                  {t('playbooks.editor.addAction')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {ACTION_TYPES.map((type) => (
                  <Menu.Item key={type} onClick={() => set('actions', [...draft.actions, defaultAction(type, choices.templates[0]?.value ?? null)])}>
                    {t(`playbooks.actions.${type}.label`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Stack>
        </Section>
        <DryRunPanel draft={draft} savedId={unchanged ? savedId : null} />
        <Divider />
        <Group justify="flex-end">
          {errors && Object.keys(errors).length > 0 && <Text c="red" size="sm">{t('errors.fixFields')}</Text>}
          <Button type="submit" loading={saving} data-testid="playbook-save">{savedId ? t('playbooks.editor.save') : t('playbooks.editor.create')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
