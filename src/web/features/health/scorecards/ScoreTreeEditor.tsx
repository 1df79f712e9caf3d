/**
 * The scorecard's measures and groups as an editable tree: weights with the share of the
 * overall score each one ends up with, add / remove / reorder, and each measure's source and
 * normalisation. Edits are immutable updates of the draft's root group (scorecard-tree.ts).
 */
import { useMemo, useState } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupNode } from '../../../../domain/health/scorecard';
import type { DraftProblem } from './draft-problems';
import { problemsOfNode } from './draft-problems';
import { GroupChildren } from './GroupEditor';
import { ProblemList } from './ProblemList';
import { appendChild, moveAt, newGroup, newMeasure, removeAt, sharesOf, updateAt } from './scorecard-tree';
import { TreeEditContext, type TreeEdit } from './tree-context';

interface Props {
  root: GroupNode;
  problems: readonly DraftProblem[];
  onChange: (root: GroupNode) => void;
}

export function ScoreTreeEditor({ root, problems, onChange }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const shares = useMemo(() => sharesOf(root), [root]);
  const open = (id: string) => setExpanded((current) => new Set([...current, id]));

  const edit: TreeEdit = {
    update: (path, change) => onChange(updateAt(root, path, change)),
    remove: (path) => onChange(removeAt(root, path)),
    move: (path, delta) => onChange(moveAt(root, path, delta)),
    addMeasure: (parentPath) => {
      const measure = newMeasure(root, 'logins', t('health.measureTypes.logins'));
      onChange(appendChild(root, parentPath, measure));
      open(measure.id);
    },
    addGroup: (parentPath) => {
      const group = newGroup(root, t('health.editor.newGroup'), { type: 'logins', label: t('health.measureTypes.logins') });
      onChange(appendChild(root, parentPath, group));
      open(group.children[0]?.id ?? '');
    },
    shares,
    problems,
    expanded,
    toggle: (id) => setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    }),
  };

  return (
    <TreeEditContext.Provider value={edit}>
      <Stack gap="xs" data-testid="score-tree">
        <Group justify="space-between" wrap="nowrap" px="xs">
          <Text size="xs" c="dimmed">{t('health.editor.treeColumns')}</Text>
          <Text size="xs" c="dimmed" w={290}>{t('health.editor.weightColumns')}</Text>
        </Group>
        <ProblemList problems={problemsOfNode(problems, 'root')} />
        <GroupChildren node={root} path={[]} />
      </Stack>
    </TreeEditContext.Provider>
  );
}
