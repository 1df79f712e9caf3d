/** Frame of the signed-out pages: brand, a card, the language switch. */
import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function AuthLayout({ title, subtitle, children, width = 420 }: { title: string; subtitle?: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center pb={64}>
        <Stack w={width} maw="calc(100vw - 32px)" gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={40} radius="md" variant="filled">
              <Text fw={700} fz={20} c="white">絆</Text>
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={700} fz="lg" className="kz-nav-brand">Kizuna</Text>
              <Text size="xs" c="dimmed">{t('brand.tagline')}</Text>
            </Stack>
          </Group>
          <Paper p="xl" shadow="xs">
            <Stack gap={4} mb="lg">
              <Title order={3} fz={20}>{title}</Title>
              {subtitle && <Text size="sm" c="dimmed">{subtitle}</Text>}
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
