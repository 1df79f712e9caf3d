import { describe, expect, it } from 'vitest';
import { radarOption } from './radar-option';
import type { AxisScores } from '../../../domain/maturity/types';

const scores = (n: number): AxisScores => ({ alignment: n, team: n + 1, segmentation: n + 2, playbook: n + 3, resources: n + 4, onboarding: n + 5, relationship: n + 6, outcome: n + 7 });

describe('radarOption', () => {
  it('puts every axis on a 0–100 scale and the scores in axis order', () => {
    const axes = [{ axis: 'outcome' as const, name: 'アウトカム' }, { axis: 'team' as const, name: '組織体制' }];
    const option = radarOption(axes, [{ label: '最新', scores: scores(10), color: '#1c7ed6' }]);
    expect(option.radar.indicator).toEqual([{ name: 'アウトカム', max: 100, min: 0 }, { name: '組織体制', max: 100, min: 0 }]);
    expect(option.series[0]?.data[0]?.value).toEqual([17, 11]);
  });

  it('draws the previous assessment dashed and unfilled beside the filled latest one', () => {
    const axes = [{ axis: 'team' as const, name: 'Team' }];
    const option = radarOption(axes, [
      { label: 'latest', scores: scores(50), color: '#1c7ed6' },
      { label: 'previous', scores: scores(20), color: '#868e96', previous: true },
    ]);
    const [latest, previous] = option.series[0]!.data;
    expect(latest?.areaStyle).toBeDefined();
    expect(previous?.areaStyle).toBeUndefined();
    expect(previous?.lineStyle.type).toBe('dashed');
    expect(option.legend.data).toEqual(['latest', 'previous']);
  });
});
