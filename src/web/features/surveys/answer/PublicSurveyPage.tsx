/**
 * The page a contact opens from a survey invitation (/s/:token): no sign-in, no app shell,
 * phone-first. It starts in the recipient's language (switchable), shows the questions with
 * branching as they answer, checks the answers before sending (the server checks again and
 * names each question at fault), thanks them, and lets them edit until the survey closes.
 * Unknown links, surveys not yet open and closed surveys each get their own notice.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Answers, SurveyLanguage } from '../../../../domain/surveys/definition';
import { validateAnswers } from '../../../../domain/surveys/answers';
import { isApiError } from '../../../api/http';
import { surveyAnswerApi, surveyAnswerKeys, type PublicSurvey } from '../../../api/survey-answers';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { LinkNotice, type NoticeKind } from './LinkNotice';
import { SurveyForm } from './SurveyForm';
import { ThankYou } from './ThankYou';

/** Adds a <meta> for as long as the page is shown. */
function useMeta(name: string, content: string) {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = name;
    meta.content = content;
    document.head.appendChild(meta);
    return () => meta.remove();
  }, [name, content]);
}

function noticeOf(error: unknown): NoticeKind | null {
  if (!isApiError(error)) return null;
  if (error.status === 404) return 'notFound';
  if (error.code === 'survey.not_open') return 'notOpen';
  if (error.status === 410) return 'closed';
  return null;
}

/** Server field paths ("answers.nps") back to question ids. */
function errorsOf(fields: { path: string; message: string }[]): Record<string, string> {
  return Object.fromEntries(fields.filter((f) => f.path.startsWith('answers.')).map((f) => [f.path.slice('answers.'.length), f.message]));
}

const PAGE = { maxWidth: 640, margin: '0 auto', padding: '16px 16px 48px' } as const;

export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const { i18n } = useTranslation();
  useMeta('robots', 'noindex, nofollow');
  useMeta('referrer', 'no-referrer');
  const queryClient = useQueryClient();
  const survey = useQuery({ queryKey: surveyAnswerKeys.open(token), queryFn: () => surveyAnswerApi.open(token), retry: false, refetchOnWindowFocus: false });
  const [lang, setLang] = useState<SurveyLanguage | null>(null);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [closedNow, setClosedNow] = useState(false);
  const data = survey.data;
  const current: SurveyLanguage = lang ?? data?.language ?? (i18n.language === 'en' ? 'en' : 'ja');
  const t = i18n.getFixedT(current);

  useEffect(() => {
    document.documentElement.lang = current;
    if (data) document.title = data.surveyName;
  }, [current, data]);

  const save = useMutation({
    mutationFn: (toSave: Answers) => surveyAnswerApi.save(token, toSave, current),
    onSuccess: (saved) => {
      const { created: _created, ...rest } = saved;
      queryClient.setQueryData<PublicSurvey>(surveyAnswerKeys.open(token), rest);
      setEdited(Boolean(data?.response));
      setEditing(false);
      setErrors({});
      window.scrollTo({ top: 0 });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 410) setClosedNow(true);
      else if (isApiError(error, 'survey.bad_answers')) setErrors(errorsOf(error.fields));
    },
  });

  if (survey.isPending) return <div style={PAGE}><Skeleton h={480} radius="md" /></div>;
  const notice = closedNow ? 'closed' : noticeOf(survey.error);
  if (notice) return <LinkNotice kind={notice} t={t} />;
  if (survey.isError || !data) return <div style={PAGE}><QueryError error={survey.error} onRetry={() => void survey.refetch()} /></div>;

  const shown = answers ?? data.response?.answers ?? {};
  const showForm = editing || !data.response;
  const submit = () => {
    const checked = validateAnswers(data.definition, shown);
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((e) => [e.question, e.code])));
      const first = checked.errors[0]?.question;
      if (first) document.querySelector(`[data-testid="question-${first}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    save.mutate(checked.answers);
  };
  const errorCount = Object.keys(errors).length;

  return (
    <div style={PAGE} data-testid="survey-page">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Text size="sm" c="dimmed" fw={600}>{data.vendorName}</Text>
        {data.languages.length > 1 && (
          <SegmentedControl size="xs" value={current} onChange={(v) => setLang(v as SurveyLanguage)} aria-label={t('surveyAnswer.page.language')}
            data={[{ value: 'ja', label: '日本語' }, { value: 'en', label: 'English' }].filter((o) => data.languages.includes(o.value as SurveyLanguage))}
            data-testid="survey-language" />
        )}
      </Group>
      <Stack gap="xs" mb="lg">
        <Title order={1} fz={{ base: 22, sm: 26 }} style={{ lineHeight: 1.35 }}>{data.surveyName}</Title>
        <Text size="sm" data-testid="survey-greeting">{t('surveyAnswer.page.greeting', { name: data.contactName, account: data.accountName })}</Text>
        {showForm && data.definition.intro?.[current] && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{data.definition.intro[current]}</Text>}
        {showForm && data.closesAt && <Text size="xs" c="dimmed">{t('surveyAnswer.page.closesAt', { date: formatDateTime(data.closesAt, current) })}</Text>}
      </Stack>
      {!showForm ? (
        <ThankYou survey={data} lang={current} t={t} edited={edited} onEdit={() => { setAnswers(data.response?.answers ?? {}); setEditing(true); setEdited(false); }} />
      ) : (
        <Stack gap="md">
          <SurveyForm definition={data.definition} lang={current} answers={shown} disabled={save.isPending} errors={errors} onSubmit={submit}
            onChange={(next) => {
              setAnswers(next);
              if (errorCount > 0) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => next[id] === shown[id])));
            }} />
          {errorCount > 0 && <Alert color="red" variant="light" data-testid="survey-error-summary">{t('surveyAnswer.page.errorSummary', { count: errorCount })}</Alert>}
          {save.isError && !isApiError(save.error, 'survey.bad_answers') && <Alert color="red" variant="light">{t('surveyAnswer.page.saveFailed')}</Alert>}
          <Button size="lg" fullWidth onClick={submit} loading={save.isPending} data-testid="survey-submit">
            {data.response ? t('surveyAnswer.page.saveEdit') : t('surveyAnswer.page.submit')}
          </Button>
          {data.response && (
            <Button variant="subtle" color="gray" onClick={() => { setEditing(false); setAnswers(null); setErrors({}); }}>{t('surveyAnswer.page.cancelEdit')}</Button>
          )}
        </Stack>
      )}
      <Box mt="xl" ta="center"><Text size="xs" c="dimmed">{t('surveyAnswer.page.poweredBy')}</Text></Box>
    </div>
  );
}
