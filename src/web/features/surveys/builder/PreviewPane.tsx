/**
 * The live preview: the survey as a respondent sees it, in either offered language, answering
 * as you go so the branching shows and hides questions exactly as the answer page will: it is
 * the answer page's own form (../answer/SurveyForm.tsx), fed with the unsaved definition.
 */
import { Button, Group, Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, SurveyDefinition, SurveyLanguage } from '../../../../domain/surveys/definition';
import { visibleQuestions } from '../../../../domain/surveys/answers';
import { SurveyForm } from '../answer/SurveyForm';

export function PreviewPane({ definition, languages }: { definition: SurveyDefinition; languages: readonly SurveyLanguage[] }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<SurveyLanguage>(i18n.language === 'en' && languages.includes('en') ? 'en' : languages[0] ?? 'ja');
  const lang = languages.includes(chosen) ? chosen : languages[0] ?? 'ja';
  const [answers, setAnswers] = useState<Answers>({});
  const visible = visibleQuestions(definition, answers);
  return (
    <Paper withBorder radius="md" p="md" data-testid="survey-preview" style={{ position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto' }}>
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">{t('surveys.builder.preview')}</Title>
        <Group gap="xs">
          {languages.length > 1 && (
            <SegmentedControl size="xs" value={lang} onChange={(v) => setChosen(v as SurveyLanguage)} data-testid="preview-language"
              data={languages.map((l) => ({ value: l, label: t(`surveys.languages.${l}`) }))} />
          )}
          <Button size="compact-xs" variant="subtle" leftSection={<IconRefresh size={14} />} onClick={() => setAnswers({})}>{t('surveys.builder.previewReset')}</Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="sm" data-testid="preview-shown">
        {t('surveys.builder.previewShown', { shown: visible.length, total: definition.questions.length })}
      </Text>
      {definition.intro?.[lang] && <Text size="sm" mb="sm" lang={lang}>{definition.intro[lang]}</Text>}
      <SurveyForm definition={definition} lang={lang} answers={answers} onChange={setAnswers} progress={false} />
    </Paper>
  );
}
