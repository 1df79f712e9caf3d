import { describe, expect, it } from 'vitest';
import { assignScorecard } from './assign-scorecard.js';

const cards = [
  { id: 'default', position: 1000, isDefault: true, rule: { conditions: [] } },
  { id: 'ent-jp', position: 20, isDefault: false, rule: { conditions: [{ field: 'plan' as const, values: ['Enterprise'] }, { field: 'region' as const, values: ['JP'] }] } },
  { id: 'ent', position: 10, isDefault: false, rule: { conditions: [{ field: 'plan' as const, values: ['Enterprise'] }] } },
  { id: 'onboarding', position: 30, isDefault: false, rule: { conditions: [{ field: 'phase' as const, values: ['onboarding'] }] } },
];

describe('assignScorecard', () => {
  it('takes the first matching rule by position, else the default', () => {
    expect(assignScorecard(cards, { plan: 'Enterprise', region: 'JP' })?.id).toBe('ent');
    expect(assignScorecard(cards, { plan: 'Pro', phase: 'onboarding' })?.id).toBe('onboarding');
    expect(assignScorecard(cards, { plan: 'Pro', phase: null })?.id).toBe('default');
  });
});
