/**
 * Adding or editing a touch tier: name, key (fixed once created), rule, cadence and whether it is
 * the default. "Preview" runs the whole draft model against today's accounts and says how many
 * would move before anything is saved, as the scorecard editor does.
 */
import { useState } from 'react';
import { Button, Divider, Group, Modal, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccountRule } from '../../../domain/journey/account-rule';
import { isApiError } from '../../api/http';
import { tierApi, tierKeys, type Tier, type TierInput, type TierPreview } from '../../api/tiers';
import { keys } from '../../api/client';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { fieldErrors } from '../../lib/errors';
import { notifyError, notifySaved } from '../../lib/notify';
import { RuleEditor } from './RuleEditor';
import { TierPreviewBox } from './TierPreviewBox';

interface Props {
  /** the tier to edit, 'new' to add one, null when closed */
  tier: Tier | 'new' | null;
  tiers: Tier[];
  currency: string;
  onClose: () => void;
}

export function TierEditorModal({ tier, tiers, currency, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={tier !== null} onClose={onClose} size="xl"
      title={tier === 'new' ? t('touchModel.editor.titleNew') : t('touchModel.editor.titleEdit', { name: tier?.name ?? '' })}>
      {tier !== null && <TierForm key={tier === 'new' ? 'new' : tier.id} tier={tier} tiers={tiers} currency={currency} onClose={onClose} />}
    </Modal>
  );
}

function initial(tier: Tier | 'new'): TierInput {
  if (tier === 'new') {
    return { key: '', name: '', description: null, rule: { all: [] }, meetingEveryDays: 60, reviewEveryDays: null, automatedOnly: false, isDefault: false };
  }
  const { key, name, description, rule, meetingEveryDays, reviewEveryDays, automatedOnly, isDefault } = tier;
  return { key, name, description, rule, meetingEveryDays, reviewEveryDays, automatedOnly, isDefault };
}

function TierForm({ tier, tiers, currency, onClose }: Omit<Props, 'tier'> & { tier: Tier | 'new' }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TierInput>(() => initial(tier));
  const [preview, setPreview] = useState<TierPreview | null>(null);
  const set = <K extends keyof TierInput>(key: K, value: TierInput[K]) => { setValues((v) => ({ ...v, [key]: value })); setPreview(null); };

  /** The whole model as it would be saved: this tier in its place (a new one before the default). */
  const draft = (): Array<{ key: string; rule: AccountRule; isDefault: boolean }> => {
    const self = { key: values.key ?? '', rule: values.rule, isDefault: values.isDefault };
    const others = tiers.filter((x) => tier === 'new' || x.id !== tier.id)
      .map((x) => ({ key: x.key, rule: x.rule, isDefault: values.isDefault ? false : x.isDefault }));
    if (tier !== 'new') return tiers.map((x) => (x.id === tier.id ? self : others.find((o) => o.key === x.key)!));
    const firstDefault = others.findIndex((o) => o.isDefault);
    return firstDefault < 0 ? [...others, self] : [...others.slice(0, firstDefault), self, ...others.slice(firstDefault)];
  };
  const previewRun = useMutation({ mutationFn: () => tierApi.preview(draft()), onSuccess: setPreview, onError: (e) => notifyError(t, e) });
  const save = useMutation({
    mutationFn: () => {
      const { key, ...rest } = values;
      return tier === 'new' ? tierApi.create({ ...rest, key }) : tierApi.update(tier.id, rest);
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: tierKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      notifySaved(t('touchModel.saved', { name: result.tier.name, moved: result.moved }));
      onClose();
    },
    onError: (error) => { if (!isApiError(error, 'request.invalid') && !isApiError(error, 'touch_tier.key_taken')) notifyError(t, error); },
  });
  const errors = fieldErrors(save.error);
  if (isApiError(save.error, 'touch_tier.key_taken')) errors.key = t('touchModel.errors.keyTaken');
  const wasDefault = tier !== 'new' && tier.isDefault;

  return (
    <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('touchModel.editor.form')}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('touchModel.editor.name')} required value={values.name} error={errors.name}
            onChange={(e) => set('name', e.currentTarget.value)} data-testid="tier-name" />
          <TextInput label={t('touchModel.editor.key')} description={t('touchModel.editor.keyHint')} required disabled={tier !== 'new'}
            value={values.key ?? ''} error={errors.key} onChange={(e) => set('key', e.currentTarget.value.toLowerCase())} data-testid="tier-key" />
        </Group>
        <ImeTextarea label={t('touchModel.editor.description')} autosize minRows={2} value={values.description ?? ''}
          onChange={(e) => set('description', e.currentTarget.value || null)} onSubmit={() => save.mutate()} error={errors.description} />
        <Switch label={t('touchModel.editor.isDefault')} description={t('touchModel.editor.defaultHint')} checked={values.isDefault}
          disabled={wasDefault} onChange={(e) => set('isDefault', e.currentTarget.checked)} />
        <Divider label={t('touchModel.editor.rule')} labelPosition="left" />
        {values.isDefault
          ? <Text size="sm" c="dimmed">{t('touchModel.rule.default')}</Text>
          : <RuleEditor rule={values.rule} onChange={(rule) => set('rule', rule)} errors={errors} currency={currency} />}
        <Divider label={t('touchModel.editor.cadence')} labelPosition="left" />
        <Switch label={t('touchModel.editor.automatedOnly')} description={t('touchModel.editor.automatedHint')} checked={values.automatedOnly}
          error={errors.automatedOnly}
          onChange={(e) => {
            const automatedOnly = e.currentTarget.checked;
            setValues((v) => ({ ...v, automatedOnly, ...(automatedOnly ? { meetingEveryDays: null, reviewEveryDays: null } : {}) }));
          }} />
        {!values.automatedOnly && (
          <Group grow>
            <NumberInput label={t('touchModel.editor.meetingEvery')} description={t('touchModel.editor.meetingHint')} min={1} max={730}
              allowDecimal={false} suffix={t('touchModel.editor.daysSuffix')} value={values.meetingEveryDays ?? ''} error={errors.meetingEveryDays}
              onChange={(v) => set('meetingEveryDays', typeof v === 'number' ? v : null)} data-testid="tier-meeting" />
            <NumberInput label={t('touchModel.editor.reviewEvery')} description={t('touchModel.editor.reviewHint')} min={1} max={730}
              allowDecimal={false} suffix={t('touchModel.editor.daysSuffix')} value={values.reviewEveryDays ?? ''} error={errors.reviewEveryDays}
              onChange={(v) => set('reviewEveryDays', typeof v === 'number' ? v : null)} data-testid="tier-review" />
          </Group>
        )}
        {preview && <TierPreviewBox preview={preview} names={new Map([...tiers.map((x) => [x.key, x.name] as const), [values.key ?? '', values.name]])} />}
        <Group justify="space-between" mt="sm">
          <Button variant="default" onClick={() => previewRun.mutate()} loading={previewRun.isPending} disabled={!values.key}
            data-testid="tier-preview-button">
            {t('touchModel.editor.preview')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>{t('touchModel.editor.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="tier-save">{t('touchModel.editor.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
