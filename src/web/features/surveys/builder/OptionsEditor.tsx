/** The options of a single or multiple choice question, each in every offered language. */
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SurveyLanguage, SurveyQuestion } from '../../../../domain/surveys/definition';
import type { DefinitionIssue } from '../../../../domain/surveys/validate-definition';
import { addOption } from './draft';
import { LocalTextFields } from './LocalTextFields';

interface Props {
  question: SurveyQuestion;
  index: number;
  languages: readonly SurveyLanguage[];
  issues: DefinitionIssue[];
  disabled: boolean;
  onChange: (q: SurveyQuestion) => void;
}

export function OptionsEditor({ question, index, languages, issues, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>{t('surveys.builder.options')}</Text>
      {options.map((o, j) => (
        <Group key={j} gap="xs" align="flex-end" wrap="nowrap">
          <Text size="xs" c="dimmed" w={20} pb={8}>{j + 1}.</Text>
          <div style={{ flex: 1 }}>
            <LocalTextFields value={o.text} languages={languages} disabled={disabled} issues={issues} path={`questions.${index}.options.${j}.text`}
              testId={`option-${index}-${j}`} onChange={(text) => onChange({ ...question, options: options.map((x, k) => (k === j ? { ...x, text } : x)) })} />
          </div>
          <ActionIcon variant="subtle" color="gray" mb={4} disabled={disabled || options.length <= 2} aria-label={t('surveys.builder.removeOption')}
            onClick={() => onChange({ ...question, options: options.filter((_, k) => k !== j) })}><IconX size={16} /></ActionIcon>
        </Group>
      ))}
      {!disabled && (
        <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} disabled={options.length >= 30}
          onClick={() => onChange(addOption(question))} data-testid={`add-option-${index}`}>{t('surveys.builder.addOption')}</Button>
      )}
    </Stack>
  );
}
