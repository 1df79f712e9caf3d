/** What every node of the tree editor needs, shared through context rather than threaded through each level. */
import { createContext, useContext } from 'react';
import type { ScoreNode } from '../../../../domain/health/scorecard';
import type { DraftProblem } from './draft-problems';
import type { NodePath } from './scorecard-tree';

export interface TreeEdit {
  update: (path: NodePath, change: (node: ScoreNode) => ScoreNode) => void;
  remove: (path: NodePath) => void;
  move: (path: NodePath, delta: -1 | 1) => void;
  addMeasure: (parentPath: NodePath) => void;
  addGroup: (parentPath: NodePath) => void;
  /** share of the overall score by path key ('0.1') */
  shares: Map<string, number>;
  problems: readonly DraftProblem[];
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
}

export const TreeEditContext = createContext<TreeEdit | null>(null);

export function useTreeEdit(): TreeEdit {
  const edit = useContext(TreeEditContext);
  if (!edit) throw new Error('useTreeEdit outside ScoreTreeEditor');
  return edit;
}
