/**
 * Scorecards (スコアカード) in rule order: an account is scored by the first scorecard whose
 * rule it matches, the default last. Each row shows its rule, bands, version and how many
 * accounts it scores now; managers can reorder and add scorecards.
 */
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys, type Scorecard } from '../../../api/scorecards';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { notifyError } from '../../../lib/notify';
import { useFormat } from '../../../lib/use-format';
import { useCan } from '../../../session/use-session';
import { HealthTabs } from '../HealthTabs';
import { BandsBar } from './BandsBar';
import { ruleText } from './rule-text';

export function ScorecardsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canConfigure = useCan('health.configure');
  const list = useQuery({ queryKey: healthKeys.scorecards, queryFn: healthApi.scorecards });
  // Swapping two rules' places: each takes the other's position.
  const swap = useMutation({
    mutationFn: async ([a, b]: [Scorecard, Scorecard]) => {
      await healthApi.updateScorecard(a.id, { position: b.position });
      await healthApi.updateScorecard(b.id, { position: a.position === b.position ? a.position + 1 : a.position });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (error) => notifyError(t, error),
  });
  const items = list.data?.items ?? [];
  const ordered = items.filter((s) => !s.isDefault);

  return (
    <>
      <PageHeader title={t('health.title')} subtitle={t('health.scorecards.subtitle')}
        actions={canConfigure && (
          <Button leftSection={<IconPlus size={16} />} component={Link} to="/health/scorecards/new">{t('health.scorecards.new')}</Button>
        )} />
      <HealthTabs current="scorecards" />
      <Text size="sm" c="dimmed" mb="sm" maw={760}>{t('health.scorecards.howRulesWork')}</Text>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {list.isPending ? <TableSkeleton rows={3} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={860} data-testid="scorecards-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>#</Table.Th>
                  <Table.Th>{t('health.scorecards.name')}</Table.Th>
                  <Table.Th>{t('health.scorecards.appliesTo')}</Table.Th>
                  <Table.Th w={170}>{t('health.scorecards.bands')}</Table.Th>
                  <Table.Th w={110}>{t('health.scorecards.version')}</Table.Th>
                  <Table.Th w={110} ta="right">{t('health.scorecards.accounts')}</Table.Th>
                  <Table.Th w={130}>{t('health.scorecards.updatedAt')}</Table.Th>
                  {canConfigure && <Table.Th w={80} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((card, index) => {
                  const at = ordered.indexOf(card);
                  return (
                    <Table.Tr key={card.id} className="kz-row-link" onClick={() => navigate(`/health/scorecards/${card.id}`)}>
                      <Table.Td className="kz-num" c="dimmed">{index + 1}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Anchor component={Link} to={`/health/scorecards/${card.id}`} fw={600} size="sm" c="dark" onClick={(e) => e.stopPropagation()}>
                            {card.name}
                          </Anchor>
                          {card.isDefault && <Badge color="gray" size="xs">{t('health.scorecards.default')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td><Text size="sm" c={card.isDefault ? 'dimmed' : undefined}>{ruleText(t, card.rule, card.isDefault)}</Text></Table.Td>
                      <Table.Td><BandsBar bands={card.definition.bands} /></Table.Td>
                      <Table.Td><Badge variant="outline" color="gray" size="sm">v{card.version}</Badge></Table.Td>
                      <Table.Td ta="right" className="kz-num">{t('health.scorecards.accountsCount', { count: card.accounts })}</Table.Td>
                      <Table.Td className="kz-num">{format.dayOf(card.updatedAt)}</Table.Td>
                      {canConfigure && (
                        <Table.Td onClick={(e) => e.stopPropagation()}>
                          {!card.isDefault && (
                            <Group gap={2} wrap="nowrap">
                              <Tooltip label={t('health.scorecards.moveUp')}>
                                <ActionIcon variant="subtle" color="gray" aria-label={t('health.scorecards.moveUp')} disabled={at <= 0 || swap.isPending}
                                  onClick={() => { const other = ordered[at - 1]; if (other) swap.mutate([card, other]); }}><IconArrowUp size={16} /></ActionIcon>
                              </Tooltip>
                              <Tooltip label={t('health.scorecards.moveDown')}>
                                <ActionIcon variant="subtle" color="gray" aria-label={t('health.scorecards.moveDown')} disabled={at >= ordered.length - 1 || swap.isPending}
                                  onClick={() => { const other = ordered[at + 1]; if (other) swap.mutate([card, other]); }}><IconArrowDown size={16} /></ActionIcon>
                              </Tooltip>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Paper>
      {list.data && ordered.length === 0 && (
        <Stack gap={4} mt="md" maw={760}>
          <Text size="sm" fw={600}>{t('health.scorecards.onlyDefaultTitle')}</Text>
          <Text size="sm" c="dimmed">{t('health.scorecards.onlyDefaultDescription')}</Text>
        </Stack>
      )}
    </>
  );
}
