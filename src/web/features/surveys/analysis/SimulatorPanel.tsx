/**
 * What-if: two sliders — the consultation rate among customers with trouble and the share of consultations handled
 * above expectations — recompute the leaf shares, the overall churn risk and the ARR at risk in the browser
 * (domain/surveys/simulate.ts), against today's, as the sliders move.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Slider, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CX_LEAVES } from '../../../../domain/surveys/definition';
import { simulate } from '../../../../domain/surveys/simulate';
import type { ChurnRiskReport } from '../../../api/survey-analysis';
import { useFormat } from '../../../lib/use-format';
import { Figure } from './ChurnRiskPanel';
import { pct, signed } from './cx-format';

export function SimulatorPanel({ report }: { report: ChurnRiskReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { baseline, current } = report.simulation;
  const start = { consultRate: current.consultRate ?? 0, aboveShare: current.aboveShare ?? 0 };
  // Today's exact rates (not rounded to a whole percent), so the sliders start at exactly today's figures.
  const [consult, setConsult] = useState(start.consultRate * 100);
  const [above, setAbove] = useState(start.aboveShare * 100);
  const today = useMemo(() => simulate(baseline, start), [baseline, start.consultRate, start.aboveShare]); // eslint-disable-line react-hooks/exhaustive-deps
  const next = useMemo(() => simulate(baseline, { consultRate: consult / 100, aboveShare: above / 100 }), [baseline, consult, above]);
  if (current.consultRate === null) {
    return <Paper withBorder radius="md" p="md"><Title order={4} fz="md" mb="xs">{t('cx.sim.title')}</Title><Text size="sm" c="dimmed">{t('cx.sim.noTrouble')}</Text></Paper>;
  }
  const money = (x: number) => format.money(Math.round(x), report.currency);
  const arrDelta = next.arrAtRisk - today.arrAtRisk;
  const marks = (value: number | null) => (value === null ? [] : [{ value: value * 100, label: t('cx.sim.today') }]);
  return (
    <Paper withBorder radius="md" p="md" data-testid="cx-simulator">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4} fz="md">{t('cx.sim.title')}</Title>
          <Button size="xs" variant="subtle" onClick={() => { setConsult(start.consultRate * 100); setAbove(start.aboveShare * 100); }}>
            {t('cx.sim.reset')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <div>
            <Text size="sm" fw={600}>{t('cx.sim.consultRate')}: {Math.round(consult)}%</Text>
            <Slider value={consult} onChange={setConsult} min={0} max={100} step={1} marks={marks(current.consultRate)} mb="lg"
              label={(v) => `${Math.round(v)}%`} aria-label={t('cx.sim.consultRate')} data-testid="cx-slider-consult" />
          </div>
          <div>
            <Text size="sm" fw={600}>{t('cx.sim.aboveShare')}: {Math.round(above)}%</Text>
            <Slider value={above} onChange={setAbove} min={0} max={100} step={1} marks={marks(current.aboveShare)} mb="lg"
              label={(v) => `${Math.round(v)}%`} aria-label={t('cx.sim.aboveShare')} data-testid="cx-slider-above" />
          </div>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Figure label={t('cx.risk.overall')} value={`${pct(today.risk)} → ${pct(next.risk)}`} testId="cx-sim-risk"
            hint={t('cx.sim.points', { delta: signed(((next.risk ?? 0) - (today.risk ?? 0)) * 100, 1) })} />
          <Figure label={t('cx.risk.arrAtRisk')} value={`${money(today.arrAtRisk)} → ${money(next.arrAtRisk)}`} testId="cx-sim-arr"
            hint={t(arrDelta <= 0 ? 'cx.sim.saved' : 'cx.sim.added', { amount: money(Math.abs(arrDelta)) })} />
        </SimpleGrid>
        <Table fz="sm" verticalSpacing={2} data-testid="cx-sim-shares">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('cx.sim.leaf')}</Table.Th><Table.Th ta="right">{t('cx.sim.shareToday')}</Table.Th>
            <Table.Th ta="right">{t('cx.sim.shareThen')}</Table.Th><Table.Th ta="right">{t('cx.sim.leafRisk')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>{CX_LEAVES.map((leaf) => (
            <Table.Tr key={leaf}>
              <Table.Td>{t(`cx.leaf.${leaf}`)}</Table.Td><Table.Td ta="right">{pct(today.shares[leaf])}</Table.Td>
              <Table.Td ta="right" fw={600}>{pct(next.shares[leaf])}</Table.Td>
              <Table.Td ta="right">{pct(baseline.leaves.find((l) => l.leaf === leaf)?.risk ?? null)}</Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
        {next.assumedLeaves.length > 0 && (
          <Alert variant="light" color="yellow" p="xs">{t('cx.sim.assumed', { leaves: next.assumedLeaves.map((l) => t(`cx.leaf.${l}`)).join('、') })}</Alert>
        )}
        <Text size="xs" c="dimmed">{t(report.weighting === 'arr' ? 'cx.sim.howArr' : 'cx.sim.howAccounts')}</Text>
      </Stack>
    </Paper>
  );
}
