/** A full-page notice for a link that cannot be answered: unknown, not open yet, or closed. */
import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClockPause, IconLinkOff, IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';

export type NoticeKind = 'notFound' | 'notOpen' | 'closed';

const ICONS = { notFound: IconLinkOff, notOpen: IconClockPause, closed: IconLock } as const;

export function LinkNotice({ kind, t }: { kind: NoticeKind; t: TFunction }) {
  const Icon = ICONS[kind];
  return (
    <Center mih="80vh" p="md">
      <Paper withBorder radius="md" p="xl" maw={480} w="100%" data-testid={`survey-${kind}`}>
        <Stack align="center" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray"><Icon size={26} /></ThemeIcon>
          <Title order={2} fz={20} ta="center">{t(`surveyAnswer.${kind}.title`)}</Title>
          <Text size="sm" c="dimmed" ta="center">{t(`surveyAnswer.${kind}.body`)}</Text>
        </Stack>
      </Paper>
    </Center>
  );
}
