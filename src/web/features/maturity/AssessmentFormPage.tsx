/**
 * Taking the self-assessment: the eight axes' questions with Kizuna's evidence beside them, a
 * running score per axis and in total, the day it describes and a note. Admins and managers only.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Divider, Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCopy, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire';
import { scoreAssessment } from '../../../domain/maturity/score-assessment';
import { TOTAL_MAX, type Answers } from '../../../domain/maturity/types';
import { maturityApi, maturityKeys } from '../../api/maturity';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { PageHeader } from '../../components/PageHeader';
import { todayIso } from '../../lib/format';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { useFormat } from '../../lib/use-format';
import { ApiError } from '../../api/http';
import { QuestionCard } from './QuestionCard';

export function AssessmentFormPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canAssess = useCan('maturity.assess');
  const [answers, setAnswers] = useState<Answers>({});
  const [assessedOn, setAssessedOn] = useState<string | null>(todayIso(new Date()));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const evidence = useQuery({ queryKey: maturityKeys.evidence(), queryFn: maturityApi.evidence });
  const list = useQuery({ queryKey: maturityKeys.list(), queryFn: maturityApi.list });
  const latestId = list.data?.items[0]?.id;
  const latest = useQuery({ queryKey: maturityKeys.one(latestId ?? ''), queryFn: () => maturityApi.get(latestId!), enabled: Boolean(latestId) });

  const save = useMutation({
    mutationFn: () => maturityApi.save({ answers, assessedOn: assessedOn ?? undefined, note: note.trim() || null }),
    onSuccess: (saved) => {
      notifySaved(t('maturity.form.saved', { total: saved.total }));
      void queryClient.invalidateQueries({ queryKey: maturityKeys.all });
      navigate('/maturity');
    },
    onError: (error) => notifyError(t, error),
  });

  const preview = useMemo(() => {
    const partial: Answers = Object.fromEntries(QUESTIONNAIRE.questions.map((q) => [q.id, answers[q.id] ?? 0]));
    return scoreAssessment(QUESTIONNAIRE, partial);
  }, [answers]);
  const answered = QUESTIONNAIRE.questions.filter((q) => answers[q.id] !== undefined).length;
  const missing = QUESTIONNAIRE.questions.filter((q) => answers[q.id] === undefined);
  const serverError = (id: string) => (save.error instanceof ApiError ? save.error.fieldMessage(`answers.${id}`) : undefined);

  if (!canAssess) return <Navigate to="/maturity" replace />;

  const submit = () => {
    setTried(true);
    if (missing.length > 0) {
      document.getElementById(`q-${missing[0]!.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    if (!save.isPending) save.mutate();
  };
  return (
    <ImeSafeForm onSubmit={submit} aria-label={t('maturity.form.title')}>
      <PageHeader title={t('maturity.form.title')} subtitle={t('maturity.form.subtitle', { count: QUESTIONNAIRE.questions.length })}
        actions={latest.data && (
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setAnswers({ ...latest.data.answers })}>
            {t('maturity.form.copyPrevious', { date: format.date(latest.data.assessedOn) })}
          </Button>
        )} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {QUESTIONNAIRE.axes.map((axis) => (
              <Paper key={axis.axis} withBorder radius="md" p="md" data-testid={`axis-${axis.axis}`}>
                <Title order={3} fz="md">{axis.name[format.locale]}</Title>
                <Text size="xs" c="dimmed" mb="md">{axis.description[format.locale]}</Text>
                <Stack gap="lg">
                  {QUESTIONNAIRE.questions.filter((q) => q.axis === axis.axis).map((q) => {
                    const number = QUESTIONNAIRE.questions.indexOf(q) + 1;
                    return (
                      <QuestionCard key={q.id} number={number} question={q} value={answers[q.id]}
                        onChange={(option) => setAnswers((a) => ({ ...a, [q.id]: option }))}
                        evidence={(evidence.data?.evidence[axis.axis] ?? []).filter((e) => e.question === q.id)}
                        error={tried && answers[q.id] === undefined ? t('maturity.form.unanswered') : serverError(q.id)} />
                    );
                  })}
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md" style={{ position: 'sticky', top: 72 }} data-testid="assessment-summary">
            <Text fw={600} size="sm">{t('maturity.form.preview')}</Text>
            <Group align="baseline" gap={6} mt={4}>
              <Text fz={32} fw={700} className="kz-num" data-testid="preview-total">{preview.ok ? preview.total : 0}</Text>
              <Text c="dimmed">/ {TOTAL_MAX}</Text>
            </Group>
            <Text size="xs" c="dimmed" mb="sm">{t('maturity.form.answered', { answered, count: QUESTIONNAIRE.questions.length })}</Text>
            <Stack gap={6}>
              {QUESTIONNAIRE.axes.map((axis) => {
                const score = preview.ok ? preview.scores[axis.axis] : 0;
                return (
                  <Group key={axis.axis} gap="xs" wrap="nowrap">
                    <Text size="xs" w={110} truncate>{axis.name[format.locale]}</Text>
                    <Progress value={score} style={{ flex: 1 }} size="sm" aria-label={axis.name[format.locale]} />
                    <Text size="xs" w={28} ta="right" className="kz-num">{score}</Text>
                  </Group>
                );
              })}
            </Stack>
            <Divider my="md" />
            <Stack gap="sm">
              <DateInput label={t('maturity.form.assessedOn')} value={assessedOn} onChange={setAssessedOn} maxDate={todayIso(new Date())}
                valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} required
                error={save.error instanceof ApiError ? save.error.fieldMessage('assessedOn') : undefined} />
              <ImeTextarea label={t('maturity.form.note')} placeholder={t('maturity.form.notePlaceholder')} autosize minRows={2} maxRows={6}
                value={note} onChange={(e) => setNote(e.currentTarget.value)} onSubmit={submit} />
              {tried && missing.length > 0 && (
                <Alert color="red" variant="light" p="xs" data-testid="missing-answers">
                  <Text size="xs">{t('maturity.form.missing', { count: missing.length })}</Text>
                </Alert>
              )}
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} data-testid="save-assessment">
                {t('maturity.form.save')}
              </Button>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </ImeSafeForm>
  );
}
