/** After answering: thanks (the survey's own words if it has them), when it was answered, and the way back to edit. */
import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconPencil } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { SurveyLanguage } from '../../../../domain/surveys/definition';
import { formatDateTime } from '../../../lib/format';
import type { PublicSurvey } from '../../../api/survey-answers';

interface Props {
  survey: PublicSurvey;
  lang: SurveyLanguage;
  t: TFunction;
  /** just saved an edit (rather than coming back to a saved answer) */
  edited: boolean;
  onEdit: () => void;
}

export function ThankYou({ survey, lang, t, edited, onEdit }: Props) {
  const thanks = survey.definition.thanks?.[lang] || t('surveyAnswer.thanks.body');
  const response = survey.response;
  return (
    <Paper withBorder radius="md" p="xl" data-testid="survey-thanks">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal"><IconCircleCheck size={32} /></ThemeIcon>
        <Title order={2} fz={{ base: 19, sm: 22 }}>{edited ? t('surveyAnswer.thanks.saved') : t('surveyAnswer.thanks.title')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{thanks}</Text>
        {response && <Text size="xs" c="dimmed">{t('surveyAnswer.thanks.answeredOn', { date: formatDateTime(response.updatedAt, lang) })}</Text>}
        {survey.editable && (
          <>
            <Text size="sm" c="dimmed">
              {survey.closesAt ? t('surveyAnswer.thanks.editUntil', { date: formatDateTime(survey.closesAt, lang) }) : t('surveyAnswer.thanks.editUntilOpen')}
            </Text>
            <Button variant="light" leftSection={<IconPencil size={16} />} onClick={onEdit} data-testid="survey-edit">{t('surveyAnswer.thanks.edit')}</Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
