/** One action of a playbook: its kind, then the fields that kind needs. */
import { ActionIcon, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmailRecipient, PlaybookAction } from '../../../domain/playbooks/action';
import { CONTACT_LEVELS, CONTACT_ROLES } from '../../../domain/accounts/fields';

export interface ActionChoices {
  templates: Array<{ value: string; label: string }>;
  members: Array<{ value: string; label: string }>;
  phases: Array<{ value: string; label: string }>;
  fields: Array<{ value: string; label: string }>;
}

interface Props {
  action: PlaybookAction;
  index: number;
  count: number;
  choices: ActionChoices;
  errors: Record<string, string>;
  onChange: (action: PlaybookAction) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}

function recipientValue(to: EmailRecipient): string {
  return to === 'owner' ? 'owner' : 'role' in to ? `role:${to.role}` : `level:${to.level}`;
}

function recipientOf(value: string): EmailRecipient {
  const [kind, key] = value.split(':');
  if (kind === 'role') return { role: key as (typeof CONTACT_ROLES)[number] };
  if (kind === 'level') return { level: key as (typeof CONTACT_LEVELS)[number] };
  return 'owner';
}

export function ActionEditor({ action, index, count, choices, errors, onChange, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => errors[`actions.${index}.${field}`];
  const recipients = [
    { value: 'owner', label: t('playbooks.recipients.owner') },
    ...CONTACT_ROLES.map((r) => ({ value: `role:${r}`, label: t(`playbooks.recipients.role.${r}`) })),
    ...CONTACT_LEVELS.map((l) => ({ value: `level:${l}`, label: t(`playbooks.recipients.level.${l}`) })),
  ];
  return (
    <Paper withBorder radius="md" p="sm" data-testid="action-editor">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">{index + 1}. {t(`playbooks.actions.${action.type}.label`)}</Text>
        <Group gap={4}>
          <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('playbooks.editor.moveUp')}><IconArrowUp size={16} /></ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('playbooks.editor.moveDown')}><IconArrowDown size={16} /></ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={count === 1} onClick={onRemove} aria-label={t('playbooks.editor.removeAction')}><IconTrash size={16} /></ActionIcon>
        </Group>
      </Group>
      {action.type === 'create_task' && (
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput label={t('playbooks.actionFields.title')} required value={action.title} error={err('title')} data-testid="task-title"
              onChange={(e) => onChange({ ...action, title: e.currentTarget.value })} />
            <Select label={t('playbooks.actionFields.assignee')} allowDeselect={false} value={action.assignee} error={err('assignee')}
              data={[{ value: 'owner', label: t('playbooks.recipients.owner') }, ...choices.members]}
              onChange={(v) => v && onChange({ ...action, assignee: v })} />
            <NumberInput label={t('playbooks.actionFields.dueInDays')} min={0} max={365} allowDecimal={false} suffix={t('playbooks.units.daysLater')}
              value={action.dueInDays} onChange={(v) => onChange({ ...action, dueInDays: typeof v === 'number' ? v : 0 })} />
          </Group>
          <TextInput label={t('playbooks.actionFields.reason')} description={t('playbooks.actionFields.reasonHint')} value={action.reason ?? ''}
            onChange={(e) => onChange({ ...action, reason: e.currentTarget.value })} />
        </Stack>
      )}
      {action.type === 'send_email' && (
        <Group grow align="flex-start">
          <Select label={t('playbooks.actionFields.template')} data={choices.templates} value={action.templateId || null} error={err('templateId')}
            placeholder={choices.templates.length === 0 ? t('playbooks.actionFields.noTemplates') : undefined} data-testid="email-template"
            onChange={(v) => onChange({ ...action, templateId: v ?? '' })} />
          <Select label={t('playbooks.actionFields.recipient')} allowDeselect={false} data={recipients} data-testid="email-recipient" value={recipientValue(action.to)} error={err('to')}
            onChange={(v) => v && onChange({ ...action, to: recipientOf(v) })} />
        </Group>
      )}
      {action.type === 'webhook' && (
        <Stack gap="xs">
          <TextInput label={t('playbooks.actionFields.url')} placeholder="https://hooks.slack.com/services/…" value={action.url} error={err('url')}
            onChange={(e) => onChange({ ...action, url: e.currentTarget.value })} />
          <TextInput label={t('playbooks.actionFields.text')} description={t('playbooks.actionFields.textHint', { fieldA: '{{account.name}}', fieldB: '{{trigger.reason}}' })} value={action.text} error={err('text')}
            onChange={(e) => onChange({ ...action, text: e.currentTarget.value })} />
        </Stack>
      )}
      {action.type === 'set_phase' && (
        <Select label={t('playbooks.actionFields.phase')} w={260} allowDeselect={false} data={choices.phases} value={action.phase} error={err('phase')}
          onChange={(v) => v && onChange({ ...action, phase: v })} />
      )}
      {action.type === 'set_field' && (
        <Group grow align="flex-start">
          <Select label={t('playbooks.actionFields.field')} data={choices.fields} value={action.field || null} error={err('field')}
            placeholder={choices.fields.length === 0 ? t('playbooks.actionFields.noFields') : undefined}
            onChange={(v) => onChange({ ...action, field: v ?? '' })} />
          <TextInput label={t('playbooks.actionFields.value')} value={action.value === null ? '' : String(action.value)} error={err('value')}
            onChange={(e) => onChange({ ...action, value: e.currentTarget.value })} />
        </Group>
      )}
    </Paper>
  );
}
