/** A table header that sorts by its column: first click ascending, second descending. */
import type { ReactNode } from 'react';
import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { AccountSort } from '../../api/types';

interface Props {
  column: 'name' | 'mrr' | 'renewal' | 'health';
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
  children: ReactNode;
  align?: 'left' | 'right';
  w?: number;
}

export function SortHeader({ column, sort, onSort, children, align = 'left', w }: Props) {
  const active = sort === column || sort === `-${column}`;
  const descending = sort === `-${column}`;
  const Icon = !active ? IconSelector : descending ? IconArrowDown : IconArrowUp;
  const next = (active && !descending ? `-${column}` : column) as AccountSort;
  return (
    <Table.Th w={w} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(next)} w="100%">
        <Group gap={4} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
          <span style={{ whiteSpace: 'nowrap' }}>{children}</span>
          <Icon size={14} stroke={1.6} color={active ? 'var(--mantine-color-ai-7)' : 'var(--mantine-color-gray-5)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
