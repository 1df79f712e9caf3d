/**
 * 質問 / Questions: the builder. Questions with their type-specific editors, ja/en texts side by
 * side, branching, roles for the CX tree, and a live preview. While a draft everything is
 * editable; once open the questions are frozen (only the settings the status allows change).
 * Issues show beside their question as you type; missing texts only stop opening.
 */
import { Alert, Button, Grid, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconLock, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type SurveyDefinition } from '../../../../domain/surveys/definition';
import { editableFields, type SurveyField } from '../../../../domain/surveys/lifecycle';
import { surveyApi, surveyKeys, type Survey, type UpdateSurveyInput } from '../../../api/surveys';
import { ImeSafeForm } from '../../../components/ImeSafeForm';
import { fieldErrors } from '../../../lib/errors';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useCan } from '../../../session/use-session';
import { groupIssues, insertQuestion, moveQuestion, newQuestion, removeQuestion, renameQuestion, replaceQuestion } from './draft';
import { LocalTextFields } from './LocalTextFields';
import { PreviewPane } from './PreviewPane';
import { QuestionCard } from './QuestionCard';
import { RolesEditor } from './RolesEditor';
import { SettingsCard, type Settings } from './SettingsCard';

interface Props {
  survey: Survey;
  onDirtyChange: (dirty: boolean) => void;
}

export function QuestionsTab({ survey, onDirtyChange }: Props) {
  return <Builder key={survey.updatedAt} survey={survey} onDirtyChange={onDirtyChange} />;
}

function settingsOf(s: Survey): Settings {
  return { name: s.name, languages: s.languages, closesAt: s.closesAt, remindAfterDays: s.remindAfterDays };
}

function Builder({ survey, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const canManage = useCan('survey.manage');
  const editable = canManage && survey.status === 'draft';
  const [definition, setDefinition] = useState<SurveyDefinition>(survey.definition);
  const [settings, setSettings] = useState<Settings>(settingsOf(survey));
  const grouped = useMemo(() => groupIssues(definition, settings.languages), [definition, settings.languages]);
  const dirty = JSON.stringify(definition) !== JSON.stringify(survey.definition) || JSON.stringify(settings) !== JSON.stringify(settingsOf(survey));
  useEffect(() => { onDirtyChange(dirty); }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const save = useMutation({
    mutationFn: () => {
      const allowed = editableFields(survey.status);
      const all: Pick<UpdateSurveyInput, SurveyField & keyof UpdateSurveyInput> = { ...settings, name: settings.name.trim(), definition };
      const input = Object.fromEntries(Object.entries(all).filter(([k]) => allowed.includes(k as SurveyField)));
      return surveyApi.update(survey.id, input);
    },
    onSuccess: (saved) => { client.setQueryData(surveyKeys.one(survey.id), saved); void client.invalidateQueries({ queryKey: surveyKeys.all }); notifySaved(t('surveys.builder.saved')); },
    onError: (error) => notifyError(t, error),
  });
  const errors = fieldErrors(save.error, t);
  const set = (def: SurveyDefinition) => setDefinition(def);

  return (
    <ImeSafeForm onSubmit={() => { if (dirty && grouped.blocking === 0) save.mutate(); }} aria-label={t('surveys.builder.formLabel')}>
      <Stack gap="md">
        <SettingsCard value={settings} status={survey.status} canManage={canManage} errors={errors} onChange={setSettings} />
        {survey.status !== 'draft' && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} />} data-testid="questions-frozen">{t(`surveys.builder.frozen.${survey.status}`)}</Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="sm">
              <IssueSummary blocking={grouped.blocking} all={grouped.all} draft={survey.status === 'draft'} />
              <Paper withBorder radius="md" p="md">
                <Title order={4} fz="md" mb="xs">{t('surveys.builder.intro')}</Title>
                <Stack gap="xs">
                  <LocalTextFields value={definition.intro ?? { ja: '', en: '' }} languages={settings.languages} multiline disabled={!editable}
                    label={t('surveys.builder.introLabel')} issues={grouped.other} path="intro" onChange={(intro) => set({ ...definition, intro })} />
                  <LocalTextFields value={definition.thanks ?? { ja: '', en: '' }} languages={settings.languages} multiline disabled={!editable}
                    label={t('surveys.builder.thanksLabel')} issues={grouped.other} path="thanks" onChange={(thanks) => set({ ...definition, thanks })} />
                </Stack>
              </Paper>
              {definition.questions.map((_, i) => (
                <QuestionCard key={i} definition={definition} index={i} languages={settings.languages} issues={grouped.questions.get(i) ?? []} editable={editable}
                  onChange={(q) => set(replaceQuestion(definition, i, q))} onRename={(id) => set(renameQuestion(definition, i, id))}
                  onMove={(by) => set(moveQuestion(definition, i, by))} onRemove={() => set(removeQuestion(definition, i))} />
              ))}
              {editable && (
                <Menu position="bottom-start">
                  <Menu.Target>
                    <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content" disabled={definition.questions.length >= 60} data-testid="add-question">
                      {t('surveys.builder.addQuestion')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {QUESTION_TYPES.map((type) => (
                      <Menu.Item key={type} data-testid={`add-${type}`} onClick={() => set(insertQuestion(definition, newQuestion(type, definition)))}>
                        {t(`surveys.types.${type}`)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
              <Paper withBorder radius="md" p="md">
                <Title order={4} fz="md">{t('surveys.roles.title')}</Title>
                <Text size="sm" c="dimmed" mb="xs">{t('surveys.roles.help')}</Text>
                <RolesEditor definition={definition} disabled={!editable} onChange={(roles) => set({ ...definition, roles })} />
                {grouped.other.filter((i) => i.path.startsWith('roles.')).map((i) => <Text key={i.path} size="sm" c="red" mt={4}>{i.message}</Text>)}
              </Paper>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <PreviewPane definition={definition} languages={settings.languages} />
          </Grid.Col>
        </Grid>
        {canManage && (
          <Paper withBorder radius="md" p="sm" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
            <Group justify="flex-end">
              {dirty && <Text size="sm" c="dimmed">{t('surveys.builder.unsaved')}</Text>}
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} disabled={!dirty || grouped.blocking > 0 || !settings.name.trim()}
                data-testid="save-survey">{t('common.save')}</Button>
            </Group>
          </Paper>
        )}
      </Stack>
    </ImeSafeForm>
  );
}

function IssueSummary({ blocking, all, draft }: { blocking: number; all: number; draft: boolean }) {
  const { t } = useTranslation();
  if (!draft || all === 0) return null;
  return (
    <Alert color={blocking > 0 ? 'red' : 'yellow'} variant="light" icon={<IconAlertTriangle size={18} />} data-testid="builder-issues">
      {blocking > 0 ? t('surveys.builder.issuesBlocking', { count: blocking }) : t('surveys.builder.issuesTexts', { count: all })}
    </Alert>
  );
}
