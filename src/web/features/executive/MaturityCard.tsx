/**
 * The latest CS maturity self-assessment (8 axes, 800 points) with its date and the change
 * since the one before; without one, what to do next and the way there.
 */
import { Anchor, Button, Paper, Progress, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ExecutiveSummary } from '../../api/executive';
import { useFormat } from '../../lib/use-format';
import { MATURITY_INDEX_2018 } from '../../../domain/benchmarks/published-figures';

export function MaturityCard({ maturity }: { maturity: ExecutiveSummary['maturity'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { latest, previous, max } = maturity;
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="exec-maturity" className="kz-exec-avoid-break">
      <Text size="sm" fw={600} mb={6}>{t('executive.maturity.title')}</Text>
      {latest ? (
        <>
          <Text fz={28} fw={700} className="kz-num" data-testid="exec-maturity-total">
            {format.number(latest.total)}<Text span c="dimmed" fz="md"> / {format.number(max)}</Text>
          </Text>
          <Progress value={(latest.total / max) * 100} size="sm" radius="xl" my={6} aria-hidden />
          <Text size="xs" c="dimmed">{t('executive.maturity.assessedOn', { date: format.date(latest.assessedOn) })}</Text>
          {previous && (
            <Text size="xs" c={latest.total > previous.total ? 'teal' : latest.total < previous.total ? 'red' : 'dimmed'}>
              {t('executive.maturity.vsPrevious', {
                change: `${latest.total - previous.total > 0 ? '+' : ''}${format.number(latest.total - previous.total)}`, date: format.date(previous.assessedOn),
              })}
            </Text>
          )}
          {MATURITY_INDEX_2018.averages.map((a) => (
            <Text key={a.key} size="xs" mt={2}>
              {a.label[format.locale]}: <b className="kz-num">{format.number(a.value)}</b>
              {latest.total !== a.value && (
                <Text span size="xs" c={latest.total > a.value ? 'teal' : 'red'}> ({latest.total > a.value ? '+' : ''}{format.number(latest.total - a.value)})</Text>
              )}
            </Text>
          ))}
          <Text size="xs" c="dimmed">{t('revenue.source', { name: MATURITY_INDEX_2018.source.name[format.locale], year: MATURITY_INDEX_2018.source.year })}</Text>
          <Anchor component={Link} to="/maturity" size="xs" mt={6} display="inline-block" data-print="hide">{t('executive.maturity.open')}</Anchor>
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm" data-testid="exec-maturity-none">{t('executive.maturity.none')}</Text>
          <Button component={Link} to="/maturity" size="xs" variant="light" data-print="hide">{t('executive.maturity.start')}</Button>
        </>
      )}
    </Paper>
  );
}
