/** Adds or edits a phase: key (new phases only), name, description, entry criterion, onboarding flag. */
import { useState } from 'react';
import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PhaseCriterion } from '../../../domain/phases/criteria';
import { isApiError } from '../../api/http';
import { phaseApi, phaseKeys, type Phase } from '../../api/phases';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { notifyError, notifySaved } from '../../lib/notify';
import { CriterionEditor } from './CriterionEditor';

interface Props {
  phase: Phase | 'new' | null;
  measures: Array<{ value: string; label: string }>;
  onClose: () => void;
}

export function PhaseEditorModal({ phase, measures, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={phase !== null} onClose={onClose} size="lg" title={phase === 'new' ? t('phases.editor.newTitle') : t('phases.editor.editTitle')}>
      {phase !== null && <PhaseForm phase={phase} measures={measures} onClose={onClose} />}
    </Modal>
  );
}

function PhaseForm({ phase, measures, onClose }: { phase: Phase | 'new'; measures: Props['measures']; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = phase === 'new' ? null : phase;
  const [key, setKey] = useState('');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [criterion, setCriterion] = useState<PhaseCriterion | null>(existing?.criterion ?? null);
  const [isOnboarding, setIsOnboarding] = useState(existing?.isOnboarding ?? false);
  const save = useMutation({
    mutationFn: async () => {
      const input = { name, description: description.trim() || null, criterion, isOnboarding };
      if (existing) await phaseApi.update(existing.id, input);
      else await phaseApi.create({ ...input, key: key.trim() });
    },
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: phaseKeys.all }); notifySaved(t('phases.editor.saved', { name })); onClose(); },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  const criterionError = ['criterion', 'criterion.days', 'criterion.value', 'criterion.measureId', 'criterion.kind'].map(fieldError).find(Boolean);
  return (
    <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('phases.editor.editTitle')}>
      <Stack gap="sm">
        {!existing && (
          <TextInput label={t('phases.editor.key')} description={t('phases.editor.keyHelp')} required value={key}
            onChange={(e) => setKey(e.currentTarget.value)} error={fieldError('key')} data-testid="phase-key" />
        )}
        <TextInput label={t('phases.editor.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')}
          data-testid="phase-name" />
        <ImeTextarea label={t('phases.editor.description')} autosize minRows={2} value={description}
          onChange={(e) => setDescription(e.currentTarget.value)} onSubmit={() => save.mutate()} />
        <CriterionEditor value={criterion} onChange={setCriterion} measures={measures} error={criterionError} />
        <Switch label={t('phases.editor.isOnboarding')} description={t('phases.editor.isOnboardingHelp')} checked={isOnboarding}
          onChange={(e) => setIsOnboarding(e.currentTarget.checked)} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('phases.common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="phase-save">{t('phases.common.save')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
