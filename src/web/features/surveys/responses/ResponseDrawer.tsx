/** One response in full: every question with its answer, hidden-by-branching ones marked. */
import { Anchor, Drawer, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../../../domain/surveys/definition';
import { visibleQuestions } from '../../../../domain/surveys/answers';
import type { SurveyResponse } from '../../../api/survey-answers';
import { useFormat } from '../../../lib/use-format';
import { answerText } from '../answer/answer-labels';

export function ResponseDrawer({ response, definition, onClose }: { response: SurveyResponse | null; definition: SurveyDefinition; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = format.locale;
  const shown = new Set(response ? visibleQuestions(definition, response.answers).map((q) => q.id) : []);
  return (
    <Drawer opened={response !== null} onClose={onClose} position="right" size="lg"
      title={response ? t('surveyAnswer.responses.detailTitle', { name: response.contactName }) : ''}>
      {response && (
        <Stack gap="md" data-testid="response-detail">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{response.accountName} · {format.dateTime(response.submittedAt)}</Text>
            <Anchor component={Link} to={`/accounts/${response.accountId}`} size="sm">{t('surveyAnswer.responses.openAccount')}</Anchor>
          </Group>
          {response.updatedAt !== response.submittedAt && (
            <Text size="xs" c="dimmed">{t('surveyAnswer.responses.updated', { date: format.dateTime(response.updatedAt) })}</Text>
          )}
          {definition.questions.map((q, i) => {
            const text = answerText(t, q, response.answers[q.id], lang);
            return (
              <Stack key={q.id} gap={2}>
                <Text size="sm" fw={600}>Q{i + 1}. {q.text[lang] || q.text.ja || q.text.en}</Text>
                {text !== null
                  ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
                  : <Text size="sm" c="dimmed">{shown.has(q.id) ? t('surveyAnswer.responses.noAnswer') : t('surveyAnswer.responses.hidden')}</Text>}
              </Stack>
            );
          })}
        </Stack>
      )}
    </Drawer>
  );
}
