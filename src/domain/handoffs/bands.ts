/**
 * Completeness bands for the handoff report: under 50 (insufficient), 50–79 (partial), 80 and
 * above (sufficient). HiCustomer 2023 split companies by whether CS found handoffs sufficient;
 * Kizuna has a score instead, so it draws the line for "sufficient" at 80 — most of every
 * section filled, including the three sections CS most often lacks — and calls a handoff
 * missing half its content insufficient.
 */
export const COMPLETENESS_BANDS = ['low', 'medium', 'high'] as const;
export type CompletenessBand = (typeof COMPLETENESS_BANDS)[number];

export const BAND_EDGES = { medium: 50, high: 80 } as const;

export function completenessBand(score: number): CompletenessBand {
  if (score >= BAND_EDGES.high) return 'high';
  if (score >= BAND_EDGES.medium) return 'medium';
  return 'low';
}

/** The band's score range, both ends inclusive. */
export function bandRange(band: CompletenessBand): { min: number; max: number } {
  if (band === 'high') return { min: BAND_EDGES.high, max: 100 };
  if (band === 'medium') return { min: BAND_EDGES.medium, max: BAND_EDGES.high - 1 };
  return { min: 0, max: BAND_EDGES.medium - 1 };
}
