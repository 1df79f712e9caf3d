/** The person's menu: who they are, their role, other workspaces, sign out. */
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout, IconSwitchHorizontal } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { useSession } from '../../session/use-session';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  // Japanese names read best as their first character (山田 花子 → 山).
  if ([...name].some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f)) return name.trim().charAt(0);
  return parts.slice(0, 2).map((p) => p.charAt(0).toUpperCase()).join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    try {
      await api.signOut();
    } finally {
      queryClient.clear();
      navigate('/sign-in', { replace: true });
    }
  };
  const switchTo = async (workspaceId: string) => {
    try {
      await api.switchWorkspace(workspaceId);
      queryClient.clear();
      navigate('/accounts');
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="ai">{initials(me.user.name)}</Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={140}>{me.user.name}</Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">{me.user.name}</Text>
          <Text size="xs" c="dimmed">{me.user.email}</Text>
          <Text size="xs" c="dimmed">{t(`roles.${me.role}`)}</Text>
        </Menu.Label>
        {me.workspaces.length > 1 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('nav.workspaces')}</Menu.Label>
            {me.workspaces.map((w) => (
              <Menu.Item key={w.id} leftSection={w.id === me.workspace.id ? <IconCheck size={14} /> : <IconSwitchHorizontal size={14} />}
                disabled={w.id === me.workspace.id} onClick={() => void switchTo(w.id)}>
                {w.name}
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={14} />} onClick={() => void signOut()}>{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
