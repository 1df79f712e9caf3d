/** An account's health at a glance: the score in its band's colour, the band named on hover. */
import { Badge, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../../domain/health/scorecard';
import { useLocale } from '../../../lib/use-format';
import { BAND_COLORS } from './band-colors';
import { formatScore } from './health-format';

interface Props {
  health: { score: number | null; band: Band | null } | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

export function HealthBadge({ health, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!health || health.score === null || health.band === null) {
    return <Text span size="sm" c="dimmed" data-testid="health-badge" data-band="none">{t('accountHealth.notScored')}</Text>;
  }
  const label = t(`accountHealth.band.${health.band}`);
  return (
    <Tooltip label={label} withinPortal>
      <Badge color={BAND_COLORS[health.band]} size={size} variant="light" className="kz-num" data-testid="health-badge"
        data-band={health.band} aria-label={`${formatScore(health.score, locale)} ${label}`}
        leftSection={<span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: `var(--mantine-color-${BAND_COLORS[health.band]}-6)`, display: 'inline-block' }} />}>
        {formatScore(health.score, locale)}
      </Badge>
    </Tooltip>
  );
}
