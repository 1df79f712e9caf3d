/** The written definitions of every metric (GET /metrics/definitions), with the workspace's choices in force. */
import { useQuery } from '@tanstack/react-query';
import { metricsApi, metricsKeys, type MetricDefinitions } from '../../api/metrics';

export type MetricDefinition = MetricDefinitions['metrics'][number];
export type ChoiceText = MetricDefinitions['choices'][number];

export function useDefinitions() {
  const query = useQuery({ queryKey: metricsKeys.definitions, queryFn: metricsApi.definitions, staleTime: 5 * 60_000 });
  const byKey = new Map((query.data?.metrics ?? []).map((m) => [m.key, m]));
  const choices = new Map((query.data?.choices ?? []).map((c) => [c.key, c]));
  return { definition: (key: string) => byKey.get(key), choice: (key: string) => choices.get(key), ready: query.isSuccess };
}
