import { describe, expect, it } from 'vitest';
import { CHOICE_KEYS } from './choice-texts.js';
import { metricDefinitions } from './definitions.js';
import { DEFAULT_METRIC_SETTINGS } from './metric-inputs.js';

describe('metric definitions', () => {
  const defs = metricDefinitions({ settings: DEFAULT_METRIC_SETTINGS, baseCurrency: 'JPY', fiscalYearStartMonth: 4 });

  it('gives every metric a name and a definition in Japanese and English, and only known choices', () => {
    expect(defs.metrics.length).toBeGreaterThan(25);
    for (const m of defs.metrics) {
      for (const t of [m.name, m.definition]) expect(t.ja.length * t.en.length, m.key).toBeGreaterThan(0);
      for (const c of m.choices) expect(CHOICE_KEYS).toContain(c);
    }
    expect(defs.choices.map((c) => c.key)).toEqual([...CHOICE_KEYS]);
  });

  it('states the choices in force: churn at period end by default, at cancellation once set', () => {
    const atEnd = defs.choices.find((c) => c.key === 'churn_recognition')!;
    expect(atEnd.text.en).toMatch(/end of the paid service period/);
    const atCancel = metricDefinitions({ settings: { ...DEFAULT_METRIC_SETTINGS, churnRecognition: 'cancellation', reactivationGapDays: 30 }, baseCurrency: 'USD', fiscalYearStartMonth: 1 });
    expect(atCancel.choices.find((c) => c.key === 'churn_recognition')?.text.ja).toMatch(/解約した日/);
    expect(atCancel.choices.find((c) => c.key === 'reactivation_gap')?.text.en).toMatch(/30 days/);
    expect(atCancel.choices.find((c) => c.key === 'currency')?.text.en).toMatch(/USD/);
  });
});
