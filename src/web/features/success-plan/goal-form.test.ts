import { describe, expect, it } from 'vitest';
import { goalFormValues, missingFields, toGoalInput } from './goal-form';

describe('goal form', () => {
  it('turns a hand-entered goal into the API shape with its first value and blank text as null', () => {
    const values = { ...goalFormValues(null, { ownerId: 'u1' }), title: ' 作成時間の短縮 ', metric: '作成時間', baseline: 40, target: 10, current: 32 } as const;
    expect(toGoalInput(values, true)).toMatchObject({
      title: '作成時間の短縮', unit: null, baseline: 40, target: 10, current: 32, binding: null, ownerId: 'u1', customerOwnerName: null,
    });
  });

  it('sends a binding instead of a value when the goal follows a measure', () => {
    const values = { ...goalFormValues(null), title: 'a', metric: 'b', baseline: 0, target: 50, current: 5, tracking: 'usage_events', event: ' Report Exported ', windowDays: 7 } as const;
    const input = toGoalInput(values, true);
    expect(input.binding).toEqual({ type: 'usage_events', event: 'Report Exported', windowDays: 7 });
    expect(input).not.toHaveProperty('current');
  });

  it('names what is missing before sending', () => {
    expect(missingFields(goalFormValues(null))).toEqual(['title', 'metric', 'baseline', 'target']);
  });
});
