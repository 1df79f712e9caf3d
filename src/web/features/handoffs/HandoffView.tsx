/** The handoff as CS reads it: every section, with what sales left empty said plainly. */
import type { ReactNode } from 'react';
import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandoffContent, HandoffSection } from '../../../domain/handoffs/content';
import { useFormat } from '../../lib/use-format';

function Section({ section, children }: { section: HandoffSection; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" data-testid={`view-${section}`}>
      <Title order={4} fz="md" mb="xs">{t(`handoffs.sections.${section}`)}</Title>
      {children}
    </Card>
  );
}

function Empty() {
  const { t } = useTranslation();
  return <Text size="sm" c="dimmed">{t('handoffs.view.notFilled')}</Text>;
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{value === '' || value === null || value === undefined ? t('handoffs.view.blank') : value}</Text>
    </Stack>
  );
}

export function HandoffView({ content }: { content: HandoffContent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = content;
  const k = c.contract;
  const aside = (text: string) => (format.locale === 'ja' ? `（${text}）` : ` (${text})`);
  return (
    <Stack gap="md">
      <Section section="goals">
        {c.goals.length === 0 ? <Empty /> : (
          <Table withTableBorder={false} verticalSpacing={4}>
            <Table.Thead><Table.Tr>
              <Table.Th>{t('handoffs.fields.goal')}</Table.Th><Table.Th>{t('handoffs.fields.kpi')}</Table.Th><Table.Th>{t('handoffs.fields.target')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>{c.goals.map((g, i) => (
              <Table.Tr key={i}><Table.Td>{g.goal}</Table.Td><Table.Td>{g.kpi || '—'}</Table.Td><Table.Td>{g.target || '—'}</Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table>
        )}
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section section="decisionMaker">
          <SimpleGrid cols={2} spacing="xs">
            <Fact label={t('handoffs.fields.name')} value={c.decisionMaker.name} />
            <Fact label={t('handoffs.fields.title')} value={c.decisionMaker.title} />
          </SimpleGrid>
          <Stack mt="xs"><Fact label={t('handoffs.fields.cares')} value={c.decisionMaker.cares} /></Stack>
        </Section>
        <Section section="stakeholders">
          {c.stakeholders.length === 0 ? <Empty /> : (
            <Stack gap="xs">{c.stakeholders.map((s, i) => (
              <Stack key={i} gap={0}>
                <Text size="sm" fw={600}>{s.name}{s.role ? aside(s.role) : ''}</Text>
                <Text size="sm" c={s.notes ? undefined : 'dimmed'}>{s.notes || t('handoffs.view.noNotes')}</Text>
              </Stack>
            ))}</Stack>
          )}
        </Section>
        <Section section="contract">
          <SimpleGrid cols={2} spacing="xs">
            <Fact label={t('handoffs.fields.plan')} value={k.plan} />
            <Fact label={t('handoffs.fields.seats')} value={k.seats === null ? '' : format.number(k.seats)} />
            <Fact label={t('handoffs.fields.annualAmountShort')} value={k.annualAmount === null ? '' : format.money(k.annualAmount, k.currency ?? 'JPY')} />
            <Fact label={t('handoffs.fields.startOn')} value={k.startOn ? format.date(k.startOn) : ''} />
            <Fact label={t('handoffs.fields.renewalOn')} value={k.renewalOn ? format.date(k.renewalOn) : ''} />
          </SimpleGrid>
          {k.specialTerms && <Fact label={t('handoffs.fields.specialTerms')} value={k.specialTerms} />}
        </Section>
        <Section section="timeline">
          <Fact label={t('handoffs.fields.goLiveOn')} value={c.timeline.goLiveOn ? format.date(c.timeline.goLiveOn) : ''} />
          {c.timeline.milestones.length > 0 && (
            <List size="sm" mt="xs">{c.timeline.milestones.map((m, i) => (
              <List.Item key={i}>{m.title}{m.dueOn ? aside(format.date(m.dueOn)) : ''}</List.Item>
            ))}</List>
          )}
        </Section>
        <Section section="risks">
          {c.risks.length === 0 ? (c.noKnownRisks ? <Text size="sm">{t('handoffs.view.noKnownRisks')}</Text> : <Empty />) : (
            <List size="sm">{c.risks.map((r, i) => <List.Item key={i}>{r.risk}{r.mitigation ? ` → ${r.mitigation}` : ''}</List.Item>)}</List>
          )}
        </Section>
        <Section section="promises">
          {c.promises.length === 0 ? (c.noPromises ? <Text size="sm">{t('handoffs.view.noPromises')}</Text> : <Empty />) : (
            <List size="sm">{c.promises.map((p, i) => <List.Item key={i}>{p.promise}{p.dueOn ? aside(format.date(p.dueOn)) : ''}</List.Item>)}</List>
          )}
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
