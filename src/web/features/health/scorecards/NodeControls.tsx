/**
 * The right-hand side of a tree row: the weight, the share of the overall score it results in
 * (with a thin bar), and move up / move down / remove.
 */
import { ActionIcon, Group, NumberInput, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-format';
import { formatRate } from '../../revenue/metric-format';
import type { NodePath } from './scorecard-tree';
import { useTreeEdit } from './tree-context';

interface Props {
  path: NodePath;
  label: string;
  weight: number;
  siblings: number;
}

export function NodeControls({ path, label, weight, siblings }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const edit = useTreeEdit();
  const share = edit.shares.get(path.join('.')) ?? 0;
  const index = path[path.length - 1] ?? 0;
  return (
    <Group gap={6} wrap="nowrap">
      <NumberInput w={72} size="xs" hideControls aria-label={t('health.editor.weightOf', { label })} min={0} max={1000} clampBehavior="strict"
        value={weight} onChange={(v) => edit.update(path, (n) => ({ ...n, weight: typeof v === 'number' ? v : 0 }))} />
      <Tooltip label={t('health.editor.shareHint')} multiline w={240} withArrow>
        <Stack gap={2} w={64} data-testid="node-share">
          <Text size="xs" fw={600} ta="right" className="kz-num">{formatRate(share, locale)}</Text>
          <Progress value={share * 100} size={3} />
        </Stack>
      </Tooltip>
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('health.editor.moveUp', { label })} disabled={index === 0}
        onClick={() => edit.move(path, -1)}><IconArrowUp size={14} /></ActionIcon>
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('health.editor.moveDown', { label })} disabled={index >= siblings - 1}
        onClick={() => edit.move(path, 1)}><IconArrowDown size={14} /></ActionIcon>
      <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('health.editor.remove', { label })} disabled={siblings <= 1}
        onClick={() => edit.remove(path)}><IconTrash size={14} /></ActionIcon>
    </Group>
  );
}
