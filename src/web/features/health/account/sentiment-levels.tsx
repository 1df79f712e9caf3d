/** The 1–5 CSM sentiment levels: a face, a word (accountHealth.sentiment.levels.N) and the band colour it leans to. */
import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import type { MantineColor } from '@mantine/core';
import { BAND_COLORS } from './band-colors';

/** The 1–5 sentiment levels, worst first. */
export const SENTIMENT_VALUES = [1, 2, 3, 4, 5] as const;

export const SENTIMENT_ICONS = { 1: IconMoodCry, 2: IconMoodSad, 3: IconMoodEmpty, 4: IconMoodSmile, 5: IconMoodHappy } as const;

/** The face of a level: crying at 1 through happy at 5. */
export function SentimentFace({ value, size, color }: { value: number; size: number; color?: string }) {
  const Icon = SENTIMENT_ICONS[Math.min(5, Math.max(1, Math.round(value))) as keyof typeof SENTIMENT_ICONS];
  return <Icon size={size} stroke={1.6} color={color} aria-hidden />;
}

/** 1–2 lean red, 3 yellow, 4–5 green: the same colours as the health bands. */
export function sentimentColor(value: number): MantineColor {
  return value <= 2 ? BAND_COLORS.red : value === 3 ? BAND_COLORS.yellow : BAND_COLORS.green;
}
