import { describe, expect, it } from 'vitest';
import { pickTarget, type TargetLike } from './pick-target.js';

const t = (kpi: string, interval: TargetLike['interval'], periodStart: string, periodEnd: string): TargetLike => ({ kpi, interval, periodStart, periodEnd });

describe('pickTarget', () => {
  const targets = [
    t('nrr', 'fiscal_year', '2025-04-01', '2026-03-31'),
    t('nrr_12m', 'quarter', '2025-10-01', '2025-12-31'),
    t('nrr_12m', 'month', '2025-11-01', '2025-11-30'),
    t('nrr_12m', 'month', '2025-12-01', '2025-12-31'),
  ];

  it('takes the shortest period holding the day, of the first KPI that has one', () => {
    expect(pickTarget(targets, ['nrr_12m', 'nrr'], '2025-11-30')).toEqual(targets[2]);
    expect(pickTarget(targets, ['nrr_12m', 'nrr'], '2025-10-31')).toEqual(targets[1]);
  });

  it('falls back to the next KPI the tile accepts, and to nothing', () => {
    expect(pickTarget(targets, ['nrr_12m', 'nrr'], '2026-02-28')).toEqual(targets[0]);
    expect(pickTarget(targets, ['nrr_12m'], '2026-02-28')).toBeNull();
    expect(pickTarget(targets, ['grr_12m'], '2025-11-30')).toBeNull();
  });

  it('counts both ends of a period as inside it', () => {
    expect(pickTarget(targets, ['nrr_12m'], '2025-12-01')).toEqual(targets[3]);
    expect(pickTarget(targets, ['nrr_12m'], '2025-12-31')).toEqual(targets[3]);
  });
});
