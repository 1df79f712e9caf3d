import { describe, expect, it } from 'vitest';
import { computeScore } from '../../../../domain/health/compute-score';
import { defaultScorecardDefinition } from '../../../../domain/health/default-scorecard';
import { breakdownRows, topShortfalls } from './breakdown-rows';

// The default scorecard (domain/health/default-scorecard.ts) with sentiment, renewal and two
// engagement measures present; NPS and the active ratio have no data.
const definition = defaultScorecardDefinition('en');
const result = computeScore(definition, {
  logins: null, active_ratio: null, breadth: 4, usage_trend: -50, sentiment: 5, nps: null, renewal: 60,
});

describe('the health breakdown', () => {
  it('heads each group with its score and lists its measures in the scorecard order', () => {
    const rows = breakdownRows(definition, result);
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.label}` : r.measure.id))).toEqual([
      '# Engagement', 'logins', 'active_ratio', 'breadth', 'usage_trend',
      '# Relationship', 'sentiment', 'nps', 'renewal',
    ]);
    // Engagement: breadth 70 pts (threshold step 4) weight 20, trend 0 pts (range −50…20 at −50) weight 25:
    // (70×20 + 0×25) / 45 = 31.1. Relationship: sentiment 100 (range 1…5 at 5) weight 50, renewal 50 (range 0…120 at 60) weight 20:
    // (100×50 + 50×20) / 70 = 85.7.
    expect(rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.score : null))).toEqual([31.1, 85.7]);
    const logins = rows.find((r) => r.kind === 'measure' && r.measure.id === 'logins');
    expect(logins?.kind === 'measure' && logins.measure.points).toBeNull();
    expect(logins?.kind === 'measure' && logins.source).toEqual({ type: 'logins', windowDays: 30 });
  });

  it('lists measures flat when the scorecard is not at hand', () => {
    const rows = breakdownRows(undefined, result);
    expect(rows.every((r) => r.kind === 'measure' && r.source === undefined)).toBe(true);
    expect(rows).toHaveLength(7);
  });

  it('keeps a measure the scorecard version no longer has instead of dropping it', () => {
    const extra = { ...result.measures[0]!, id: 'retired', label: 'Retired measure' };
    const rows = breakdownRows(definition, { ...result, measures: [...result.measures, extra] });
    expect(rows.at(-1)).toMatchObject({ kind: 'measure', measure: { id: 'retired' } });
  });

  it('names the three measures costing the most points, worst first, skipping measures without data', () => {
    // Shares of the score: engagement 70%, relationship 30% (weights 70:30).
    // usage_trend: 0 pts × (0.7 × 25/45 = 0.389) → shortfall 38.9; breadth: 30 × (0.7 × 20/45 = 0.311) = 9.3;
    // renewal: 50 × (0.3 × 20/70 = 0.086) = 4.3; sentiment is at 100 and costs nothing.
    const worst = topShortfalls(result);
    expect(worst.map((m) => m.id)).toEqual(['usage_trend', 'breadth', 'renewal']);
    expect(worst.map((m) => Math.round(m.shortfall * 10) / 10)).toEqual([38.9, 9.3, 4.3]);
  });
});
