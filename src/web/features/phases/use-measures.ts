/** The health measures a criterion may name: every measure of every scorecard, by id, with its label. */
import { useQuery } from '@tanstack/react-query';
import { measuresOf } from '../../../domain/health/scorecard';
import { healthApi, healthKeys } from '../../api/scorecards';

export function useMeasures(): Array<{ value: string; label: string }> {
  const cards = useQuery({ queryKey: healthKeys.scorecards, queryFn: healthApi.scorecards });
  const seen = new Map<string, string>();
  for (const card of cards.data?.items ?? []) {
    for (const m of measuresOf(card.definition.root)) if (!seen.has(m.id)) seen.set(m.id, m.label);
  }
  return [...seen].map(([value, label]) => ({ value, label: `${label} (${value})` }));
}
