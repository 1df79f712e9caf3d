/**
 * The invitation email of a survey, in Japanese and English: subject and body (left empty, the
 * built-in text goes out, shown as the placeholder), the {{…}} fields to insert at the caret, a
 * live preview rendered with the server's own functions (email-draft.ts), a warning when the
 * body has no answer link, save, and back to the built-in text. Editable while draft or open.
 */
import { useRef, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SurveyLanguage } from '../../../../domain/surveys/definition';
import { builtInMailText, formatCloseDate, INVITATION_FIELDS, surveyLink, type InvitationField } from '../../../../domain/surveys/invitation';
import { surveyApi, surveyKeys, type Survey } from '../../../api/surveys';
import { ImeSafeForm } from '../../../components/ImeSafeForm';
import { ImeTextarea } from '../../../components/ImeTextarea';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useSession } from '../../../session/use-session';
import { draftOf, EMAIL_LANGUAGES, emailPatch, insertField, lacksLink, previewMail, sameDraft, unknownFields, type EmailDraft } from './email-draft';

type Part = 'subject' | 'body';

export function InvitationEmailCard({ survey, canManage }: { survey: Survey; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const client = useQueryClient();
  const saved = draftOf(survey);
  const [draft, setDraft] = useState<EmailDraft>(saved);
  const [savedKey, setSavedKey] = useState(JSON.stringify(saved));
  // The survey was saved (here or elsewhere): start again from what the server holds.
  if (JSON.stringify(saved) !== savedKey) {
    setSavedKey(JSON.stringify(saved));
    setDraft(saved);
  }
  const [lang, setLang] = useState<SurveyLanguage>(survey.languages[0] ?? (i18n.language === 'en' ? 'en' : 'ja'));
  const [lastPart, setLastPart] = useState<Part>('body');
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const editable = canManage && survey.status !== 'closed';
  const dirty = !sameDraft(draft, saved);
  const hasDeadline = survey.closesAt !== null;
  const builtIn = builtInMailText(lang, 'invitation', hasDeadline);
  const current = draft[lang];

  const save = useMutation({
    mutationFn: () => surveyApi.update(survey.id, emailPatch(draft)),
    onSuccess: (updated) => {
      client.setQueryData(surveyKeys.one(survey.id), updated);
      void client.invalidateQueries({ queryKey: surveyKeys.all });
      notifySaved(t('surveyDistribution.email.saved'));
    },
    onError: (error) => notifyError(t, error),
  });

  const setPart = (part: Part, value: string) => setDraft((d) => ({ ...d, [lang]: { ...d[lang], [part]: value } }));
  const insert = (field: InvitationField) => {
    const element = lastPart === 'subject' ? subjectRef.current : bodyRef.current;
    const next = insertField(current[lastPart], field, element?.selectionStart ?? null, element?.selectionEnd ?? null);
    setPart(lastPart, next.value);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };

  const fields: Record<InvitationField, string | null> = {
    'contact.name': t('surveyDistribution.email.sample.contact', { lng: lang }),
    'account.name': t('surveyDistribution.email.sample.account', { lng: lang }),
    'survey.name': survey.name,
    'survey.link': surveyLink(window.location.origin, 'kzs_sample'),
    'survey.closesAt': survey.closesAt ? formatCloseDate(new Date(survey.closesAt), lang) : null,
    'owner.name': me.user.name,
    'workspace.name': me.workspace.name,
  };
  const preview = previewMail(draft, lang, fields);
  const noLink = lacksLink(current.body);
  const unknown = unknownFields(current);
  const customised = (l: SurveyLanguage) => draft[l].subject.trim() !== '' || draft[l].body.trim() !== '';

  return (
    <Paper withBorder radius="md" p="md" data-testid="invitation-email">
      <ImeSafeForm onSubmit={() => dirty && editable && save.mutate()} aria-label={t('surveyDistribution.email.title')}>
        <Group justify="space-between" align="flex-start" mb="xs">
          <div>
            <Title order={4} fz="md">{t('surveyDistribution.email.title')}</Title>
            <Text size="sm" c="dimmed">{t('surveyDistribution.email.hint')}</Text>
          </div>
          <SegmentedControl size="xs" value={lang} onChange={(v) => setLang(v as SurveyLanguage)} data-testid="email-language"
            data={EMAIL_LANGUAGES.map((l) => ({
              value: l,
              label: `${t(`surveyDistribution.languages.${l}`)}${customised(l) ? ` · ${t('surveyDistribution.email.own')}` : ''}`,
            }))} />
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="sm">
              <TextInput ref={subjectRef} label={t('surveyDistribution.email.subject')} value={current.subject} placeholder={builtIn.subject}
                disabled={!editable} lang={lang} maxLength={300} data-testid="email-subject"
                onFocus={() => setLastPart('subject')} onChange={(e) => setPart('subject', e.currentTarget.value)} />
              <ImeTextarea ref={bodyRef} label={t('surveyDistribution.email.body')} value={current.body} placeholder={builtIn.body}
                disabled={!editable} lang={lang} autosize minRows={10} maxRows={20} maxLength={20_000} data-testid="email-body"
                onFocus={() => setLastPart('body')} onChange={(e) => setPart('body', e.currentTarget.value)}
                onSubmit={() => dirty && editable && save.mutate()} />
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{t('surveyDistribution.email.fieldsHelp')}</Text>
                <Group gap={6} data-testid="email-fields">
                  {INVITATION_FIELDS.map((field) => (
                    <Tooltip key={field} label={`{{${field}}}`}>
                      <Badge component="button" type="button" variant="outline" disabled={!editable} data-testid={`email-field-${field}`}
                        style={{ cursor: editable ? 'pointer' : 'default', textTransform: 'none' }}
                        onMouseDown={(e) => e.preventDefault()} onClick={() => editable && insert(field)}>
                        {t(`surveyDistribution.email.fields.${field.replace('.', '_')}`)}
                      </Badge>
                    </Tooltip>
                  ))}
                </Group>
              </Stack>
              {noLink && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} data-testid="email-no-link">
                  {t('surveyDistribution.email.noLink', { field: '{{survey.link}}' })}
                </Alert>
              )}
              {unknown.length > 0 && (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} data-testid="email-unknown">
                  {t('surveyDistribution.email.unknownFields', { fields: unknown.map((u) => `{{${u}}}`).join(', ') })}
                </Alert>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Text size="sm" fw={500} mb={4}>{t('surveyDistribution.email.preview')}</Text>
            <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-light)" data-testid="email-preview" lang={lang}>
              <Stack gap="xs">
                <Text size="xs" c="dimmed">{t('surveyDistribution.email.previewFor', { contact: fields['contact.name'], account: fields['account.name'] })}</Text>
                <Text fw={600} data-testid="email-preview-subject">{preview.subject || '—'}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="email-preview-body">{preview.body}</Text>
              </Stack>
            </Paper>
            <Text size="xs" c="dimmed" mt={4}>{t('surveyDistribution.email.previewNote')}</Text>
          </Grid.Col>
        </Grid>
        {editable && (
          <Group justify="flex-end" gap="xs" mt="md">
            <Button variant="default" leftSection={<IconArrowBackUp size={16} />} disabled={!customised(lang)} data-testid="email-reset"
              onClick={() => setDraft((d) => ({ ...d, [lang]: { subject: '', body: '' } }))}>
              {t('surveyDistribution.email.reset')}
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} disabled={!dirty} loading={save.isPending} data-testid="email-save">
              {t('surveyDistribution.email.save')}
            </Button>
          </Group>
        )}
      </ImeSafeForm>
    </Paper>
  );
}
