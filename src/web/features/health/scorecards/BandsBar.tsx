/** A scorecard's bands as one 0–100 bar: red below `red`, yellow between, green from `green`. */
import { Box, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bands } from '../../../../domain/health/scorecard';
import { BAND_HEX } from '../band-colors';

interface Props {
  bands: Bands;
  size?: 'sm' | 'lg';
}

export function BandsBar({ bands, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const red = Math.min(100, Math.max(0, bands.red));
  const green = Math.min(100, Math.max(red, bands.green));
  const sections = [
    { band: 'red' as const, width: red },
    { band: 'yellow' as const, width: green - red },
    { band: 'green' as const, width: 100 - green },
  ];
  const large = size === 'lg';
  return (
    <Box data-testid="bands-bar" miw={large ? undefined : 120}>
      <Progress.Root size={large ? 22 : 8} radius={large ? 'md' : 'xl'} aria-label={t('health.editor.bandsSummary', { red, green })}>
        {sections.filter((s) => s.width > 0).map((s) => (
          <Progress.Section key={s.band} value={s.width} color={BAND_HEX[s.band]}>
            {large && s.width >= 12 && <Progress.Label c={s.band === 'yellow' ? 'dark' : 'white'}>{t(`health.band.${s.band}`)}</Progress.Label>}
          </Progress.Section>
        ))}
      </Progress.Root>
      <Box pos="relative" h={large ? 18 : 14} mt={large ? 4 : 2}>
        {(large ? [0, red, green, 100] : [red, green]).map((mark, i) => (
          <Text key={`${i}-${mark}`} size={large ? 'xs' : '10px'} c="dimmed" className="kz-num" pos="absolute" lh={1.4}
            style={{ left: `${mark}%`, transform: mark === 0 ? undefined : mark === 100 ? 'translateX(-100%)' : 'translateX(-50%)' }}>{mark}</Text>
        ))}
      </Box>
    </Box>
  );
}
