/** Builds a question whose options score 0, 1, 2 … from the least to the most mature practice. */
import type { MaturityAxis, Question } from '../types.js';

/** [Japanese, English] */
export type Pair = readonly [string, string];

export function ask(axis: MaturityAxis, key: string, text: Pair, options: readonly Pair[]): Question {
  return {
    id: `${axis}.${key}`,
    axis,
    text: { ja: text[0], en: text[1] },
    options: options.map(([ja, en], points) => ({ points, text: { ja, en } })),
  };
}
