/** The app shell: header (workspace, language, user menu), navbar, and the current screen. */
import { Suspense } from 'react';
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingSkyscraper, IconChartBar, IconFileImport, IconHeartbeat, IconSettings } from '@tabler/icons-react';
import { IconChecklist, IconSun } from '@tabler/icons-react';
import { IconSitemap } from '@tabler/icons-react';
import { IconPresentationAnalytics } from '@tabler/icons-react';
import { IconTarget } from '@tabler/icons-react';
import { IconRadar } from '@tabler/icons-react';
import { IconStairs } from '@tabler/icons-react';
import { IconRoute } from '@tabler/icons-react';
import { IconTransfer } from '@tabler/icons-react';
import { IconBolt, IconMessageQuestion, IconSpeakerphone } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useSession } from '../../session/use-session';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { NotificationBell } from '../notifications/NotificationBell';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const reads = me.permissions.includes('data.read');
  // Grouped as a CS team works: the day's work, running the journey, and the numbers for leaders.
  const sections = [
    { key: 'daily', links: [
      { to: '/today', label: t('today.nav'), icon: IconSun, show: reads },
      { to: '/tasks', label: t('tasks.nav'), icon: IconChecklist, show: reads },
      { to: '/accounts', label: t('nav.accounts'), icon: IconBuildingSkyscraper, show: true },
    ] },
    { key: 'journey', links: [
      { to: '/health', label: t('health.nav'), icon: IconHeartbeat, show: reads },
      { to: '/touch-model', label: t('touchModel.nav'), icon: IconStairs, show: reads },
      { to: '/phases', label: t('phases.nav'), icon: IconRoute, show: reads },
      { to: '/playbooks', label: t('playbooks.nav'), icon: IconBolt, show: reads },
      { to: '/handoffs', label: t('handoffs.nav'), icon: IconTransfer, show: reads },
      { to: '/surveys', label: t('nav.surveys'), icon: IconMessageQuestion, show: reads },
      { to: '/success-plans', label: t('successPlan.nav'), icon: IconTarget, show: reads },
      { to: '/stakeholders', label: t('stakeholders.nav'), icon: IconSitemap, show: reads },
    ] },
    { key: 'insight', links: [
      { to: '/revenue', label: t('nav.revenue'), icon: IconChartBar, show: reads },
      { to: '/executive', label: t('executive.nav'), icon: IconPresentationAnalytics, show: reads },
      { to: '/voc', label: t('nav.voc'), icon: IconSpeakerphone, show: reads },
      { to: '/maturity', label: t('maturity.nav'), icon: IconRadar, show: reads },
    ] },
    { key: 'setup', links: [
      { to: '/import', label: t('nav.import'), icon: IconFileImport, show: me.permissions.includes('import.run') },
      { to: '/settings', label: t('nav.settings'), icon: IconSettings, show: true },
    ] },
  ].map((section) => ({ ...section, links: section.links.filter((l) => l.show) })).filter((section) => section.links.length > 0);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <ThemeIcon size={30} radius="md" variant="filled"><Text fw={700} fz={15} c="white">絆</Text></ThemeIcon>
            <Text fw={700} className="kz-nav-brand" visibleFrom="xs">Kizuna</Text>
            <Text c="dimmed" visibleFrom="xs">/</Text>
            <Text fw={600} truncate maw={280} data-testid="workspace-name">{me.workspace.name}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          {sections.map((section, index) => (
            <nav key={section.key} aria-label={t(`nav.sections.${section.key}`)}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt={index === 0 ? 0 : 'md'} mb={4}>{t(`nav.sections.${section.key}`)}</Text>
              {section.links.map((link) => (
                <NavLink
                  key={link.to}
                  component={Link}
                  to={link.to}
                  label={link.label}
                  leftSection={<link.icon size={18} stroke={1.6} />}
                  active={location.pathname.startsWith(link.to)}
                  onClick={close}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  mb={2}
                />
              ))}
            </nav>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="xs">{t('nav.version', { version: '0.1' })}</Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<TableSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
