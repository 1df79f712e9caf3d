/** Create an API key; the secret is shown once, with a copy button and a warning. */
import { useState } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../../domain/people/roles';
import { api, keys } from '../../api/client';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';

export function NewKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('ingest');
  const create = useMutation({
    mutationFn: () => api.createApiKey(name.trim(), scope),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.apiKeys }),
  });
  // Cleared on the way out: the secret must not linger in memory or reappear on the next opening.
  function close() {
    setName('');
    setScope('ingest');
    create.reset();
    onClose();
  }
  const secret = create.data?.key;
  const server = fieldErrors(create.error, t);

  return (
    <Modal opened={opened} onClose={close} size="lg" closeOnClickOutside={!secret}
      title={<Text fw={700}>{secret ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')}</Text>}>
      {secret ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('apiKeys.onceTitle')}>
            {t('apiKeys.onceWarning')}
          </Alert>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="new-api-key">{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button color={copied ? 'teal' : 'ai'} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end"><Button onClick={close}>{t('apiKeys.done')}</Button></Group>
        </Stack>
      ) : (
        <ImeSafeForm onSubmit={() => name.trim() && create.mutate()} aria-label={t('apiKeys.createTitle')}>
          <Stack gap="md">
            {create.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, create.error)}</Alert>}
            <TextInput label={t('apiKeys.name')} placeholder={t('apiKeys.namePlaceholder')} required value={name}
              onChange={(e) => setName(e.currentTarget.value)} error={server.name} />
            <Radio.Group label={t('apiKeys.scope')} value={scope} onChange={(v) => setScope(v as ApiKeyScope)}>
              <Stack gap="xs" mt={6}>
                {API_KEY_SCOPES.map((s) => (
                  <Radio key={s} value={s} label={t(`apiKeys.scopes.${s}`)} description={t(`apiKeys.scopeDescriptions.${s}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim()}>{t('apiKeys.create')}</Button>
            </Group>
          </Stack>
        </ImeSafeForm>
      )}
    </Modal>
  );
}
