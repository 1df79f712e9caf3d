/**
 * "Follow today" (今日のフォロー) — the first screen a CSM sees: their customer accounts ranked
 * by risk × ARR × renewal proximity plus late work, each with its reasons in one line. A manager
 * switches between members; the member lives in the URL (?member=).
 */
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChecklist, IconSun } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { todayApi, todayKeys, type TodayList } from '../../api/today';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { useSession } from '../../session/use-session';
import { CsvButton } from '../revenue/CsvButton';
import { BandBadge } from '../health/BandBadge';
import { RankingHelp } from './RankingHelp';
import { reasonLine } from './reason-line';

const MANAGERS = new Set(['admin', 'manager']);

function Tile({ label, value, color, to, testId }: { label: string; value: string; color?: string; to?: string; testId: string }) {
  const body = (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz={22} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Text>
    </Paper>
  );
  return to ? <Anchor component={Link} to={to} underline="never" c="inherit">{body}</Anchor> : body;
}

function Tiles({ data }: { data: TodayList }) {
  const { t } = useTranslation();
  const format = useFormat();
  const red = data.items.filter((i) => i.healthBand === 'red').length;
  const arr = data.items.reduce((s, i) => s + i.arr, 0);
  const mine = data.member !== null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md" spacing="sm">
      <Tile testId="tile-accounts" label={t('today.tiles.accounts')} value={format.number(data.items.length)} />
      <Tile testId="tile-red" label={t('today.tiles.red')} value={format.number(red)} color={red > 0 ? 'red' : undefined} />
      <Tile testId="tile-arr" label={t('today.tiles.arr')} value={format.moneyCompact(arr, data.currency)} />
      <Tile testId="tile-overdue" label={t('today.tiles.overdueTasks')} value={format.number(data.tasks.overdue)}
        color={data.tasks.overdue > 0 ? 'red' : undefined} to={mine ? `/tasks?assignee=${data.member!.userId}` : undefined} />
      <Tile testId="tile-due-today" label={t('today.tiles.dueToday')} value={format.number(data.tasks.today)}
        to={mine ? `/tasks?assignee=${data.member!.userId}` : undefined} />
    </SimpleGrid>
  );
}

function EmptyState({ self }: { self: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" data-testid="today-empty">
      <Stack align="center" gap="xs">
        <IconSun size={30} color="var(--mantine-color-gray-5)" />
        <Text fw={600}>{t(self ? 'today.empty.title' : 'today.empty.titleOther')}</Text>
        <Text size="sm" c="dimmed" ta="center" maw={520}>{t('today.empty.body')}</Text>
        <Group mt="xs">
          <Button component={Link} to="/accounts" variant="light">{t('today.empty.accounts')}</Button>
          <Button component={Link} to="/tasks" variant="default" leftSection={<IconChecklist size={16} />}>{t('today.empty.tasks')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function TodayPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const member = params.get('member') ?? 'me';
  const list = useQuery({ queryKey: todayKeys.list(member), queryFn: () => todayApi.list(member) });
  const data = list.data;
  const self = member === 'me' || member === me.user.id;
  const canSwitch = MANAGERS.has(me.role);
  const money = (minor: number) => format.moneyCompact(minor, data?.currency ?? 'JPY');
  const options = (data?.members ?? []).map((m) => ({ value: m.userId, label: t('today.memberOption', { name: m.name, count: m.accounts }) }));
  if (data?.member && !options.some((o) => o.value === data.member!.userId)) options.unshift({ value: data.member.userId, label: data.member.name });

  return (
    <>
      <PageHeader
        title={t('today.title')}
        subtitle={data?.member ? t(self ? 'today.subtitleSelf' : 'today.subtitleOther', { name: data.member.name, date: format.dateLong(data.today) }) : t('today.subtitle')}
        actions={(
          <>
            {canSwitch && (
              <Select size="xs" w={240} searchable aria-label={t('today.member')} placeholder={t('today.member')} data-testid="member-switch"
                data={options} value={data?.member?.userId ?? null} allowDeselect={false}
                onChange={(v) => setParams(v && v !== me.user.id ? { member: v } : {}, { replace: true })} />
            )}
            <RankingHelp />
            {data && data.items.length > 0 && <CsvButton href={todayApi.csvUrl(member)} fileName={`follow-today-${data.today}.csv`} />}
          </>
        )}
      />
      {list.isPending ? <Paper><TableSkeleton /></Paper>
        : list.isError ? <Paper><QueryError error={list.error} onRetry={() => void list.refetch()} /></Paper>
          : data && (
            <>
              <Tiles data={data} />
              {data.items.length === 0 ? <EmptyState self={self} /> : (
                <Paper withBorder radius="md">
                  <Table.ScrollContainer minWidth={760}>
                    <Table highlightOnHover verticalSpacing="sm" data-testid="today-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th w={64} style={{ whiteSpace: 'nowrap' }}>{t('today.table.rank')}</Table.Th>
                          <Table.Th>{t('today.table.account')}</Table.Th>
                          <Table.Th>{t('today.table.reasons')}</Table.Th>
                          <Table.Th ta="right">{t('today.table.priority')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.items.map((item) => (
                          <Table.Tr key={item.accountId} data-testid="today-row" style={{ cursor: 'pointer' }}
                            onClick={() => void navigate(`/accounts/${item.accountId}`)}>
                            <Table.Td><Text fw={700} c={item.rank <= 3 ? 'red.7' : undefined}>{item.rank}</Text></Table.Td>
                            <Table.Td>
                              <Group gap="xs" wrap="nowrap">
                                <BandBadge band={item.healthBand} size="xs" />
                                <Anchor component={Link} to={`/accounts/${item.accountId}`} fw={600} onClick={(e) => e.stopPropagation()}>{item.name}</Anchor>
                              </Group>
                            </Table.Td>
                            <Table.Td><Text size="sm" data-testid="today-reasons">{reasonLine(item.reasons, t, money)}</Text></Table.Td>
                            <Table.Td ta="right"><Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>{format.number(Math.round(item.priority))}</Text></Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              )}
            </>
          )}
    </>
  );
}
