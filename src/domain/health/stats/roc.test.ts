import { describe, expect, it } from 'vitest';
import { rocAuc, rocCurve } from './roc.js';

/** Trapezoidal area under a curve's points, to compare the curve with the rank formula. */
function trapezoid(points: { fpr: number; tpr: number }[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.fpr - a.fpr) * (a.tpr + b.tpr)) / 2;
  }
  return area;
}

// Hand example: positives score 0.8 and 0.5; negatives 0.5, 0.3, 0.1.
// Pairs (positive, negative): 0.8 beats all three → 3; 0.5 ties 0.5 → ½, beats 0.3 and 0.1 → 2. Total 5.5 of 6.
// By ranks: 0.1→1, 0.3→2, 0.5 and 0.5→3.5 each, 0.8→5; R₊ = 5 + 3.5 = 8.5; U = 8.5 − 2·3/2 = 5.5; AUC = 5.5/6.
const handScores = [0.8, 0.5, 0.5, 0.3, 0.1];
const handPositives = [true, true, false, false, false];

describe('rocAuc', () => {
  it('counts a tie between a positive and a negative as one half (hand example: 5.5 / 6)', () => {
    expect(rocAuc(handScores, handPositives)).toBeCloseTo(5.5 / 6, 15);
  });

  it('matches scipy.stats.mannwhitneyu U / (n₁·n₀) on a sample with ties', () => {
    // python3: from scipy.stats import mannwhitneyu; u = mannwhitneyu(pos, neg, alternative='two-sided').statistic
    // with pos/neg the scores below split by label → U = 44.0, n₁ = 6, n₀ = 9, U/54 = 0.8148148148148148
    const scores = [0.12, 0.55, 0.55, 0.91, 0.33, 0.55, 0.78, 0.05, 0.33, 0.67, 0.91, 0.24, 0.4, 0.78, 0.18];
    const labels = [0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0].map((v) => v === 1);
    expect(rocAuc(scores, labels)).toBeCloseTo(44 / 54, 14);
  });

  it('matches scipy on 200 rows with heavy ties (scores 0–10 only)', () => {
    // python3: s = [(i*37 % 101)//10 for i in range(200)]; p = [(i*13 % 7) < 3 for i in range(200)]
    //   mannwhitneyu(positives, negatives, alternative='two-sided').statistic / (85*115) = 0.5107928388746803
    const scores = Array.from({ length: 200 }, (_, i) => Math.floor(((i * 37) % 101) / 10));
    const labels = Array.from({ length: 200 }, (_, i) => (i * 13) % 7 < 3);
    expect(labels.filter(Boolean)).toHaveLength(85);
    expect(rocAuc(scores, labels)).toBeCloseTo(0.5107928388746803, 14);
  });

  it('gives AUC(s) = 1 − AUC(−s) on untied scores', () => {
    for (const shift of [0, 3, 11]) {
      // Fractional parts of i·φ are all distinct; labels from an unrelated pattern.
      const scores = Array.from({ length: 57 }, (_, i) => ((i + shift) * 0.6180339887498949) % 1);
      const labels = scores.map((_, i) => (i * 5 + shift) % 9 < 4);
      expect(new Set(scores).size).toBe(scores.length);
      const auc = rocAuc(scores, labels)!;
      expect(auc + rocAuc(scores.map((s) => -s), labels)!).toBeCloseTo(1, 14);
    }
  });

  it('depends only on the order of the scores (100 − health gives the same AUC as −health)', () => {
    const health = [80, 35, 62, 35, 90, 10, 55];
    const churned = [false, true, false, false, false, true, true];
    expect(rocAuc(health.map((h) => 100 - h), churned)).toBe(rocAuc(health.map((h) => -h), churned));
    expect(rocAuc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(rocAuc([1, 2, 3, 4], [true, true, false, false])).toBe(0);
  });

  it('is null without positives or without negatives, and rejects mismatched or non-finite input', () => {
    expect(rocAuc([1, 2], [false, false])).toBeNull();
    expect(rocAuc([1, 2], [true, true])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
    expect(() => rocAuc([1, 2], [true])).toThrow(/positives/);
    expect(() => rocAuc([1, Number.NaN], [true, false])).toThrow(/scores\[1\]/);
  });
});

describe('rocCurve', () => {
  it('steps through each distinct threshold from (0,0) to (1,1) (hand example)', () => {
    // Threshold 0.8: 1 of 2 positives, 0 of 3 negatives; 0.5: 2/2 and 1/3; 0.3: 2/2 and 2/3; 0.1: everything.
    expect(rocCurve(handScores, handPositives)).toEqual([
      { fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY },
      { fpr: 0, tpr: 0.5, threshold: 0.8 },
      { fpr: 1 / 3, tpr: 1, threshold: 0.5 },
      { fpr: 2 / 3, tpr: 1, threshold: 0.3 },
      { fpr: 1, tpr: 1, threshold: 0.1 },
    ]);
  });

  it('encloses the same area as rocAuc, ties included', () => {
    const scores = Array.from({ length: 200 }, (_, i) => Math.floor(((i * 37) % 101) / 10));
    const labels = Array.from({ length: 200 }, (_, i) => (i * 13) % 7 < 3);
    const curve = rocCurve(scores, labels, 1000);
    expect(curve).toHaveLength(12); // +Infinity and the eleven scores 10 … 0
    expect(trapezoid(curve)).toBeCloseTo(rocAuc(scores, labels)!, 14);
    expect(trapezoid(rocCurve(handScores, handPositives))).toBeCloseTo(5.5 / 6, 15);
  });

  it('thins to maxPoints, keeping the first and last points and the descending thresholds', () => {
    const scores = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const labels = scores.map((_, i) => (i * 7) % 10 < 3);
    const curve = rocCurve(scores, labels);
    expect(curve).toHaveLength(101);
    expect(curve[0]).toEqual({ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY });
    expect(curve[100]).toMatchObject({ fpr: 1, tpr: 1, threshold: 0 });
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]!.threshold).toBeLessThan(curve[i - 1]!.threshold);
      expect(curve[i]!.fpr).toBeGreaterThanOrEqual(curve[i - 1]!.fpr);
      expect(curve[i]!.tpr).toBeGreaterThanOrEqual(curve[i - 1]!.tpr);
    }
    expect(rocCurve(scores, labels, 2)).toHaveLength(2);
    expect(() => rocCurve(scores, labels, 1)).toThrow(/maxPoints/);
  });

  it('is empty when a class is missing', () => {
    expect(rocCurve([1, 2, 3], [true, true, true])).toEqual([]);
  });
});
