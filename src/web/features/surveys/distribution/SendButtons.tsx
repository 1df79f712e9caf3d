/**
 * Send the invitations and remind non-respondents — each asks first, saying how many people
 * will get an email, since a sent email cannot be taken back.
 */
import { Button, Group, Modal, Text } from '@mantine/core';
import { IconBellRinging, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distributionApi, distributionKeys } from '../../../api/survey-distribution';
import { surveyKeys, type Survey } from '../../../api/surveys';
import { notifyError, notifySaved } from '../../../lib/notify';

type Step = 'send' | 'remind';

export function SendButtons({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [asking, setAsking] = useState<Step | null>(null);
  const list = useQuery({
    queryKey: distributionKeys.recipients(survey.id, 'all'),
    queryFn: () => distributionApi.recipients(survey.id, { status: 'all', limit: 1 }),
  });
  const counts = list.data?.counts;
  const run = useMutation({
    mutationFn: (step: Step) => (step === 'send' ? distributionApi.send(survey.id) : distributionApi.remind(survey.id)),
    onSuccess: (result, step) => {
      setAsking(null);
      void client.invalidateQueries({ queryKey: distributionKeys.all(survey.id) });
      void client.invalidateQueries({ queryKey: surveyKeys.all });
      notifySaved(t(`surveyDistribution.${step}.done`, { count: result.queued }));
    },
    onError: (error) => { setAsking(null); notifyError(t, error); },
  });
  if (survey.status !== 'open') return null;
  const sendable = counts?.sendable ?? 0;
  const remindable = counts?.remindable ?? 0;
  const count = asking === 'send' ? sendable : remindable;
  return (
    <Group gap="xs">
      <Button leftSection={<IconSend size={16} />} disabled={sendable === 0} onClick={() => setAsking('send')} data-testid="send-invitations">
        {t('surveyDistribution.send.button', { count: sendable })}
      </Button>
      <Button variant="light" leftSection={<IconBellRinging size={16} />} disabled={remindable === 0} onClick={() => setAsking('remind')}
        data-testid="send-reminders" title={remindable === 0 ? t('surveyDistribution.remind.none') : undefined}>
        {t('surveyDistribution.remind.button', { count: remindable })}
      </Button>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} size="sm"
        title={<Text fw={700}>{asking ? t(`surveyDistribution.${asking}.title`) : ''}</Text>}>
        <Text size="sm" mb="lg" data-testid="send-confirm-message">
          {asking ? t(`surveyDistribution.${asking}.message`, { count }) : ''}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setAsking(null)}>{t('common.cancel')}</Button>
          <Button loading={run.isPending} onClick={() => asking && run.mutate(asking)} data-testid="send-confirm">
            {asking ? t(`surveyDistribution.${asking}.confirm`, { count }) : ''}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
