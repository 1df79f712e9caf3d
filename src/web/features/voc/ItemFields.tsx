/** The fields of a VOC item — title, kind, product areas, description — shared by the create, edit and add-to-VOC forms. */
import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VOC_KINDS, type VocKind } from '../../../domain/voc/status';
import { ImeTextarea } from '../../components/ImeTextarea';
import { AreaTagsInput } from './AreaTagsInput';

export interface ItemDraft {
  title: string;
  kind: VocKind;
  areas: string[];
  description: string;
}

export const emptyDraft = (title = ''): ItemDraft => ({ title, kind: 'request', areas: [], description: '' });

interface Props {
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
  onSubmit: () => void;
  errors: Record<string, string>;
  withDescription?: boolean;
}

export function ItemFields({ draft, onChange, onSubmit, errors, withDescription = true }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput label={t('voc.fields.title')} placeholder={t('voc.fields.titlePlaceholder')} required value={draft.title}
        onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })} error={errors.title} data-testid="voc-title" data-autofocus />
      <Stack gap={4}>
        <Text size="sm" fw={500}>{t('voc.fields.kind')}</Text>
        <SegmentedControl value={draft.kind} onChange={(v) => onChange({ ...draft, kind: v as VocKind })}
          data={VOC_KINDS.map((k) => ({ value: k, label: t(`voc.kind.${k}`) }))} />
      </Stack>
      <AreaTagsInput value={draft.areas} onChange={(areas) => onChange({ ...draft, areas })} />
      {withDescription && (
        <ImeTextarea label={t('voc.fields.description')} autosize minRows={2} maxRows={6} value={draft.description}
          onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })} onSubmit={onSubmit} error={errors.description} />
      )}
    </Stack>
  );
}
