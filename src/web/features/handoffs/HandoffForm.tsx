/**
 * Sales fills the handoff: the sections in order of what CS most often lacks, a meter beside
 * them that says what is missing, save as draft, and submit to CS. A returned handoff shows
 * CS's questions above the form.
 */
import { useState } from 'react';
import { Alert, Button, Divider, Grid, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HandoffContent } from '../../../domain/handoffs/content';
import { api, keys } from '../../api/client';
import { handoffApi, handoffKeys, type HandoffDetail } from '../../api/handoffs';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { fieldErrors } from '../../lib/errors';
import { notifyError, notifySaved } from '../../lib/notify';
import { useSession } from '../../session/use-session';
import { CompletenessMeter } from './CompletenessMeter';
import { ContractAndPlanFields } from './ContractAndPlanFields';
import { GoalsAndPeopleFields } from './GoalsAndPeopleFields';
import { handoffErrorText } from './handoff-errors';
import { contentFieldErrors, liveCompleteness } from './live-completeness';
import { ReturnedQuestions } from './ReturnedQuestions';

export function HandoffForm({ handoff, onDone }: { handoff: HandoffDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<HandoffContent>(handoff.content);
  const contacts = useQuery({ queryKey: keys.contacts(handoff.accountId), queryFn: () => api.contacts(handoff.accountId) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: handoffKeys.all });
    void queryClient.invalidateQueries({ queryKey: keys.timeline(handoff.accountId) });
  };
  const save = useMutation({
    mutationFn: async (andSubmit: boolean) => {
      await handoffApi.update(handoff.id, content);
      return andSubmit ? handoffApi.submit(handoff.id) : null;
    },
    onSuccess: (submitted) => {
      refresh();
      notifySaved(submitted ? t('handoffs.form.submitted') : t('handoffs.form.saved'));
      if (submitted) onDone();
    },
    onError: (error) => notifyError(t, error),
  });
  const patch = (p: Partial<HandoffContent>) => setContent((c) => ({ ...c, ...p }));
  const completeness = liveCompleteness(content);
  const problems = contentFieldErrors(fieldErrors(save.error));

  return (
    <ImeSafeForm onSubmit={() => save.mutate(false)} aria-label={t('handoffs.form.title')}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {handoff.status === 'returned' && <ReturnedQuestions handoff={handoff} />}
            {save.isError && (
              <Alert color="red" variant="light" title={handoffErrorText(t, save.error)}>
                {problems.map((p) => <Text key={p} size="sm">{p}</Text>)}
              </Alert>
            )}
            <GoalsAndPeopleFields value={content} onChange={patch} contacts={contacts.data?.items ?? []} />
            <Divider />
            <ContractAndPlanFields value={content} onChange={patch} baseCurrency={me.workspace.baseCurrency} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="sm" pos="sticky" top={72}>
            <CompletenessMeter completeness={completeness} />
            <Group grow>
              <Button type="submit" variant="default" loading={save.isPending && save.variables === false}>{t('handoffs.form.save')}</Button>
              <Button leftSection={<IconSend size={16} />} loading={save.isPending && save.variables === true}
                onClick={() => save.mutate(true)}>
                {handoff.status === 'returned' ? t('handoffs.form.resubmit') : t('handoffs.form.submit')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">{t('handoffs.form.submitHint')}</Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </ImeSafeForm>
  );
}
