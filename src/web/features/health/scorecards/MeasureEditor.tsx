/** One measure: its label, type, weight and share in a row; its source and normalisation when opened. */
import { ActionIcon, Box, Divider, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MEASURE_TYPES, type MeasureNode, type MeasureType } from '../../../../domain/health/scorecard';
import { problemsOfNode } from './draft-problems';
import { NodeControls } from './NodeControls';
import { NormalizerFields } from './NormalizerFields';
import { ProblemList } from './ProblemList';
import { domainPath, normalizerFor, sourceOfType, type NodePath } from './scorecard-tree';
import { SourceFields } from './SourceFields';
import { useTreeEdit } from './tree-context';

interface Props {
  node: MeasureNode;
  path: NodePath;
  siblings: number;
}

export function MeasureEditor({ node, path, siblings }: Props) {
  const { t } = useTranslation();
  const edit = useTreeEdit();
  const open = edit.expanded.has(node.id);
  const problems = problemsOfNode(edit.problems, domainPath(path));
  const set = (change: Partial<MeasureNode>) => edit.update(path, (n) => ({ ...n, ...change } as MeasureNode));
  const changeType = (type: MeasureType) => {
    const source = sourceOfType(type, node.source);
    // A label still reading as the old type's name follows the new type; a label someone wrote stays.
    const label = node.label === t(`health.measureTypes.${node.source.type}`) ? t(`health.measureTypes.${type}`) : node.label;
    set({ source, normalize: normalizerFor(source), label });
  };

  return (
    <Paper p="xs" radius="sm" bg={open ? 'gray.0' : undefined} data-testid="measure-editor" data-measure-id={node.id}
      style={problems.length > 0 ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Group gap="xs" wrap="nowrap">
        <ActionIcon variant="subtle" color="gray" size="sm" aria-expanded={open}
          aria-label={t(open ? 'health.editor.collapse' : 'health.editor.expand', { label: node.label })} onClick={() => edit.toggle(node.id)}>
          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </ActionIcon>
        <TextInput size="xs" style={{ flex: 1, minWidth: 120 }} aria-label={t('health.editor.measureLabel')} value={node.label}
          onChange={(e) => set({ label: e.currentTarget.value })} />
        <Select size="xs" w={190} aria-label={t('health.editor.measureType', { label: node.label })} allowDeselect={false}
          data={MEASURE_TYPES.map((type) => ({ value: type, label: t(`health.measureTypes.${type}`) }))}
          value={node.source.type} onChange={(v) => v && changeType(v as MeasureType)} />
        <NodeControls path={path} label={node.label} weight={node.weight} siblings={siblings} />
      </Group>
      <ProblemList problems={problems} />
      {open && (
        <Box pl={34} pt="xs">
          <Stack gap="sm">
            <SourceFields source={node.source} onChange={(source) => set({ source })} />
            <Divider variant="dashed" />
            <NormalizerFields normalize={node.normalize} unit={t(`health.units.${node.source.type}`)} onChange={(normalize) => set({ normalize })} />
            <Text size="xs" c="dimmed">{t('health.editor.measureId', { id: node.id })}</Text>
          </Stack>
        </Box>
      )}
    </Paper>
  );
}
