/** Draft problems in words, under the part of the editor they belong to. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftProblem } from './draft-problems';

export function ProblemList({ problems }: { problems: readonly DraftProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Stack gap={2} mt={4} data-testid="draft-problems">
      {problems.map((p) => <Text key={`${p.path}-${p.code}`} size="xs" c="red">{t(`health.problems.${p.code}`)}</Text>)}
    </Stack>
  );
}
