/** A health band as a coloured badge, optionally with its score; "no score" in grey. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../domain/health/scorecard';
import { BAND_MANTINE } from './band-colors';

interface Props {
  band: Band | null;
  score?: number | null;
  size?: 'xs' | 'sm' | 'md';
}

export function BandBadge({ band, score, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const label = t(`health.band.${band ?? 'none'}`);
  return (
    <Badge color={BAND_MANTINE[band ?? 'none']} size={size} variant={band ? 'filled' : 'light'} data-band={band ?? 'none'}
      styles={{ label: { fontVariantNumeric: 'tabular-nums' } }}>
      {score === undefined || score === null ? label : `${label} ${Math.round(score)}`}
    </Badge>
  );
}
