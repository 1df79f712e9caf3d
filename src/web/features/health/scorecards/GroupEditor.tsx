/** A group of measures (or of groups): its label, weight and share, its children, and buttons to add more. */
import { Button, Group, Paper, Stack, TextInput, ThemeIcon } from '@mantine/core';
import { IconFolder, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupNode } from '../../../../domain/health/scorecard';
import { problemsOfNode } from './draft-problems';
import { MeasureEditor } from './MeasureEditor';
import { NodeControls } from './NodeControls';
import { ProblemList } from './ProblemList';
import { domainPath, MAX_GROUP_DEPTH, type NodePath } from './scorecard-tree';
import { useTreeEdit } from './tree-context';

interface Props {
  node: GroupNode;
  path: NodePath;
  siblings: number;
}

/** The children of a group and its "add" buttons; the root shows only this. */
export function GroupChildren({ node, path }: { node: GroupNode; path: NodePath }) {
  const { t } = useTranslation();
  const edit = useTreeEdit();
  return (
    <Stack gap={6}>
      {node.children.map((child, index) => (child.kind === 'group'
        ? <GroupEditor key={child.id} node={child} path={[...path, index]} siblings={node.children.length} />
        : <MeasureEditor key={child.id} node={child} path={[...path, index]} siblings={node.children.length} />))}
      <Group gap="xs">
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => edit.addMeasure(path)}>{t('health.editor.addMeasure')}</Button>
        {path.length < MAX_GROUP_DEPTH && node.children.length < 30 && (
          <Button variant="subtle" size="xs" color="gray" leftSection={<IconFolder size={14} />} onClick={() => edit.addGroup(path)}>{t('health.editor.addGroup')}</Button>
        )}
      </Group>
    </Stack>
  );
}

export function GroupEditor({ node, path, siblings }: Props) {
  const { t } = useTranslation();
  const edit = useTreeEdit();
  const problems = problemsOfNode(edit.problems, domainPath(path));
  return (
    <Paper p="sm" radius="md" data-testid="group-editor" data-group-id={node.id}
      style={{ borderLeft: '3px solid var(--mantine-color-ai-3)', ...(problems.length > 0 ? { borderColor: 'var(--mantine-color-red-5)' } : {}) }}>
      <Group gap="xs" wrap="nowrap" mb={6}>
        <ThemeIcon variant="light" size="sm"><IconFolder size={14} /></ThemeIcon>
        <TextInput size="xs" fw={600} style={{ flex: 1 }} aria-label={t('health.editor.groupLabel')} value={node.label}
          styles={{ input: { fontWeight: 600 } }} onChange={(e) => { const label = e.currentTarget.value; edit.update(path, (n) => ({ ...n, label })); }} />
        <NodeControls path={path} label={node.label} weight={node.weight} siblings={siblings} />
      </Group>
      <ProblemList problems={problems} />
      <div style={{ paddingLeft: 16 }}>
        <GroupChildren node={node} path={path} />
      </div>
    </Paper>
  );
}
