/**
 * Where a KPI stands on the published figures: the survey band it falls in, and each reference
 * value with better / worse, the source and year named once per source.
 */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkFigure } from '../../api/metrics';
import { useLocale } from '../../lib/use-format';
import { formatRate } from '../revenue/metric-format';
import { bandPlacements, referencesBySource } from './executive-reading';

const STANDING_COLOR = { better: 'teal', worse: 'red', equal: 'gray' } as const;

export function BenchmarkLines({ figure }: { figure: BenchmarkFigure | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rate = (v: number | null | undefined) => formatRate(v, locale);
  const source = (s: { name: { ja: string; en: string }; year: number }) => (
    <Text size="xs" c="dimmed" lh={1.35}>{t('revenue.source', { name: s.name[locale], year: s.year })}</Text>
  );
  return (
    <Stack gap={6} data-testid="exec-kpi-benchmarks">
      {bandPlacements(figure).map((p) => (
        <div key={`${p.sourceName.en}-${p.label.en}`}>
          <Text size="xs">
            {p.share === null ? t('executive.placedInBand', { band: p.label[locale] }) : t('executive.placedIn', { band: p.label[locale], share: rate(p.share) })}
            {p.mostCommon ? ` ${t('executive.mostCommon')}` : ''}
          </Text>
          {source({ name: p.sourceName, year: p.year })}
        </div>
      ))}
      {referencesBySource(figure).map((group) => (
        <div key={group.source.id}>
          {group.items.map((c, i) => (
            <Group key={i} gap={6} wrap="nowrap" justify="space-between">
              <Text size="xs">{c.label?.[locale] ?? t('revenue.benchmark.reference')}: <b className="kz-num">{rate(c.reference)}</b></Text>
              {c.standing && <Badge size="xs" variant="light" color={STANDING_COLOR[c.standing]} style={{ flexShrink: 0 }}>{t(`revenue.benchmark.${c.standing}`)}</Badge>}
            </Group>
          ))}
          {source(group.source)}
        </div>
      ))}
    </Stack>
  );
}
