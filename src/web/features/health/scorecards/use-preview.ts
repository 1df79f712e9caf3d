/**
 * The preview of a draft (POST /health/preview), asked for automatically a moment after the
 * last edit. `fresh` says the shown result is for the draft as it is now — saving waits for it,
 * so nobody saves a change without having seen what it does.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { healthApi, type PreviewInput } from '../../../api/scorecards';
import type { ScorecardDefinition, ScorecardRule } from '../../../../domain/health/scorecard';

interface Options {
  scorecardId: string | undefined;
  rule: ScorecardRule;
  definition: ScorecardDefinition;
  /** the rule and definition as saved ('' for a new scorecard): nothing to preview while the draft equals it */
  savedKey: string;
  valid: boolean;
}

export function draftKey(rule: ScorecardRule, definition: ScorecardDefinition): string {
  return JSON.stringify({ rule, definition });
}

export function usePreview({ scorecardId, rule, definition, savedKey, valid }: Options) {
  const key = draftKey(rule, definition);
  const [settled] = useDebouncedValue(key, 600);
  const changed = key !== savedKey;
  const query = useQuery({
    queryKey: ['health', 'preview', scorecardId ?? 'new', settled],
    queryFn: ({ signal }) => {
      const draft = JSON.parse(settled) as Pick<PreviewInput, 'rule' | 'definition'>;
      return healthApi.preview({ ...(scorecardId ? { scorecardId } : {}), ...draft }, signal);
    },
    enabled: valid && changed && settled === key,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    gcTime: 60_000,
    retry: false,
  });
  const fresh = changed && valid && settled === key && query.isSuccess && !query.isPlaceholderData && !query.isFetching;
  const waiting = changed && valid && (settled !== key || query.isFetching);
  return { ...query, changed, fresh, waiting };
}
