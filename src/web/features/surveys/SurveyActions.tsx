/** The lifecycle buttons of a survey: open, close, run again, delete — each asking first. */
import { Button } from '@mantine/core';
import { IconCopy, IconPlayerPlay, IconPlayerStop, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { surveyApi, surveyKeys, type Survey } from '../../api/surveys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';

type Step = 'open' | 'close' | 'duplicate' | 'delete';

export function SurveyActions({ survey, dirty }: { survey: Survey; dirty: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const canManage = useCan('survey.manage');
  const [asking, setAsking] = useState<Step | null>(null);
  const run = useMutation({
    mutationFn: async (step: Step) => {
      if (step === 'open') return surveyApi.open(survey.id);
      if (step === 'close') return surveyApi.close(survey.id);
      if (step === 'duplicate') return surveyApi.duplicate(survey.id);
      await surveyApi.remove(survey.id);
      return null;
    },
    onSuccess: (result, step) => {
      setAsking(null);
      void client.invalidateQueries({ queryKey: surveyKeys.all });
      notifySaved(t(`surveys.actions.${step}Done`));
      if (step === 'delete') navigate('/surveys');
      if (step === 'duplicate' && result) navigate(`/surveys/${result.id}/questions`);
    },
    onError: (error) => { setAsking(null); notifyError(t, error); },
  });
  if (!canManage) return null;
  const has = (a: Survey['actions'][number]) => survey.actions.includes(a);
  const blocked = survey.issues.length > 0 || dirty;
  return (
    <>
      {has('open') && (
        <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setAsking('open')} disabled={blocked} data-testid="open-survey"
          title={dirty ? t('surveys.actions.saveFirst') : survey.issues.length > 0 ? t('surveys.actions.fixFirst') : undefined}>
          {t('surveys.actions.open')}
        </Button>
      )}
      {has('close') && <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} />} onClick={() => setAsking('close')} data-testid="close-survey">{t('surveys.actions.close')}</Button>}
      {has('duplicate') && <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setAsking('duplicate')} data-testid="duplicate-survey">{t('surveys.actions.duplicate')}</Button>}
      {has('delete') && <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setAsking('delete')}>{t('surveys.actions.delete')}</Button>}
      {asking && (
        <ConfirmDialog opened onClose={() => setAsking(null)} onConfirm={() => run.mutate(asking)} loading={run.isPending}
          title={t(`surveys.actions.${asking}Title`)} message={t(`surveys.actions.${asking}Body`, { name: survey.name })}
          confirmLabel={t(`surveys.actions.${asking}`)} />
      )}
    </>
  );
}
