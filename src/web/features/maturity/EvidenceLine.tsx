/**
 * One piece of evidence from Kizuna's data: a share of customers, a count or an average, or
 * "not measured yet" for practices Kizuna does not record yet — never a made-up figure.
 */
import { Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconDatabase, IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../domain/maturity/evidence';
import { useLocale } from '../../lib/use-format';

export function EvidenceLine({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tag = locale === 'ja' ? 'ja-JP' : 'en-US';
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  let value: string;
  switch (item.kind) {
    case 'share':
      value = item.value === null ? t(item.key === 'goals_measured' ? 'maturity.evidence.noGoals' : 'maturity.evidence.noCustomers')
        : t('maturity.evidence.shareValue', { percent: percent.format(item.value), numerator: item.numerator, denominator: item.denominator });
      break;
    case 'count':
      value = t('maturity.evidence.countValue', { count: item.value });
      break;
    case 'average':
      value = item.value === null ? t('maturity.evidence.noCustomers') : decimal.format(item.value);
      break;
    case 'not_measured':
      value = t('maturity.evidence.notMeasured');
      break;
  }
  const measured = item.kind !== 'not_measured';
  const line = (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={`evidence-${item.key}`}>
      <ThemeIcon size={18} variant="light" color={measured ? 'blue' : 'gray'} mt={1}>
        {measured ? <IconDatabase size={12} /> : <IconHourglassEmpty size={12} />}
      </ThemeIcon>
      <Text size="xs" c={measured ? undefined : 'dimmed'} lh={1.5}>
        {t(`maturity.evidence.items.${item.key}`)}: <Text span fw={600} size="xs" className="kz-num">{value}</Text>
      </Text>
    </Group>
  );
  return item.kind === 'not_measured'
    ? <Tooltip label={t(`maturity.evidence.features.${item.feature}`)} multiline w={260}>{line}</Tooltip>
    : line;
}
