/** A titled panel for one chart or table, with the metric's definition on hover and optional controls. */
import type { ReactNode } from 'react';
import { Group, Paper, Text } from '@mantine/core';
import { MetricHelp } from './MetricHelp';

interface Props {
  title: string;
  metric?: string;
  controls?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function ChartCard({ title, metric, controls, children, testId }: Props) {
  const heading = <Text fw={600} size="sm">{title}</Text>;
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap" gap="xs">
        {metric ? <MetricHelp metric={metric}>{heading}</MetricHelp> : heading}
        {controls && <Group gap="xs" wrap="nowrap">{controls}</Group>}
      </Group>
      {children}
    </Paper>
  );
}
