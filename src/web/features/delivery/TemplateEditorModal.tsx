/**
 * Create or edit an email template: name, language, subject and body with {{…}} fields (click a
 * field to insert it), a warning for fields Kizuna does not fill, and a live preview rendered
 * by the server with a real account (the largest by default, or one picked).
 */
import { useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { deliveryApi, deliveryKeys, type EmailTemplate, type MailLocale } from '../../api/delivery';
import { isApiError } from '../../api/http';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { KNOWN_TEMPLATE_FIELDS, unknownTemplateFields } from '../../../domain/mail/template-fields';
import { notifyError, notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';

interface Props { opened: boolean; template: EmailTemplate | null; onClose: () => void }

export function TemplateEditorModal({ opened, template, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="80rem" title={<Text fw={700}>{template ? t('delivery.templates.editTitle') : t('delivery.templates.addTitle')}</Text>}>
      {opened && <TemplateForm template={template} onClose={onClose} />}
    </Modal>
  );
}

function TemplateForm({ template, onClose }: { template: EmailTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const queryClient = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [locale, setLocale] = useState<MailLocale>(template?.locale ?? uiLocale);
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [previewInput] = useDebouncedValue({ subject, body, locale, accountId }, 400);
  const accounts = useQuery({ queryKey: ['delivery', 'account-picker', q], queryFn: () => api.accounts({ q: q || undefined, limit: 30, sort: '-mrr' }) });
  const preview = useQuery({
    queryKey: ['delivery', 'preview', previewInput],
    queryFn: () => deliveryApi.preview({
      subject: previewInput.subject, body: previewInput.body, locale: previewInput.locale, ...(previewInput.accountId ? { accountId: previewInput.accountId } : {}),
    }),
  });
  const save = useMutation({
    mutationFn: () => {
      const input = { name: name.trim(), locale, subject: subject.trim(), body };
      return template ? deliveryApi.updateTemplate(template.id, input) : deliveryApi.createTemplate(input);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: deliveryKeys.templates() });
      notifySaved(t('delivery.templates.saved', { name: saved.name }));
      onClose();
    },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const err = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  const unknown = unknownTemplateFields(`${subject}\n${body}`);
  const insert = (field: string) => setBody((b) => `${b}{{${field}}}`);

  return (
    <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('delivery.templates.addTitle')}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Group grow align="flex-end">
              <TextInput label={t('delivery.templates.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} required data-testid="template-name" />
              <Stack gap={4}>
                <Text size="sm" fw={500}>{t('delivery.templates.locale')}</Text>
                <SegmentedControl value={locale} onChange={(v) => setLocale(v as MailLocale)} data={[{ value: 'ja', label: '日本語' }, { value: 'en', label: 'English' }]} />
              </Stack>
            </Group>
            <TextInput label={t('delivery.templates.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={err('subject')} required data-testid="template-subject" />
            <ImeTextarea label={t('delivery.templates.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} onSubmit={() => save.mutate()}
              autosize minRows={8} maxRows={16} error={err('body')} required data-testid="template-body" />
            <Stack gap={4}>
              <Text size="xs" c="dimmed">{t('delivery.templates.fieldsHelp')}</Text>
              <Group gap={6}>
                {KNOWN_TEMPLATE_FIELDS.map((field) => (
                  <Tooltip key={field} label={`{{${field}}}`}>
                    <Badge variant="outline" style={{ cursor: 'pointer', textTransform: 'none' }} onClick={() => insert(field)}>{t(`delivery.fields.${field.replace('.', '_')}`)}</Badge>
                  </Tooltip>
                ))}
              </Group>
            </Stack>
            {unknown.length > 0 && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} data-testid="template-unknown">
                {t('delivery.templates.unknownFields', { fields: unknown.map((u) => `{{${u}}}`).join(', ') })}
              </Alert>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Select label={t('delivery.templates.previewAccount')} placeholder={t('delivery.templates.previewDefault')} searchable clearable value={accountId} onChange={setAccountId}
              searchValue={search} onSearchChange={setSearch} filter={({ options }) => options}
              data={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} />
            <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-light)" data-testid="template-preview">
              {preview.data ? (
                <Stack gap="xs">
                  <Text size="xs" c="dimmed">{preview.data.account ? t('delivery.templates.previewFor', { account: preview.data.account.name }) : t('delivery.templates.previewNoAccount')}</Text>
                  <Text fw={600}>{preview.data.subject || '—'}</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</Text>
                </Stack>
              ) : <Text size="sm" c="dimmed">{t('delivery.templates.previewLoading')}</Text>}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" loading={save.isPending} data-testid="template-save">{t('common.save')}</Button>
      </Group>
    </ImeSafeForm>
  );
}
