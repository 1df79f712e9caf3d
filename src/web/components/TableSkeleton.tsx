/** Placeholder rows while a table loads, so the layout does not jump. */
import { Skeleton, Stack } from '@mantine/core';

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap={10} p="md" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => <Skeleton key={i} height={22} radius="sm" />)}
    </Stack>
  );
}
