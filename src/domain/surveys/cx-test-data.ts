/** Test data for the CX analysis: responses of one leaf built from lists of answers. */
import type { CxLeaf } from './definition.js';
import type { CxResponse } from './cx-tree.js';

const PATH: Record<CxLeaf, Pick<CxResponse, 'trouble' | 'consulted' | 'handling'>> = {
  no_trouble: { trouble: false, consulted: null, handling: null },
  not_consulted: { trouble: true, consulted: false, handling: null },
  above: { trouble: true, consulted: true, handling: 'above' },
  as: { trouble: true, consulted: true, handling: 'as' },
  below: { trouble: true, consulted: true, handling: 'below' },
};

/** One response per continuation answer; satisfaction and NPS by index when given. */
export function leafResponses(leaf: CxLeaf, continuation: number[], csat: number[] = continuation, nps: number[] = []): CxResponse[] {
  return continuation.map((c, i) => ({ ...PATH[leaf], continuation: c, csat: csat[i] ?? null, nps: nps[i] ?? null }));
}
