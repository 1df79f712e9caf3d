/**
 * Every metric's definition (ja/en) with the contested choices in force in a workspace,
 * as the web app shows them on hover. Pure: the settings come in, texts go out.
 */
import { choiceTexts, type ChoiceContext, type ChoiceKey, type ChoiceText } from './choice-texts.js';
import { METRIC_TEXTS, type MetricKey } from './definition-texts.js';
import type { Text } from '../benchmarks/published-figures.js';

export interface MetricDefinition {
  key: MetricKey;
  name: Text;
  definition: Text;
  /** the contested choices that shape this metric; their texts are in `choices` */
  choices: ChoiceKey[];
}

export interface MetricDefinitions {
  metrics: MetricDefinition[];
  choices: ChoiceText[];
}

/** @example metricDefinitions({ settings: DEFAULT_METRIC_SETTINGS, baseCurrency: 'JPY', fiscalYearStartMonth: 4 }) */
export function metricDefinitions(ctx: ChoiceContext): MetricDefinitions {
  const metrics = (Object.entries(METRIC_TEXTS) as Array<[MetricKey, (typeof METRIC_TEXTS)[MetricKey]]>).map(([key, t]) => ({
    key, name: t.name, definition: t.definition, choices: [...t.choices],
  }));
  return { metrics, choices: choiceTexts(ctx) };
}

export type { MetricKey, ChoiceKey, ChoiceText, ChoiceContext };
