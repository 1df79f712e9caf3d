/** One text in each offered language, side by side (Japanese first). */
import { Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalText, SurveyLanguage } from '../../../../domain/surveys/definition';
import type { DefinitionIssue } from '../../../../domain/surveys/validate-definition';

interface Props {
  value: LocalText;
  languages: readonly SurveyLanguage[];
  onChange: (value: LocalText) => void;
  label?: string;
  multiline?: boolean;
  disabled?: boolean;
  /** issues of the question; those at `${path}.${language}` show on that input */
  issues?: DefinitionIssue[];
  path?: string;
  testId?: string;
}

export function LocalTextFields({ value, languages, onChange, label, multiline, disabled, issues = [], path, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" gap="xs">
      {languages.map((lang) => {
        const error = path && issues.some((i) => i.path === `${path}.${lang}`) ? t('surveys.builder.textMissing') : undefined;
        const common = {
          label: label ? t('surveys.builder.inLanguage', { label, language: t(`surveys.languages.${lang}`) }) : t(`surveys.languages.${lang}`),
          value: value[lang], disabled, error, lang, 'data-testid': testId ? `${testId}-${lang}` : undefined,
          onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, [lang]: e.currentTarget.value }),
        };
        return multiline ? <Textarea key={lang} autosize minRows={1} maxRows={6} {...common} /> : <TextInput key={lang} {...common} />;
      })}
    </Group>
  );
}
