/** Shows a KPI value in its unit: rates as percentages, amounts in the report currency, counts and ratios as numbers. */
import { useFormat } from '../../../lib/use-format';
import { formatRate, formatRatio } from '../metric-format';
import type { KpiUnit } from './kpi-keys';

export function useKpiValue(currency: string) {
  const format = useFormat();
  return (unit: string, value: number | null) => {
    if (value === null) return '—';
    const u = unit as KpiUnit;
    if (u === 'rate') return formatRate(value, format.locale);
    if (u === 'ratio') return formatRatio(value, format.locale);
    if (u === 'amount') return format.money(Math.round(value), currency);
    return format.number(value);
  };
}
