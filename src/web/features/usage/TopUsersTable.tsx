/** The most active people of the account in the window: who (name, email, else the product's user id), how much, how often, last seen. */
import { Badge, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TopUser } from '../../api/usage';
import { useFormat } from '../../lib/use-format';

function Who({ user }: { user: TopUser }) {
  const { t } = useTranslation();
  const title = user.name ?? user.email ?? user.userId;
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600} lineClamp={1} ff={user.name || user.email ? undefined : 'monospace'}>{title}</Text>
        {user.contactId && (
          <Tooltip label={t('usage.topUsers.contactHint')} withinPortal>
            <Badge size="xs" color="gray">{t('usage.topUsers.contact')}</Badge>
          </Tooltip>
        )}
      </Group>
      {user.name && user.email && <Text size="xs" c="dimmed" lineClamp={1}>{user.email}</Text>}
      {(user.name || user.email) && <Text size="xs" c="dimmed" ff="monospace" lineClamp={1}>{user.userId}</Text>}
    </Stack>
  );
}

export function TopUsersTable({ users }: { users: TopUser[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper p={0} h="100%" data-testid="usage-top-users">
      <Text fw={600} size="sm" p="md" pb="xs">{t('usage.topUsers.title')}</Text>
      {users.length === 0 ? <Text size="sm" c="dimmed" px="md" pb="md">{t('usage.topUsers.none')}</Text> : (
        <div className="kz-table-wrap">
          <Table fz="sm" miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('usage.topUsers.user')}</Table.Th>
                <Table.Th ta="right" w={100} style={{ whiteSpace: 'nowrap' }}>{t('usage.topUsers.events')}</Table.Th>
                <Table.Th ta="right" w={100} style={{ whiteSpace: 'nowrap' }}>{t('usage.topUsers.activeDays')}</Table.Th>
                <Table.Th w={130} style={{ whiteSpace: 'nowrap' }}>{t('usage.topUsers.lastSeen')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.userId} data-testid="top-user">
                  <Table.Td><Who user={u} /></Table.Td>
                  <Table.Td ta="right" className="kz-num">{format.number(u.events)}</Table.Td>
                  <Table.Td ta="right" className="kz-num">{t('usage.topUsers.days', { count: u.activeDays, n: format.number(u.activeDays) })}</Table.Td>
                  <Table.Td className="kz-num">{format.date(u.lastSeenOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Paper>
  );
}
