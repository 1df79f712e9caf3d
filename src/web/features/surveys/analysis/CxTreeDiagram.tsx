/**
 * The CX tree drawn as a tree: answers → had trouble? → consulted? → handling above / as / below expectations.
 * Branch points are small boxes; the five leaves line up on the right so their figures compare at a glance; elbow
 * lines connect them. Each leaf shows n, share, satisfaction, continuation intent and NPS with 95% intervals.
 */
import { Badge, Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CxLeaf } from '../../../../domain/surveys/definition';
import type { CxTreeReport } from '../../../api/survey-analysis';
import { useFormat } from '../../../lib/use-format';
import { estimateText, LEAF_COLORS, pct, SCALE } from './cx-format';

const LEAF_X = 600;
const LEAF_W = 330;
const LEAF_H = 100;
const NODE_W = 150;
const NODE_H = 58;
const LEAF_Y: Record<CxLeaf, number> = { no_trouble: 60, not_consulted: 175, above: 290, as: 405, below: 520 };
const NODES = {
  root: { x: 0, y: 290 },
  trouble: { x: 200, y: (LEAF_Y.not_consulted + LEAF_Y.below) / 2 },
  consulted: { x: 400, y: LEAF_Y.as },
};
const HEIGHT = LEAF_Y.below + LEAF_H / 2 + 10;

function elbow(x1: number, y1: number, x2: number, y2: number): string {
  const mid = x1 + (x2 - x1) / 2;
  return `M ${x1} ${y1} H ${mid} V ${y2} H ${x2}`;
}

export function CxTreeDiagram({ tree }: { tree: CxTreeReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const edges: Array<{ from: keyof typeof NODES; to: CxLeaf | keyof typeof NODES; label: string }> = [
    { from: 'root', to: 'no_trouble', label: t('cx.tree.edge.noTrouble') },
    { from: 'root', to: 'trouble', label: t('cx.tree.edge.trouble') },
    { from: 'trouble', to: 'not_consulted', label: t('cx.tree.edge.notConsulted') },
    { from: 'trouble', to: 'consulted', label: t('cx.tree.edge.consulted') },
    { from: 'consulted', to: 'above', label: '' }, { from: 'consulted', to: 'as', label: '' }, { from: 'consulted', to: 'below', label: '' },
  ];
  const target = (to: string) => (to in NODES ? { x: NODES[to as keyof typeof NODES].x, y: NODES[to as keyof typeof NODES].y } : { x: LEAF_X, y: LEAF_Y[to as CxLeaf] });
  const nodeBox = (key: keyof typeof NODES, title: string, detail: string) => (
    <Paper key={key} withBorder radius="sm" p={6} pos="absolute" left={NODES[key].x} top={NODES[key].y - NODE_H / 2} w={NODE_W} h={NODE_H} bg="gray.0">
      <Text size="xs" fw={600} ta="center">{title}</Text>
      <Text size="xs" c="dimmed" ta="center">{detail}</Text>
    </Paper>
  );
  const troubleTotal = tree.trouble.yes + tree.trouble.no;
  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="cx-tree">
      <Box pos="relative" w={LEAF_X + LEAF_W + 4} h={HEIGHT} style={{ minWidth: LEAF_X + LEAF_W + 4 }}>
        <svg width={LEAF_X + LEAF_W} height={HEIGHT} style={{ position: 'absolute', left: 0, top: 0 }} aria-hidden>
          {edges.map((e) => {
            const from = NODES[e.from];
            const to = target(e.to);
            return (
              <g key={`${e.from}-${e.to}`}>
                <path d={elbow(from.x + NODE_W, from.y, to.x, to.y)} fill="none" stroke="#adb5bd" strokeWidth={1.5} />
                {e.label && <text x={to.x - 8} y={to.y - 6} textAnchor="end" fontSize={11} fill="#495057">{e.label}</text>}
              </g>
            );
          })}
        </svg>
        {nodeBox('root', t('cx.tree.root'), t('cx.tree.rootDetail', { n: format.number(tree.classified) }))}
        {nodeBox('trouble', t('cx.tree.trouble'), t('cx.tree.branchDetail', { n: format.number(tree.trouble.yes), share: pct(troubleTotal ? tree.trouble.yes / troubleTotal : null, 0) }))}
        {nodeBox('consulted', t('cx.tree.consulted'), t('cx.tree.branchDetail', {
          n: format.number(tree.consulted.yes), share: pct(tree.trouble.yes ? tree.consulted.yes / tree.trouble.yes : null, 0),
        }))}
        {tree.leaves.map((leaf) => (
          <Paper key={leaf.leaf} withBorder radius="sm" p={8} pos="absolute" left={LEAF_X} top={LEAF_Y[leaf.leaf] - LEAF_H / 2} w={LEAF_W} h={LEAF_H}
            style={{ borderLeft: `4px solid var(--mantine-color-${LEAF_COLORS[leaf.leaf]}-6)` }} data-testid={`cx-leaf-${leaf.leaf}`}>
            <Stack gap={2}>
              <Group justify="space-between" wrap="nowrap" gap={4}>
                <Text size="sm" fw={700}>{t(`cx.leaf.${leaf.leaf}`)}</Text>
                <Badge size="sm" variant="light" color={LEAF_COLORS[leaf.leaf]} style={{ flexShrink: 0 }}>n = {format.number(leaf.n)} · {pct(leaf.share?.value ?? null)}</Badge>
              </Group>
              <Text size="xs">{t('cx.metric.satisfaction')}: {estimateText(leaf.satisfaction, 2, SCALE)}</Text>
              <Text size="xs">{t('cx.metric.continuation')}: {estimateText(leaf.continuation, 2, SCALE)}</Text>
              <Text size="xs">NPS: {estimateText(leaf.nps, 1)}</Text>
            </Stack>
          </Paper>
        ))}
      </Box>
    </ScrollArea>
  );
}
