import { describe, expect, it } from 'vitest';
import type { BenchmarkFigure } from '../../api/metrics';
import { bandPlacements, changeOf, isGoodChange, monthChoices, monthKey, referencesBySource } from './executive-reading';

const source = { id: 's', name: { ja: '調査', en: 'Survey' }, year: 2023, region: 'JP' };

describe('executive readings', () => {
  it('reads a fall in churn as good news and a fall in NRR as bad', () => {
    expect(changeOf(0.02, 0.03)).toBeCloseTo(-0.01);
    expect(isGoodChange(-0.01, 'lower')).toBe(true);
    expect(isGoodChange(-0.01, 'higher')).toBe(false);
    expect(isGoodChange(0, 'higher')).toBeNull();
    expect(changeOf(null, 0.03)).toBeNull();
    expect(isGoodChange(null, 'higher')).toBeNull();
  });

  it('names the published band a figure falls in, and keeps the reference values apart', () => {
    const figure: BenchmarkFigure = {
      key: 'nrr_12m', value: 0.95, unit: 'rate', comparisons: [
        { kind: 'bands', source, bands: [
          { key: 'lt90', min: null, max: 0.9, share: 0.2, label: { ja: '90%未満', en: 'under 90%' }, placed: false },
          { key: '90to100', min: 0.9, max: 1, share: 0.469, mostCommon: true, label: { ja: '90〜100%', en: '90–100%' }, placed: true },
        ] },
        { kind: 'reference', source, reference: 1.09, difference: -0.14, standing: 'worse', label: { ja: '日本平均', en: 'Japan average' } },
        { kind: 'reference', source: { ...source, id: 'other' }, reference: 1.01, difference: -0.06, standing: 'worse' },
        { kind: 'reference', source, reference: 1.17, difference: -0.22, standing: 'worse', label: { ja: '米国平均', en: 'US average' } },
      ],
    };
    expect(bandPlacements(figure)).toEqual([{ sourceName: source.name, year: 2023, label: { ja: '90〜100%', en: '90–100%' }, share: 0.469, mostCommon: true }]);
    expect(referencesBySource(figure).map((g) => [g.source.id, g.items.map((c) => c.reference)])).toEqual([['s', [1.09, 1.17]], ['other', [1.01]]]);
    expect(bandPlacements(null)).toEqual([]);
  });

  it('lists months newest first across a year end', () => {
    expect(monthKey('2026-01-15', -1)).toBe('2025-12');
    expect(monthChoices('2026-02-03', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});
