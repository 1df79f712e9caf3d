/** One question in the builder: type, id, required, texts side by side, options, branching, and its issues. */
import { ActionIcon, Badge, Group, Paper, Select, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGitBranch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type SurveyDefinition, type SurveyLanguage, type SurveyQuestion } from '../../../../domain/surveys/definition';
import { hasOptions, type DefinitionIssue } from '../../../../domain/surveys/validate-definition';
import { BranchPicker } from './BranchPicker';
import { changeType } from './draft';
import { LocalTextFields } from './LocalTextFields';
import { OptionsEditor } from './OptionsEditor';

interface Props {
  definition: SurveyDefinition;
  index: number;
  languages: readonly SurveyLanguage[];
  issues: DefinitionIssue[];
  editable: boolean;
  onChange: (q: SurveyQuestion) => void;
  onRename: (id: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionCard({ definition, index, languages, issues, editable, onChange, onRename, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const q = definition.questions[index]!;
  const count = definition.questions.length;
  const disabled = !editable;
  const issueAt = (prefix: string) => issues.find((i) => i.path.startsWith(`questions.${index}.${prefix}`) && i.code !== 'text_missing');
  const showHelp = q.help !== undefined;
  return (
    <Paper withBorder radius="md" p="md" data-testid={`question-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" size="lg" radius="sm">Q{index + 1}</Badge>
            <Select w={200} size="xs" aria-label={t('surveys.builder.type')} disabled={disabled} allowDeselect={false} value={q.type} data-testid={`question-type-${index}`}
              data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveys.types.${type}`) }))}
              onChange={(v) => v && onChange(changeType(q, v as SurveyQuestion['type']))} />
            <TextInput w={150} size="xs" aria-label={t('surveys.builder.id')} leftSection={<Text size="xs" c="dimmed">ID</Text>} disabled={disabled}
              value={q.id} error={issueAt('id')?.message} onChange={(e) => onRename(e.currentTarget.value.trim())} data-testid={`question-id-${index}`} />
            <Switch size="sm" label={t('surveys.builder.required')} checked={q.required} disabled={disabled} data-testid={`question-required-${index}`}
              onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })} />
            {q.showIf && <Tooltip label={t('surveys.builder.branched')}><IconGitBranch size={16} color="var(--mantine-color-indigo-6)" /></Tooltip>}
          </Group>
          {editable && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('surveys.builder.moveUp')}><IconArrowUp size={16} /></ActionIcon>
              <ActionIcon variant="subtle" color="gray" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('surveys.builder.moveDown')}><IconArrowDown size={16} /></ActionIcon>
              <ActionIcon variant="subtle" color="red" disabled={count <= 1} onClick={onRemove} aria-label={t('surveys.builder.remove')} data-testid={`remove-question-${index}`}><IconTrash size={16} /></ActionIcon>
            </Group>
          )}
        </Group>
        <LocalTextFields value={q.text} languages={languages} disabled={disabled} multiline label={t('surveys.builder.text')}
          issues={issues} path={`questions.${index}.text`} testId={`question-text-${index}`} onChange={(text) => onChange({ ...q, text })} />
        {showHelp
          ? <LocalTextFields value={q.help!} languages={languages} disabled={disabled} label={t('surveys.builder.help')}
              issues={issues} path={`questions.${index}.help`} onChange={(help) => onChange({ ...q, help })} />
          : editable && <Text size="xs" c="indigo" style={{ cursor: 'pointer' }} w="fit-content" onClick={() => onChange({ ...q, help: { ja: '', en: '' } })}>{t('surveys.builder.addHelp')}</Text>}
        {hasOptions(q.type) && <OptionsEditor question={q} index={index} languages={languages} issues={issues} disabled={disabled} onChange={onChange} />}
        {issueAt('options') && <Text size="sm" c="red">{issueAt('options')?.message}</Text>}
        <BranchPicker definition={definition} index={index} disabled={disabled} error={issueAt('showIf')?.message}
          onChange={(showIf) => { const { showIf: _old, ...rest } = q; onChange(showIf ? { ...rest, showIf } : rest); }} />
      </Stack>
    </Paper>
  );
}
