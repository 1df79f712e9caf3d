/**
 * The one colour of each health band, from the Mantine theme, for badges, bars and charts alike,
 * so red, yellow and green mean the same thing on every screen.
 */
import type { MantineColor, MantineTheme } from '@mantine/core';
import type { Band } from '../../../../domain/health/scorecard';

export const BAND_COLORS: Record<Band, MantineColor> = { red: 'red', yellow: 'yellow', green: 'green' };

/** The colour of a band as a hex string (charts need hex); shade 6 reads on white, lighter shades fill areas. */
export function bandHex(theme: MantineTheme, band: Band, shade = 6): string {
  return theme.colors[BAND_COLORS[band]]?.[shade] ?? '#868e96';
}

/** The band a number of points (0–100) falls in, by a scorecard's thresholds. */
export function bandOfPoints(points: number, bands: { red: number; green: number }): Band {
  if (points < bands.red) return 'red';
  if (points >= bands.green) return 'green';
  return 'yellow';
}
