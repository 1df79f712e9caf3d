/** The little labels of a VOC item: its status and its kind. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VocKind, VocStatus } from '../../../domain/voc/status';

export const STATUS_COLOR: Record<VocStatus, string> = { new: 'blue', sent: 'violet', planned: 'orange', done: 'teal', declined: 'gray' };

export function VocStatusBadge({ status }: { status: VocStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLOR[status]} variant="light" data-testid="voc-status">{t(`voc.status.${status}`)}</Badge>;
}

export function VocKindBadge({ kind }: { kind: VocKind }) {
  const { t } = useTranslation();
  return <Badge color={kind === 'pain' ? 'red' : 'indigo'} variant="outline" size="sm">{t(`voc.kind.${kind}`)}</Badge>;
}
