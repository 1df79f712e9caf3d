/** The input of one question on the answer page, one kind per question type. */
import { Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type AnswerValue, type SurveyLanguage, type SurveyQuestion, TEXT_ANSWER_MAX } from '../../../../domain/surveys/definition';
import { SCALES } from '../../../../domain/surveys/answers';
import { ImeTextarea } from '../../../components/ImeTextarea';
import { scalePointLabel } from './answer-labels';
import { ChoiceButtons } from './ChoiceButtons';

export interface QuestionInputProps {
  question: SurveyQuestion;
  lang: SurveyLanguage;
  t: TFunction;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  labelledBy: string;
  invalid: boolean;
  disabled?: boolean | undefined;
  /** Ctrl/⌘+Enter in a free-text answer */
  onSubmit?: (() => void) | undefined;
}

const EXPECTATIONS = ['above', 'as', 'below'] as const;

export function QuestionInput({ question: q, lang, t, value, onChange, labelledBy, invalid, disabled, onSubmit }: QuestionInputProps) {
  const testId = `q-${q.id}`;
  const common = { value, labelledBy, disabled, invalid, testId };
  const scale = SCALES[q.type];
  if (q.type === 'nps' && scale) {
    const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({ value: scale.min + i, label: String(scale.min + i) }));
    return (
      <Stack gap={6}>
        <ChoiceButtons {...common} items={points} onChange={onChange} layout={{ kind: 'grid', cols: 11 }} />
        <Group justify="space-between" gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed">0 = {t('surveyAnswer.scale.nps.low')}</Text>
          <Text size="xs" c="dimmed" ta="right">10 = {t('surveyAnswer.scale.nps.high')}</Text>
        </Group>
      </Stack>
    );
  }
  if (scale) {
    const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.max - i)
      .map((p) => ({ value: p, label: String(p), detail: scalePointLabel(t, q.type, p) }));
    return <ChoiceButtons {...common} items={points} onChange={onChange} layout={{ kind: 'list' }} />;
  }
  if (q.type === 'yes_no') {
    const items = [{ value: true, label: t('surveyAnswer.yes') }, { value: false, label: t('surveyAnswer.no') }];
    return <ChoiceButtons {...common} items={items} onChange={onChange} layout={{ kind: 'grid', cols: 2 }} />;
  }
  if (q.type === 'expectation') {
    const items = EXPECTATIONS.map((e) => ({ value: e as string, label: t(`surveyAnswer.expectation.${e}`) }));
    return <ChoiceButtons {...common} items={items} onChange={onChange} layout={{ kind: 'list' }} />;
  }
  if (q.type === 'single') {
    return (
      <Radio.Group value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v)} aria-labelledby={labelledBy} data-testid={testId}>
        <Stack gap="sm">
          {(q.options ?? []).map((o) => (
            <Radio key={o.id} value={o.id} label={o.text[lang] || o.id} disabled={disabled} data-testid={`${testId}-${o.id}`} error={invalid || undefined} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  if (q.type === 'multi') {
    return (
      <Checkbox.Group value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v.length > 0 ? v : undefined)}
        aria-labelledby={labelledBy} description={t('surveyAnswer.multiHint')} data-testid={testId}>
        <Stack gap="sm" mt={6}>
          {(q.options ?? []).map((o) => (
            <Checkbox key={o.id} value={o.id} label={o.text[lang] || o.id} disabled={disabled} data-testid={`${testId}-${o.id}`} error={invalid || undefined} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <ImeTextarea
      autosize minRows={3} maxRows={12} maxLength={TEXT_ANSWER_MAX}
      aria-labelledby={labelledBy} placeholder={t('surveyAnswer.textPlaceholder')} disabled={disabled} error={invalid || undefined}
      value={text} onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      onSubmit={() => onSubmit?.()} data-testid={testId} lang={lang}
      description={text.length > TEXT_ANSWER_MAX * 0.8 ? t('surveyAnswer.charCount', { count: text.length, max: TEXT_ANSWER_MAX }) : undefined}
    />
  );
}
