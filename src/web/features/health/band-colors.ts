/** One colour per health band everywhere: badges (Mantine colour names) and charts (hex). */
import type { Band } from '../../../domain/health/scorecard';

export const BAND_ORDER: readonly Band[] = ['red', 'yellow', 'green'];

export const BAND_MANTINE: Record<Band | 'none', string> = { red: 'red', yellow: 'yellow', green: 'teal', none: 'gray' };

/** Mantine's red 7, yellow 6, teal 7 and gray 5: readable on white and for red–green colour blindness by lightness. */
export const BAND_HEX: Record<Band | 'none', string> = { red: '#e03131', yellow: '#fab005', green: '#0ca678', none: '#adb5bd' };
