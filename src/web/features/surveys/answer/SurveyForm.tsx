/**
 * The questions of a survey as a respondent answers them: branching applied live (only the
 * visible questions show, in order, numbered), required marks, a progress bar, and each error
 * next to its question. Controlled: the caller keeps the answers and decides what submitting
 * means, so the public answer page and the builder's preview share it.
 */
import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Answers, SurveyDefinition, SurveyLanguage } from '../../../../domain/surveys/definition';
import { TEXT_ANSWER_MAX } from '../../../../domain/surveys/definition';
import { answerProgress, visibleQuestions } from '../../../../domain/surveys/answers';
import { QuestionInput } from './QuestionInput';

export interface SurveyFormProps {
  definition: SurveyDefinition;
  lang: SurveyLanguage;
  answers: Answers;
  onChange: (answers: Answers) => void;
  /** question id → error code (domain/surveys/answers.ts AnswerErrorCode) */
  errors?: Record<string, string>;
  disabled?: boolean;
  /** Ctrl/⌘+Enter in a free-text answer */
  onSubmit?: () => void;
  /** show the progress bar (default true) */
  progress?: boolean;
}

export function SurveyForm({ definition, lang, answers, onChange, errors = {}, disabled, onSubmit, progress = true }: SurveyFormProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const visible = visibleQuestions(definition, answers);
  const { answered, total } = answerProgress(definition, answers);
  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    const { [id]: _old, ...rest } = answers;
    onChange(value === undefined ? rest : { ...rest, [id]: value });
  };
  return (
    <Stack gap="md" lang={lang}>
      {progress && (
        <Paper p="xs" radius="md" withBorder style={{ position: 'sticky', top: 8, zIndex: 2 }} data-testid="survey-progress">
          <Text size="xs" c="dimmed" mb={4}>{t('surveyAnswer.page.progress', { answered, total })}</Text>
          <Progress value={total === 0 ? 0 : (answered / total) * 100} size="sm" aria-label={t('surveyAnswer.page.progress', { answered, total })} />
        </Paper>
      )}
      {visible.map((q, i) => {
        const error = errors[q.id];
        const titleId = `q-${q.id}-title`;
        return (
          <Paper key={q.id} withBorder radius="md" p="md" data-testid={`question-${q.id}`} data-invalid={error ? 'true' : undefined}
            style={error ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
            <Stack gap="sm">
              <div>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text fw={700} c="dimmed" size="sm" mt={1} style={{ flexShrink: 0 }}>Q{i + 1}</Text>
                  <Text id={titleId} fw={600} size="md" style={{ lineHeight: 1.5 }}>
                    {q.text[lang] || q.text.ja || q.text.en}
                  </Text>
                  {q.required && <Badge size="xs" variant="light" color="red" style={{ flexShrink: 0 }} mt={3}>{t('surveyAnswer.page.required')}</Badge>}
                </Group>
                {q.help?.[lang] && <Text size="sm" c="dimmed" mt={4}>{q.help[lang]}</Text>}
              </div>
              <QuestionInput question={q} lang={lang} t={t} value={answers[q.id]} onChange={(v) => setAnswer(q.id, v)}
                labelledBy={titleId} invalid={Boolean(error)} disabled={disabled} onSubmit={onSubmit} />
              {error && (
                <Text size="sm" c="red" role="alert" data-testid={`question-${q.id}-error`}>
                  {t(`surveyAnswer.errors.${error}`, { max: TEXT_ANSWER_MAX, defaultValue: t('surveyAnswer.errors.wrong_type') })}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
